import { z } from "zod";

/** White-label settings: the exchange's name and contact details are configuration. */
export const brandSchema = z.object({
  nameJa: z.string().min(1),
  nameEn: z.string().min(1),
  supportPhone: z.string().min(1),
  phoneHours: z.string().min(1),
});
export type Brand = z.infer<typeof brandSchema>;

/** The fictional exchange of the demo data. */
export const demoBrand: Brand = {
  nameJa: "ミライコイン",
  nameEn: "MiraiCoin",
  supportPhone: "0120-000-000",
  phoneHours: "平日 9:00〜18:00",
};
