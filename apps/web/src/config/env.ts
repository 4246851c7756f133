import { brandSchema, demoBrand } from "@madoguchi/core/brand/brand";
import { z } from "zod";

const schema = z.object({
  BRAND_NAME_JA: z.string().min(1).default(demoBrand.nameJa),
  BRAND_NAME_EN: z.string().min(1).default(demoBrand.nameEn),
  BRAND_SUPPORT_PHONE: z.string().min(1).default(demoBrand.supportPhone),
  BRAND_PHONE_HOURS: z.string().min(1).default(demoBrand.phoneHours),
  /** The portal's public origin: canonical URLs, hreflang, sitemap, feeds. */
  WEB_BASE_URL: z.url().default("http://localhost:3000"),
  /** Shared with the console, which calls POST /api/revalidate when it publishes. */
  REVALIDATE_SECRET: z.string().min(16).default("madoguchi-dev-revalidate-secret"),
});

const env = schema.parse(process.env);

export const brand = brandSchema.parse({
  nameJa: env.BRAND_NAME_JA,
  nameEn: env.BRAND_NAME_EN,
  supportPhone: env.BRAND_SUPPORT_PHONE,
  phoneHours: env.BRAND_PHONE_HOURS,
});

export const webBaseUrl = env.WEB_BASE_URL.replace(/\/+$/, "");
export const revalidateSecret = env.REVALIDATE_SECRET;
