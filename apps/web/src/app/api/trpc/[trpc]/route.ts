import { createTrpcHandler } from "@madoguchi/api/http/trpc-handler";
import { webRouter } from "@madoguchi/api/root/web-router";
import { sessionSource } from "@/auth/session";

export const dynamic = "force-dynamic";

const handler = createTrpcHandler({ router: webRouter, endpoint: "/api/trpc", sessionSource });

export { handler as GET, handler as POST };
