import type { Locale } from "@madoguchi/core/locale/locale";
import type { SlaTier } from "@madoguchi/core/sla/sla-policy";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import { visibleArticle } from "../help-center/article-repository";
import type { DbOrTx } from "../mail/email-outbox-repository";

export interface FilingCustomer {
  id: string;
  email: string;
  fullName: string;
  locale: Locale;
  emailVerified: boolean;
  plan: { nameJa: string; nameEn: string; phoneSupport: boolean; slaTier: SlaTier };
}

/** What filing needs to know of the signed-in customer: contact, verification and plan. */
export async function findFilingCustomer(db: DbOrTx, customerId: string): Promise<FilingCustomer | null> {
  const row = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      id: true,
      email: true,
      fullName: true,
      locale: true,
      emailVerifiedAt: true,
      plan: { select: { nameJa: true, nameEn: true, phoneSupport: true, slaTier: true } },
    },
  });
  if (!row) return null;
  const { emailVerifiedAt, ...rest } = row;
  return { ...rest, emailVerified: emailVerifiedAt !== null };
}

export interface SelfHelpArticle {
  slug: string;
  title: string;
  summary: string;
  locale: Locale;
  /** Written for this very subtype, not only for its trouble type. */
  forSubtype: boolean;
}

/**
 * Step 3 of triage: the articles written for the subtype first, then the most read of its
 * trouble type, in the reader's language with Japanese as the fallback.
 */
export async function findSelfHelpArticles(
  db: DbOrTx,
  input: { type: TroubleType; subtype: string; locale: Locale; now: Date; take: number },
): Promise<SelfHelpArticle[]> {
  const rows = await db.article.findMany({
    where: { ...visibleArticle(input.now), troubleType: input.type },
    orderBy: [{ popularity: "desc" }, { slug: "asc" }],
    select: {
      slug: true,
      subtype: true,
      translations: {
        where: { locale: { in: input.locale === "ja" ? ["ja"] : [input.locale, "ja"] } },
        select: { locale: true, title: true, summary: true },
      },
    },
  });
  const cards = rows.flatMap((row) => {
    const text =
      row.translations.find((t) => t.locale === input.locale) ??
      row.translations.find((t) => t.locale === "ja");
    return text
      ? [
          {
            slug: row.slug,
            title: text.title,
            summary: text.summary,
            locale: text.locale,
            forSubtype: row.subtype === input.subtype,
          },
        ]
      : [];
  });
  return [...cards.filter((c) => c.forSubtype), ...cards.filter((c) => !c.forSubtype)].slice(0, input.take);
}

/** A ticket of the customer's that a new inquiry continues, when it is theirs. */
export async function findOwnTicketNumber(
  db: DbOrTx,
  input: { customerId: string; number: string },
): Promise<{ number: string } | null> {
  return db.ticket.findFirst({
    where: { number: input.number, customerId: input.customerId },
    select: { number: true },
  });
}
