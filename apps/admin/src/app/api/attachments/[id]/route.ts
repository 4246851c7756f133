import { staffAttachmentHandler } from "@madoguchi/api/console/staff-attachment-http";
import { sessionSource } from "@/auth/session";

export const dynamic = "force-dynamic";

const handler = staffAttachmentHandler({ sessionSource });

/** An attachment of a ticket in the signed-in staff member's windows (images inline, the rest as downloads). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return handler(request, await context.params);
}
