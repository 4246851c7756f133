import { z } from "zod";
import { ticketPrioritySchema } from "../routing/ticket-priority";
import { troubleTypeSchema } from "../trouble/trouble-types";
import { BULK_MAX, tagSchema, tagsSchema, teamKeySchema, ticketStatusSchema } from "./workspace-schemas";

export const queueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("team"), team: teamKeySchema }),
  z.object({ kind: z.literal("mine") }),
  z.object({ kind: z.literal("unassigned") }),
  z.object({ kind: z.literal("breaching") }),
]);
export type QueueRef = z.infer<typeof queueSchema>;

/** A day as the console's filters give it (JST). */
const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const queueFiltersSchema = z.object({
  status: z.array(ticketStatusSchema).max(5).optional(),
  priority: z.array(ticketPrioritySchema).max(4).optional(),
  troubleType: troubleTypeSchema.optional(),
  tag: tagSchema.optional(),
  assigneeId: z.uuid().optional(),
  plan: z.string().trim().min(1).max(32).optional(),
  createdFrom: daySchema.optional(),
  createdTo: daySchema.optional(),
});
export type QueueFilters = z.infer<typeof queueFiltersSchema>;

export const queueSorts = ["due", "newest", "oldest"] as const;

/** A page cursor as it travels in a URL: `<ms>.<id>`. */
export const queueCursorSchema = z
  .string()
  .regex(/^-?\d{1,15}\.[0-9a-f-]{36}$/)
  .transform((text) => {
    const [ms, id] = text.split(".") as [string, string];
    return { at: new Date(Number(ms)), id };
  });

export function encodeQueueCursor(cursor: { at: Date; id: string } | null): string | null {
  return cursor ? `${cursor.at.getTime()}.${cursor.id}` : null;
}

export const queueListInputSchema = z.object({
  queue: queueSchema,
  filters: queueFiltersSchema.default({}),
  sort: z.enum(queueSorts).default("due"),
  cursor: queueCursorSchema.nullish(),
});

/** The start of a JST day, and the start of the day after (an inclusive "to" day). */
export function jstDayRange(from: string | undefined, to: string | undefined): { from?: Date; to?: Date } {
  const start = (day: string) => new Date(`${day}T00:00:00+09:00`);
  return {
    ...(from ? { from: start(from) } : {}),
    ...(to ? { to: new Date(start(to).getTime() + 24 * 60 * 60 * 1000) } : {}),
  };
}

const ticketIds = z.array(z.uuid()).min(1).max(BULK_MAX);

export const bulkAssignInputSchema = z.object({ ticketIds, assigneeId: z.uuid().nullable() });
export const bulkStatusInputSchema = z.object({ ticketIds, status: ticketStatusSchema });
export const bulkTagInputSchema = z
  .object({ ticketIds, add: tagsSchema.default([]), remove: tagsSchema.default([]) })
  .refine((input) => input.add.length + input.remove.length > 0, { message: "workspace.tag.nothing" });
