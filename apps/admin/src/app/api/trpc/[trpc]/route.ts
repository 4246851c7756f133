import { createTrpcHandler } from "@madoguchi/api/http/trpc-handler";
import { adminRouter } from "@madoguchi/api/root/admin-router";
import { sessionSource } from "@/auth/session";

export const dynamic = "force-dynamic";

const handler = createTrpcHandler({ router: adminRouter, endpoint: "/api/trpc", sessionSource });

export { handler as GET, handler as POST };
