import { ticketReplyHandler } from "@madoguchi/api/ticket/ticket-http";
import { sessionSource } from "@/auth/session";

export const dynamic = "force-dynamic";

const handler = ticketReplyHandler({ sessionSource });

/** A reply with attachments to one of the signed-in customer's inquiries. */
export async function POST(request: Request, context: { params: Promise<{ number: string }> }) {
  return handler(request, await context.params);
}
