import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { InquiryFields } from "@madoguchi/core/inquiry/inquiry-schema";
import { redactInquiryFields, type InquiryEnvelope } from "@madoguchi/core/inquiry/inquiry-submission";
import { saveInquiryDraft } from "@madoguchi/db/inquiry/inquiry-form-state-repository";
import { parseMultipartUpload, type ParsedUpload } from "../attachment/parse-multipart-upload";
import { createContext } from "../context/context";
import { isSameOrigin } from "../http/trpc-handler";
import { type FileInquiryResult, fileInquiry, parseEnvelope, rawFieldValues } from "./file-inquiry";
import {
  domainErrorAnswer,
  depsDb,
  depsStorage,
  type FormPostDeps,
  jsonAnswer,
  portalPath,
  problemKey,
  sameOriginReferer,
  seeOther,
  wantsJson,
  withParams,
} from "./form-post";
import type { InquiryDraft } from "./inquiry-form-state";

/** A refused plain form post is shown again with what was typed, for this long. */
const DRAFT_TTL_MS = 60 * 60 * 1000;

const formPage = (envelope: InquiryEnvelope) =>
  portalPath(envelope.locale, `/contact/${envelope.type}/${envelope.subtype}/form`);

function envelopeOf(upload: ParsedUpload): InquiryEnvelope | null {
  try {
    return parseEnvelope(upload.fields);
  } catch {
    return null;
  }
}

/** What a draft may keep of a form: the fields as typed, with anything that looks like a secret removed. */
function draftValues(envelope: InquiryEnvelope, upload: ParsedUpload): Record<string, string> {
  const raw = rawFieldValues(envelope, upload.fields) as InquiryFields;
  const values: Record<string, string> = { ...redactInquiryFields(raw).fields };
  const related = upload.fields.get("relatedTicket");
  if (related) values.relatedTicket = related.slice(0, 32);
  return values;
}

function draftOf(result: Exclude<FileInquiryResult, { status: "filed" }> | null, problem: string | null) {
  return {
    issues: result?.status === "invalid" ? result.issues : [],
    secrets: result?.status === "secrets" ? result.flags : [],
    problem,
  };
}

/**
 * POST /api/inquiries: a multipart inquiry (fields + up to 5 files). Files stream to storage
 * while the body arrives and are removed again unless a new ticket refers to them. Answers JSON
 * to a script (201 / 422 / 4xx with a message key) and a redirect to a plain form post: the
 * receipt page, or the form again with what was typed and what to fix.
 */
export function inquirySubmissionHandler(deps: FormPostDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (!isSameOrigin(request)) return jsonAnswer({ ok: false, problem: "request.crossOrigin" }, 403);
    const asJson = wantsJson(request);
    const session = await deps.sessionSource(request);
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
      if (asJson) return domainErrorAnswer(error);
      return seeOther(withParams(sameOriginReferer(request) ?? "/contact", { problem: error.messageKey }));
    }

    const envelope = envelopeOf(upload);
    const saveDraft = async (draft: Omit<InquiryDraft, "values">) => {
      if (!envelope) return;
      try {
        await saveInquiryDraft(db, {
          customerId: session?.kind === "customer" ? session.customerId : null,
          formKey: envelope.formKey,
          draft: { values: draftValues(envelope, upload), ...draft },
          now: ctx.now(),
          ttlMs: DRAFT_TTL_MS,
        });
      } catch (error) {
        // The form then comes back empty, with the problem: worse, but not a second failure.
        console.error("[inquiry] could not keep the draft", error);
      }
    };
    const back = (problem: string | null) =>
      envelope
        ? withParams(formPage(envelope), { form: envelope.formKey, ...(problem ? { problem } : {}) })
        : withParams(sameOriginReferer(request) ?? "/contact", problem ? { problem } : {});

    let result: FileInquiryResult;
    try {
      result = await fileInquiry(ctx, { form: upload.fields, attachments: upload.files });
    } catch (error) {
      await upload.discard();
      if (!(error instanceof DomainError)) {
        console.error("[inquiry] filing failed", error);
        if (asJson) return jsonAnswer({ ok: false, problem: "inquiry.failed" }, 500);
      } else if (asJson) {
        return domainErrorAnswer(error);
      }
      await saveDraft(draftOf(null, problemKey(error)));
      return seeOther(back(problemKey(error)));
    }

    if (result.status !== "filed") {
      await upload.discard();
      if (asJson) {
        return jsonAnswer(
          result.status === "invalid"
            ? { ok: false, problem: "inquiry.fields", issues: result.issues }
            : { ok: false, problem: "inquiry.secrets", secrets: result.flags },
          422,
        );
      }
      await saveDraft(draftOf(result, null));
      return seeOther(back(null));
    }

    if (result.replayed) await upload.discard();
    const formKey = upload.fields.get("formKey") ?? "";
    const receiptUrl = withParams(portalPath(envelope?.locale ?? "ja", "/contact/done"), { form: formKey });
    if (asJson)
      return jsonAnswer({ ok: true, number: result.receipt.number, receiptUrl }, result.replayed ? 200 : 201);
    return seeOther(receiptUrl);
  };
}
