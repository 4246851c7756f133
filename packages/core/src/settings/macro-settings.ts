import { z } from "zod";
import { can, type StaffRole } from "../access/permissions";
import { localeSchema } from "../locale/locale";
import { type TeamKey, teamKeys } from "../team/teams";
import { type TicketStatus, ticketStatuses } from "../ticket/ticket-lifecycle";
import { unknownPlaceholders } from "../workspace/macro-placeholders";
import { canStaffMoveTo } from "../workspace/staff-status-rules";

export const MACRO_TITLE_MAX = 100;
export const MACRO_BODY_MAX = 5_000;
export const MACRO_POSITION_MAX = 999;

/** The windows a macro is for: one window, or "all" for every window. */
export const macroTeamSchema = z.enum(["all", ...teamKeys], { error: "settings.macro.team.invalid" });
export type MacroTeam = z.infer<typeof macroTeamSchema>;

/** Statuses "send and set status" may propose: where staff may move an open ticket. */
export const macroStatuses = ticketStatuses.filter((status) => canStaffMoveTo("open", status));
const isMacroStatus = (status: TicketStatus) => macroStatuses.includes(status);

const text = (max: number, field: "title" | "body") =>
  z
    .string()
    .transform((raw) => raw.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, `settings.macro.${field}.required`).max(max, `settings.macro.${field}.tooLong`));

/** A canned reply as a lead or an admin writes it; the body may use only known placeholders. */
export const macroInputSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,63}$/, "settings.macro.key.invalid"),
  team: macroTeamSchema,
  locale: localeSchema.default("ja"),
  title: text(MACRO_TITLE_MAX, "title"),
  body: text(MACRO_BODY_MAX, "body").refine((body) => unknownPlaceholders(body).length === 0, {
    message: "settings.macro.body.unknownPlaceholder",
  }),
  status: z
    .enum(ticketStatuses, { error: "settings.macro.status.invalid" })
    .nullish()
    .transform((status) => status ?? null)
    .refine((status) => status === null || isMacroStatus(status), {
      message: "settings.macro.status.invalid",
    }),
  position: z.number().int().min(0).max(MACRO_POSITION_MAX, "settings.macro.position.invalid").default(0),
  active: z.boolean().default(true),
});
export type MacroInput = z.infer<typeof macroInputSchema>;

/** The staff member deciding: their role and their windows. */
export interface MacroEditor {
  role: StaffRole;
  teams: readonly TeamKey[];
}

/**
 * Who edits which macros: `settings.manage` (admins) every macro; `macro.manage` (leads) only
 * those of their own windows, not the ones every window shares.
 */
export function canEditMacro(editor: MacroEditor, team: MacroTeam): boolean {
  if (can(editor.role, "settings.manage")) return true;
  if (!can(editor.role, "macro.manage")) return false;
  return team !== "all" && editor.teams.includes(team);
}

/** The macros' windows an editor sees in settings: all of them, or their own windows only. */
export function editableMacroTeams(editor: MacroEditor): "all" | readonly TeamKey[] {
  if (can(editor.role, "settings.manage")) return "all";
  if (!can(editor.role, "macro.manage")) return [];
  return [...new Set(editor.teams)];
}
