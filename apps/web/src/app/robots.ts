import type { MetadataRoute } from "next";
import { webBaseUrl } from "@/config/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/api/",
        "/search",
        "/en/search",
        "/account",
        "/en/account",
        "/status/unsubscribe",
        "/status/subscription",
      ],
    },
    sitemap: `${webBaseUrl}/sitemap.xml`,
  };
}
