import { z } from "zod";
import { DomainError } from "../errors/domain-error";
import { articleSlugSchema } from "../help-center/article-feedback";

export const ANNOUNCEMENT_TITLE_MAX = 200;
export const ANNOUNCEMENT_BODY_MAX = 20_000;

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

/**
 * An お知らせ as the console saves it. English is both title and body or neither: the portal
 * falls back to Japanese as a whole, never mixes a title of one language with a body of another.
 */
export const announcementSaveSchema = z
  .object({
    id: z.uuid().optional(),
    slug: articleSlugSchema,
    titleJa: z.string().trim().min(1).max(ANNOUNCEMENT_TITLE_MAX),
    titleEn: optional(ANNOUNCEMENT_TITLE_MAX),
    bodyJa: z.string().trim().min(1).max(ANNOUNCEMENT_BODY_MAX),
    bodyEn: optional(ANNOUNCEMENT_BODY_MAX),
    pinned: z.boolean().default(false),
  })
  .refine((input) => (input.titleEn === undefined) === (input.bodyEn === undefined), {
    message: "English needs both a title and a body",
    path: ["bodyEn"],
  });
export type AnnouncementSaveInput = z.infer<typeof announcementSaveSchema>;

/**
 * Publish now, or at a later time (the portal shows it from then on); optionally email the
 * status subscribers, once per announcement.
 */
export const announcementPublishSchema = z.object({
  id: z.uuid(),
  at: z.date().optional(),
  notifySubscribers: z.boolean().default(false),
});

export type AnnouncementState = "draft" | "scheduled" | "published";

export function announcementState(publishedAt: Date | null, now: Date): AnnouncementState {
  if (publishedAt === null) return "draft";
  return publishedAt.getTime() > now.getTime() ? "scheduled" : "published";
}

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** When a publish takes effect: now, or a later time within a year (never backdated). */
export function announcementPublishAt(at: Date | undefined, now: Date): Date {
  if (!at || at.getTime() <= now.getTime()) return now;
  if (at.getTime() - now.getTime() > YEAR_MS) throw new DomainError("INVALID", "announcement.scheduleTooFar");
  return at;
}

/** Readers' links point at the slug: it is fixed once the announcement was published. */
export function canChangeAnnouncementSlug(publishedAt: Date | null): boolean {
  return publishedAt === null;
}

/**
 * Subscribers are emailed when the announcement goes up, with a link to it: at once when it is
 * published now, by the content scheduler at its time when it is scheduled (emailed earlier, the
 * link would lead to a page that does not exist yet).
 */
export function noticeGoesNow(publishedAt: Date, now: Date): boolean {
  return publishedAt.getTime() <= now.getTime();
}

/** What one publish call does about the subscribers' email. */
export type AnnouncementNotice = "now" | "atPublication" | "none";

/**
 * The latest publish call decides: asked, the email goes now or at the publication time; not
 * asked (or unpublished), a pending request is withdrawn. A request is not kept for an
 * announcement already emailed; asked again "now", the send finds it emailed and sends nothing.
 */
export function announcementNotice(input: {
  publishedAt: Date | null;
  asked: boolean;
  alreadyEmailed: boolean;
  now: Date;
}): AnnouncementNotice {
  if (!input.asked || input.publishedAt === null) return "none";
  if (noticeGoesNow(input.publishedAt, input.now)) return "now";
  return input.alreadyEmailed ? "none" : "atPublication";
}

const EXCERPT_MAX = 160;

/** The start of an announcement's Markdown as plain text, for the email: no markup, one line. */
export function announcementExcerpt(markdown: string, max = EXCERPT_MAX): string {
  const plain = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const chars = [...plain];
  return chars.length <= max
    ? plain
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}
