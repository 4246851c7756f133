import { Readable } from "node:stream";
import { visibleTeams } from "@madoguchi/core/queue/ticket-visibility";
import { type Db, db as processDb } from "@madoguchi/db/client/create-client";
import { findConsoleStaff, findStaffAttachment } from "@madoguchi/db/workspace/staff-ticket-queries";
import { attachmentStorage } from "../attachment/attachment-env";
import type { AttachmentStorage } from "../attachment/attachment-storage";
import type { SessionSource } from "../context/session";

export interface StaffAttachmentDeps {
  sessionSource: SessionSource;
  db?: () => Db;
  storage?: () => AttachmentStorage;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Raster images the browser shows inline; nothing scriptable (no SVG, no HTML). */
const inlineTypes = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/** RFC 6266: an ASCII fallback and the UTF-8 name (Japanese file names survive). */
function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });

/**
 * GET /api/attachments/<id> on the console: an attachment of a ticket in the staff member's
 * windows. Images are shown inline (the workspace previews them), anything else, PDFs included,
 * is a download; always `nosniff` and a sandboxing CSP, so a file crafted to look like a page is
 * never run on the console's origin. Anyone else: 404, like a missing id.
 */
export function staffAttachmentHandler(
  deps: StaffAttachmentDeps,
): (request: Request, params: { id: string }) => Promise<Response> {
  return async (request, params) => {
    const session = await deps.sessionSource(request);
    if (session?.kind !== "staff") return plain(401, "Sign-in required");
    if (!uuid.test(params.id)) return plain(404, "Not found");
    const db = (deps.db ?? processDb)();
    const staff = await findConsoleStaff(db, session.staffId);
    if (!staff) return plain(401, "Sign-in required");
    const attachment = await findStaffAttachment(db, {
      attachmentId: params.id,
      teams: visibleTeams({ role: session.role, teams: staff.teams }),
    });
    if (!attachment) return plain(404, "Not found");
    let stream: Readable;
    try {
      stream = await (deps.storage ?? attachmentStorage)().get(attachment.storageKey);
    } catch {
      return plain(404, "Not found");
    }
    const inline = inlineTypes.has(attachment.contentType);
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: {
        "Content-Type": attachment.contentType,
        "Content-Length": String(attachment.size),
        "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", attachment.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; sandbox",
        "Cache-Control": "private, no-store",
        "Referrer-Policy": "no-referrer",
      },
    });
  };
}
