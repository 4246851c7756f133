import { defaultBusinessCalendar } from "@madoguchi/core/sla/support-calendar";
import { defaultSlaPolicy } from "@madoguchi/core/sla/sla-policy";
import { macros } from "@madoguchi/core/workspace/macros";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client/create-client";
import { seedDemo } from "../seed/seed-demo";
import { openTestDb } from "../testing/test-database";
import { listMacrosForTeam } from "./macro-repository";
import { loadRoutingOverrides, saveRoutingOverride } from "./routing-override-repository";
import { loadSlaPolicy, saveSlaTargets } from "./sla-target-repository";
import { loadTeamCalendar } from "./team-settings-repository";

describe("settings repositories", () => {
  let db: Db;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db);
  }, 60_000);
  afterAll(async () => close());

  it("seeds core's macros once, and a second seed leaves edited ones alone", async () => {
    expect(await db.macro.count()).toBe(macros.length);
    await db.macro.update({
      where: { key: "funds_deposit_slip" },
      data: { title: "編集済み", active: false },
    });
    await seedDemo(db);
    expect(await db.macro.count()).toBe(macros.length);
    const edited = await db.macro.findUniqueOrThrow({
      where: { key: "funds_deposit_slip" },
      select: { title: true, active: true },
    });
    expect(edited).toEqual({ title: "編集済み", active: false });
    await db.macro.update({ where: { key: "funds_deposit_slip" }, data: { active: true } });
  });

  it("offers a window's active macros first, then the shared ones, in position order", async () => {
    const offered = await listMacrosForTeam(db, "funds");
    const expected = [
      ...macros.filter((m) => m.team === "funds"),
      ...macros.filter((m) => m.team === "all"),
    ].map((m) => m.key);
    expect(offered.map((m) => m.key)).toEqual(expected);
    await db.macro.update({ where: { key: "funds_wrong_address" }, data: { active: false } });
    expect((await listMacrosForTeam(db, "funds")).map((m) => m.key)).not.toContain("funds_wrong_address");
  });

  it("falls back to the default SLA policy for cells never saved", async () => {
    expect(await loadSlaPolicy(db)).toEqual(defaultSlaPolicy);
    await saveSlaTargets(db, [
      { tier: "priority", priority: "urgent", firstResponseMinutes: 15, resolutionMinutes: 240 },
    ]);
    const policy = await loadSlaPolicy(db);
    expect(policy.priority.urgent).toEqual({ firstResponseMinutes: 15, resolutionMinutes: 240 });
    expect(policy.standard).toEqual(defaultSlaPolicy.standard);
  });

  it("reads a team's stored calendar, and the default when what is stored is not valid", async () => {
    expect(await loadTeamCalendar(db, "trading")).toEqual(defaultBusinessCalendar);
    await db.team.update({ where: { key: "trading" }, data: { calendar: { opensAt: "10:00" } } });
    expect(await loadTeamCalendar(db, "trading")).toMatchObject({ opensAt: "10:00", closesAt: "18:00" });
    await db.team.update({ where: { key: "trading" }, data: { calendar: { opensAt: "25:99" } } });
    expect(await loadTeamCalendar(db, "trading")).toEqual(defaultBusinessCalendar);
    expect((await loadTeamCalendar(db, "security"))?.alwaysOpen).toBe(true);
    expect(await loadTeamCalendar(db, "nowhere")).toBeNull();
  });

  it("maps overrides to core's rules by team key, leaving out ones that break a rule", async () => {
    const trading = await db.team.findUniqueOrThrow({ where: { key: "trading" }, select: { id: true } });
    const general = await db.team.findUniqueOrThrow({ where: { key: "general" }, select: { id: true } });
    await saveRoutingOverride(db, {
      type: "funds",
      subtype: "wrong_address",
      team: "trading",
      teamId: trading.id,
    });
    await saveRoutingOverride(db, { type: "security", team: "general", teamId: general.id });
    await saveRoutingOverride(db, { type: "other", priority: "normal", teamId: null });
    expect(await loadRoutingOverrides(db)).toEqual([
      { type: "funds", subtype: "wrong_address", team: "trading" },
      { type: "other", priority: "normal" },
    ]);
  });
});
