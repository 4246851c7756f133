import { z } from "zod";
import { ticketPrioritySchema } from "../routing/ticket-priority";
import { teamKeys } from "../team/teams";
import { ticketNumberInputSchema } from "../ticket/customer-ticket-input";
import { ticketStatuses } from "../ticket/ticket-lifecycle";
import { piiFieldSchema, piiSourceSchema, revealReasonSchema } from "./customer-pii";

export const STAFF_TEXT_MAX_LENGTH = 10_000;
export const TAG_MAX_LENGTH = 32;
export const TAGS_MAX = 20;
export const BULK_MAX = 100;

export const teamKeySchema = z.enum(teamKeys);
export const ticketStatusSchema = z.enum(ticketStatuses);

/** A reply or a note as staff type it: control characters removed, line endings unified. */
export const staffTextSchema = z
  .string()
  .transform((raw) =>
    raw
      .replace(/\r\n?/g, "\n")
      .replace(/[^\P{Cc}\n\t]/gu, "")
      .trim(),
  )
  .pipe(z.string().min(1, "workspace.text.empty").max(STAFF_TEXT_MAX_LENGTH, "workspace.text.tooLong"));

/** One tag: NFKC, lower case, inner spaces as hyphens; letters (any script), digits, - and _. */
export const tagSchema = z
  .string()
  .transform((raw) => raw.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, "-"))
  .pipe(
    z
      .string()
      .min(1, "workspace.tag.empty")
      .max(TAG_MAX_LENGTH, "workspace.tag.tooLong")
      .regex(/^[\p{L}\p{N}_-]+$/u, "workspace.tag.invalid"),
  );

/** A ticket's tags: normalized, duplicates dropped, order kept. */
export const tagsSchema = z
  .array(tagSchema)
  .max(TAGS_MAX, "workspace.tag.tooMany")
  .transform((tags) => [...new Set(tags)]);

export const ticketRefSchema = z.object({ number: ticketNumberInputSchema });
/** The version the staff member's screen shows; a save over a newer one is refused. */
export const versionSchema = z.number().int().min(1);

export const ticketUpdateSchema = ticketRefSchema
  .extend({
    version: versionSchema,
    status: ticketStatusSchema.optional(),
    priority: ticketPrioritySchema.optional(),
    assigneeId: z.uuid().nullable().optional(),
    tags: tagsSchema.optional(),
  })
  .refine(
    (input) =>
      input.status !== undefined ||
      input.priority !== undefined ||
      input.assigneeId !== undefined ||
      input.tags !== undefined,
    { message: "workspace.update.nothing" },
  );

export const replyInputSchema = ticketRefSchema.extend({
  version: versionSchema,
  body: staffTextSchema,
  /** "Send and set status". */
  status: ticketStatusSchema.nullish(),
  /** The staff member saw the warning that the reply asks for a secret, and sends anyway. */
  sendDespiteWarning: z.boolean().default(false),
  /** The macro the reply started from, for the timeline. */
  macroKey: z.string().max(64).nullish(),
});

export const noteInputSchema = ticketRefSchema.extend({ body: staffTextSchema });

export const transferInputSchema = ticketRefSchema.extend({
  version: versionSchema,
  team: teamKeySchema,
  /** Why, for the receiving window: required. */
  note: staffTextSchema,
});

export const mergeInputSchema = ticketRefSchema.extend({
  version: versionSchema,
  into: ticketNumberInputSchema,
});

export const linkIncidentInputSchema = ticketRefSchema.extend({
  version: versionSchema,
  incidentId: z.uuid().nullable(),
});

export const revealPiiInputSchema = ticketRefSchema.extend({
  field: piiFieldSchema,
  source: piiSourceSchema,
  reason: revealReasonSchema,
});

export const identityDecisions = ["verified", "rejected"] as const;
export const verifyIdentityInputSchema = ticketRefSchema.extend({
  version: versionSchema,
  decision: z.enum(identityDecisions),
  note: staffTextSchema.optional(),
});
