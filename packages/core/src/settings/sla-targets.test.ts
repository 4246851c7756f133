import { describe, expect, it } from "vitest";
import { defaultSlaPolicy } from "../sla/sla-policy";
import { parseSettings } from "./settings-issues";
import {
  SLA_MINUTES_MAX,
  slaPolicyFromRows,
  slaPolicyRows,
  slaTargetsInputSchema,
  splitMinutes,
} from "./sla-targets";

const row = { tier: "standard", priority: "high", firstResponseMinutes: 60, resolutionMinutes: 600 } as const;

describe("SLA targets", () => {
  it("accepts a sane cell", () => {
    expect(slaTargetsInputSchema.parse({ targets: [row] }).targets).toEqual([row]);
  });

  it.each([
    [
      "resolution before the first response",
      { resolutionMinutes: 30 },
      "settings.sla.resolution.beforeFirstResponse",
    ],
    ["zero minutes", { firstResponseMinutes: 0 }, "settings.sla.firstResponse.tooShort"],
    ["more than 90 days", { resolutionMinutes: SLA_MINUTES_MAX + 1 }, "settings.sla.resolution.tooLong"],
    ["fractions of a minute", { firstResponseMinutes: 1.5 }, "settings.sla.firstResponse.invalid"],
    ["an unknown priority", { priority: "critical" }, "settings.sla.targets.invalid"],
  ])("refuses %s", (_name, change, key) => {
    expect(() =>
      parseSettings("settings.sla", slaTargetsInputSchema, { targets: [{ ...row, ...change }] }),
    ).toThrow(expect.objectContaining({ code: "INVALID", messageKey: key }));
  });

  it("refuses the same cell twice", () => {
    expect(slaTargetsInputSchema.safeParse({ targets: [row, row] }).success).toBe(false);
  });

  it("fills missing cells from the default policy and ignores invalid stored ones", () => {
    const policy = slaPolicyFromRows([row, { ...row, tier: "priority", resolutionMinutes: 10 }]);
    expect(policy.standard.high).toEqual({ firstResponseMinutes: 60, resolutionMinutes: 600 });
    expect(policy.priority.high).toEqual(defaultSlaPolicy.priority.high);
    expect(policy.standard.urgent).toEqual(defaultSlaPolicy.standard.urgent);
    expect(slaPolicyFromRows([])).toEqual(defaultSlaPolicy);
  });

  it("lists every cell of a policy once", () => {
    const rows = slaPolicyRows(defaultSlaPolicy);
    expect(rows).toHaveLength(8);
    expect(slaPolicyFromRows(rows)).toEqual(defaultSlaPolicy);
  });

  it("splits minutes into hours and minutes", () => {
    expect(splitMinutes(90)).toEqual({ hours: 1, minutes: 30 });
    expect(splitMinutes(30)).toEqual({ hours: 0, minutes: 30 });
  });
});
