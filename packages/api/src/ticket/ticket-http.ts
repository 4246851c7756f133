import { Readable } from "node:stream";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { formKeySchema } from "@madoguchi/core/inquiry/inquiry-submission";
import { localeSchema } from "@madoguchi/core/locale/locale";
import { redactSecrets } from "@madoguchi/core/secrets/redact-secrets";
import { ticketNumberInputSchema } from "@madoguchi/core/ticket/customer-ticket-input";
import { saveInquiryDraft } from "@madoguchi/db/inquiry/inquiry-form-state-repository";
import { findCustomerAttachment } from "@madoguchi/db/ticket/customer-ticket-queries";
import { parseMultipartUpload, type ParsedUpload } from "../attachment/parse-multipart-upload";
import { createContext } from "../context/context";
import { isSameOrigin } from "../http/trpc-handler";
import {
  depsDb,
  depsStorage,
  domainErrorAnswer,
  type FormPostDeps,
  jsonAnswer,
  portalPath,
  problemKey,
  seeOther,
  wantsJson,
  withParams,
} from "../inquiry/form-post";
import { type ReplyResult, replyToMyTicket } from "./customer-tickets";

const DRAFT_TTL_MS = 60 * 60 * 1000;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * POST /api/inquiries/<number>/messages: the customer's reply with attachments, as multipart.
 * Only the ticket's owner may reply; anyone else gets the answer of a missing ticket.
 */
export function ticketReplyHandler(
  deps: FormPostDeps,
): (request: Request, params: { number: string }) => Promise<Response> {
  return async (request, params) => {
    if (!isSameOrigin(request)) return jsonAnswer({ ok: false, problem: "request.crossOrigin" }, 403);
    const asJson = wantsJson(request);
    const number = ticketNumberInputSchema.safeParse(params.number);
    const session = await deps.sessionSource(request);
    const locale = localeSchema.catch("ja").parse(new URL(request.url).searchParams.get("locale") ?? "ja");
    const ticketPage = portalPath(
      locale,
      `/inquiries/${encodeURIComponent(number.success ? number.data : "")}`,
    );
    if (session?.kind !== "customer") {
      return asJson
        ? jsonAnswer({ ok: false, problem: "auth.signInRequired" }, 401)
        : seeOther(withParams(portalPath(locale, "/sign-in"), { callbackUrl: ticketPage }));
    }
    if (!number.success)
      return asJson
        ? jsonAnswer({ ok: false, problem: "ticket.notFound" }, 404)
        : seeOther(portalPath(locale, "/inquiries"));
    const db = depsDb(deps);
    const ctx = createContext({
      db,
      session,
      headers: request.headers,
      ...(deps.now ? { now: deps.now } : {}),
    });

    let upload: ParsedUpload;
    try {
      upload = await parseMultipartUpload(request, { storage: depsStorage(deps) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return asJson
        ? domainErrorAnswer(error)
        : seeOther(withParams(ticketPage, { problem: error.messageKey }));
    }
    const formKey = formKeySchema.safeParse(upload.fields.get("formKey"));
    const body = upload.fields.get("body") ?? "";

    let result: ReplyResult;
    try {
      if (!formKey.success) throw new DomainError("INVALID", "inquiry.form.invalid");
      result = await replyToMyTicket(ctx, session.customerId, {
        number: number.data,
        body,
        sendDespiteSecrets: ["on", "true"].includes(upload.fields.get("sendDespiteSecrets") ?? ""),
        formKey: formKey.data,
        attachments: upload.files,
      });
    } catch (error) {
      await upload.discard();
      if (!(error instanceof DomainError)) {
        console.error("[ticket] reply failed", error);
        if (asJson) return jsonAnswer({ ok: false, problem: "inquiry.failed" }, 500);
      } else if (asJson) {
        return domainErrorAnswer(error);
      }
      return seeOther(withParams(ticketPage, { problem: problemKey(error) }));
    }

    if (result.status !== "sent" || result.replayed) await upload.discard();
    if (result.status === "sent") {
      return asJson
        ? jsonAnswer({ ok: true, number: result.number }, result.replayed ? 200 : 201)
        : seeOther(withParams(ticketPage, { replied: "1" }));
    }
    if (asJson) {
      return jsonAnswer(
        result.status === "invalid"
          ? { ok: false, problem: result.messageKey }
          : { ok: false, problem: "inquiry.secrets", secrets: [{ field: "body", kinds: result.kinds }] },
        422,
      );
    }
    // A plain form post comes back with the text (any secret already removed) and what to fix.
    if (formKey.success) {
      await saveInquiryDraft(db, {
        customerId: session.customerId,
        formKey: formKey.data,
        draft: {
          values: { body: redactSecrets(body).text },
          issues: result.status === "invalid" ? [{ field: "body", messageKey: result.messageKey }] : [],
          secrets: result.status === "secrets" ? [{ field: "body", kinds: result.kinds }] : [],
          problem: null,
        },
        now: ctx.now(),
        ttlMs: DRAFT_TTL_MS,
      });
    }
    return seeOther(withParams(ticketPage, { form: formKey.success ? formKey.data : "" }));
  };
}

/** RFC 6266: an ASCII fallback and the UTF-8 name (Japanese file names survive). */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * GET /api/attachments/<id>: an attachment, for the customer whose ticket it is on. Always a
 * download (`Content-Disposition: attachment`, `nosniff`, a sandboxing CSP): what a customer
 * uploaded is never rendered by the portal's origin. Anyone else: 404, like a missing id.
 */
export function attachmentDownloadHandler(
  deps: FormPostDeps,
): (request: Request, params: { id: string }) => Promise<Response> {
  return async (request, params) => {
    const notFound = () =>
      new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
    const session = await deps.sessionSource(request);
    if (session?.kind !== "customer")
      return new Response("Sign-in required", { status: 401, headers: { "Cache-Control": "no-store" } });
    if (!uuid.test(params.id)) return notFound();
    const attachment = await findCustomerAttachment(depsDb(deps), {
      customerId: session.customerId,
      attachmentId: params.id,
    });
    if (!attachment) return notFound();
    let stream: Readable;
    try {
      stream = await depsStorage(deps).get(attachment.storageKey);
    } catch {
      return notFound();
    }
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: {
        "Content-Type": attachment.contentType,
        "Content-Length": String(attachment.size),
        "Content-Disposition": contentDisposition(attachment.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
        "Referrer-Policy": "no-referrer",
      },
    });
  };
}
