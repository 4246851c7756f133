import { brandSchema, demoBrand } from "@madoguchi/core/brand/brand";
import { z } from "zod";

const schema = z.object({
  BRAND_NAME_JA: z.string().min(1).default(demoBrand.nameJa),
  BRAND_NAME_EN: z.string().min(1).default(demoBrand.nameEn),
  BRAND_SUPPORT_PHONE: z.string().min(1).default(demoBrand.supportPhone),
  BRAND_PHONE_HOURS: z.string().min(1).default(demoBrand.phoneHours),
});

const env = schema.parse(process.env);

export const brand = brandSchema.parse({
  nameJa: env.BRAND_NAME_JA,
  nameEn: env.BRAND_NAME_EN,
  supportPhone: env.BRAND_SUPPORT_PHONE,
  phoneHours: env.BRAND_PHONE_HOURS,
});
