import { describe, expect, it } from "vitest";
import { macros } from "../workspace/macros";
import { canEditMacro, editableMacroTeams, macroInputSchema } from "./macro-settings";
import { settingsIssues } from "./settings-issues";

const macro = {
  key: "funds_refund",
  team: "funds",
  title: "返金のご案内",
  body: "{{name}}\n\n受付番号 {{ticketNumber}}",
};

describe("macro settings", () => {
  it("accepts every demo macro", () => {
    for (const demo of macros) expect(macroInputSchema.safeParse(demo).success).toBe(true);
  });

  it("defaults to Japanese, active, first, no status", () => {
    expect(macroInputSchema.parse(macro)).toMatchObject({
      locale: "ja",
      active: true,
      position: 0,
      status: null,
    });
  });

  it.each([
    ["a key with capitals", { key: "Funds" }, "key", "settings.macro.key.invalid"],
    ["an empty title", { title: "  " }, "title", "settings.macro.title.required"],
    [
      "an unknown placeholder",
      { body: "{{password}} を教えてください" },
      "body",
      "settings.macro.body.unknownPlaceholder",
    ],
    ["the status new", { status: "new" }, "status", "settings.macro.status.invalid"],
    ["an unknown window", { team: "marketing" }, "team", "settings.macro.team.invalid"],
  ])("refuses %s", (_name, change, field, key) => {
    const parsed = macroInputSchema.safeParse({ ...macro, ...change });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(settingsIssues("settings.macro", parsed.error)[field]).toBe(key);
  });

  it.each([
    ["admin", [], "all", true],
    ["admin", [], "trading", true],
    ["lead", ["funds"], "funds", true],
    ["lead", ["funds"], "trading", false],
    ["lead", ["funds"], "all", false],
    ["agent", ["funds"], "funds", false],
  ] as const)("a %s of %j edits %s macros: %s", (role, teams, team, allowed) => {
    expect(canEditMacro({ role, teams }, team)).toBe(allowed);
  });

  it("shows leads their own windows' macros only", () => {
    expect(editableMacroTeams({ role: "admin", teams: [] })).toBe("all");
    expect(editableMacroTeams({ role: "lead", teams: ["funds", "funds"] })).toEqual(["funds"]);
    expect(editableMacroTeams({ role: "agent", teams: ["funds"] })).toEqual([]);
  });
});
