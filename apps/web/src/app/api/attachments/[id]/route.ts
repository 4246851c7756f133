import { attachmentDownloadHandler } from "@madoguchi/api/ticket/ticket-http";
import { sessionSource } from "@/auth/session";

export const dynamic = "force-dynamic";

const handler = attachmentDownloadHandler({ sessionSource });

/** An attachment, as a download, for the customer whose inquiry it belongs to. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return handler(request, await context.params);
}
