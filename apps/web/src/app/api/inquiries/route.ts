import { inquirySubmissionHandler } from "@madoguchi/api/inquiry/inquiry-http";
import { sessionSource } from "@/auth/session";

export const dynamic = "force-dynamic";

/** Filing an inquiry: a multipart form post, with or without JavaScript. */
export const POST = inquirySubmissionHandler({ sessionSource });
