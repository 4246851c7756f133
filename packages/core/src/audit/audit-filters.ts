import { z } from "zod";
import { jstDaySchema, parseJstDay } from "../report/report-period";

export const auditActorKinds = ["customer", "staff", "system"] as const;
export type AuditActorKind = (typeof auditActorKinds)[number];

/** Families of actions the product writes, offered as shortcuts in the filter (any prefix works). */
export const auditActionFamilies = [
  { prefix: "auth.", label: "サインイン・認証" },
  { prefix: "account.", label: "お客様のアカウント" },
  { prefix: "staff.", label: "担当者アカウント" },
  { prefix: "inquiry.", label: "お問い合わせの受付" },
  { prefix: "ticket.", label: "お問い合わせへの対応" },
  { prefix: "customer.", label: "お客様の個人情報" },
  { prefix: "report.", label: "レポートの出力" },
  { prefix: "article.", label: "ヘルプ記事" },
  { prefix: "incident.", label: "障害情報" },
  { prefix: "announcement.", label: "お知らせ" },
  { prefix: "settings.", label: "設定" },
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;
export const AUDIT_PAGE_MAX = 200;
export const AUDIT_PAGE_DEFAULT = 50;

/**
 * A page position in the log, newest first: the last entry's time and id (ids grow with
 * inserts, and break ties between entries of the same millisecond). In a URL: `<ms>.<id>`.
 */
export const auditCursorSchema = z
  .string()
  .regex(/^\d{1,15}\.\d{1,19}$/, "audit.cursor.invalid")
  .transform((text) => {
    const [ms, id] = text.split(".") as [string, string];
    return { at: new Date(Number(ms)), id };
  });
export type AuditCursor = { at: Date; id: string };

export function encodeAuditCursor(cursor: AuditCursor | null): string | null {
  return cursor ? `${cursor.at.getTime()}.${cursor.id}` : null;
}

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * The audit log's filters. `actor` is a staff member's or customer's email address, or an id;
 * `action` is a prefix (`auth.` finds every sign-in event); days are JST, both included.
 */
export const auditFilterSchema = z
  .object({
    actor: text(320).optional(),
    actorKind: z.enum(auditActorKinds, { error: "audit.actorKind.invalid" }).optional(),
    objectType: text(64)
      .regex(/^[a-z0-9_.-]+$/i, "audit.objectType.invalid")
      .optional(),
    objectId: text(128).optional(),
    action: text(128)
      .regex(/^[a-z0-9_.-]+$/i, "audit.action.invalid")
      .optional(),
    from: jstDaySchema.optional(),
    to: jstDaySchema.optional(),
    cursor: auditCursorSchema.optional(),
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(AUDIT_PAGE_DEFAULT),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: "audit.period.reversed",
    path: ["to"],
  });
export type AuditFilter = z.infer<typeof auditFilterSchema>;
/** The filter as it travels to the procedure (the cursor still in its URL form). */
export type AuditFilterInput = z.input<typeof auditFilterSchema>;

export function auditFilterInput(filter: AuditFilter): AuditFilterInput {
  const { cursor, ...rest } = filter;
  const encoded = encodeAuditCursor(cursor ?? null);
  return encoded ? { ...rest, cursor: encoded } : rest;
}

/** The half-open range of instants the filter's days cover. */
export function auditPeriod(filter: Pick<AuditFilter, "from" | "to">): { since?: Date; until?: Date } {
  const since = filter.from ? parseJstDay(filter.from) : undefined;
  const lastDay = filter.to ? parseJstDay(filter.to) : undefined;
  return {
    ...(since ? { since } : {}),
    ...(lastDay ? { until: new Date(lastDay.getTime() + DAY_MS) } : {}),
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the actor filter names an id (else it is looked up as an email address). */
export function actorFilterIsId(actor: string): boolean {
  return uuidPattern.test(actor);
}

type SearchParams = Record<string, string | string[] | undefined>;

const filterFields = [
  "actor",
  "actorKind",
  "objectType",
  "objectId",
  "action",
  "from",
  "to",
  "cursor",
] as const;

/**
 * The filter from the audit page's query string (a GET form; blank fields are empty strings and
 * mean "any"). Invalid input is reported with the fields it came from, not silently dropped.
 */
export function auditFilterFromParams(
  params: SearchParams,
): { ok: true; filter: AuditFilter } | { ok: false; problems: string[] } {
  const candidate: Record<string, string> = {};
  for (const field of filterFields) {
    const raw = params[field];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) candidate[field] = value;
  }
  const parsed = auditFilterSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, filter: parsed.data };
  return { ok: false, problems: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
}

/** The query string of a filter without its cursor: the base of the "next page" links. */
export function auditFilterParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of filterFields) {
    if (field === "cursor") continue;
    const value = filter[field];
    if (value) params.set(field, value);
  }
  return params;
}
