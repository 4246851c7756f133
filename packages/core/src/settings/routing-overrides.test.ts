import { describe, expect, it } from "vitest";
import { routeInquiry } from "../routing/route-inquiry";
import { applicableOverrides, routingOverrideInputSchema } from "./routing-overrides";
import { settingsIssues } from "./settings-issues";

describe("routing overrides", () => {
  it.each([
    ["a subtype to another window", { type: "funds", subtype: "wrong_address", team: "security" }],
    ["a whole type's priority", { type: "trading", priority: "high" }],
    ["security kept urgent in its window", { type: "security", team: "security", priority: "urgent" }],
  ])("accepts %s", (_name, rule) => {
    expect(routingOverrideInputSchema.safeParse(rule).success).toBe(true);
  });

  it.each([
    [
      "a subtype of another type",
      { type: "funds", subtype: "order_not_filled", team: "trading" },
      "subtype",
      "settings.routing.subtype.unknown",
    ],
    ["a rule that changes nothing", { type: "funds" }, "team", "settings.routing.empty"],
    [
      "security trouble sent elsewhere",
      { type: "security", team: "general" },
      "team",
      "settings.routing.team.fixed",
    ],
    [
      "security trouble made less urgent",
      { type: "security", priority: "high" },
      "priority",
      "settings.routing.priority.fixed",
    ],
    ["an unknown window", { type: "funds", team: "marketing" }, "team", "settings.routing.team.invalid"],
  ])("refuses %s", (_name, rule, field, key) => {
    const parsed = routingOverrideInputSchema.safeParse(rule);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(settingsIssues("settings.routing", parsed.error)[field]).toBe(key);
  });

  it("leaves out stored overrides that break the rules, so security trouble stays in its window", () => {
    const stored = [
      { type: "security" as const, team: "general" as const },
      { type: "funds" as const, subtype: "wrong_address", team: "trading" as const },
    ];
    const overrides = applicableOverrides(stored);
    expect(overrides).toHaveLength(1);
    const subtype = "account_takeover";
    expect(routeInquiry({ type: "security", subtype, plan: null, overrides }).team).toBe("security");
    expect(routeInquiry({ type: "funds", subtype: "wrong_address", plan: null, overrides }).team).toBe(
      "trading",
    );
  });
});
