import { describe, expect, it } from "vitest";
import {
  actorFilterIsId,
  auditFilterFromParams,
  auditFilterInput,
  auditFilterParams,
  auditPeriod,
  encodeAuditCursor,
} from "./audit-filters";

describe("audit log filters", () => {
  it("treats blank fields of the GET form as no filter", () => {
    expect(
      auditFilterFromParams({ actor: " ", action: "", objectType: "", from: "", to: "", cursor: "" }),
    ).toEqual({ ok: true, filter: { limit: 50 } });
  });

  it("reads every filter and keeps the cursor out of the links' base", () => {
    const result = auditFilterFromParams({
      actor: "admin@staff.example.jp",
      actorKind: "staff",
      objectType: "ticket",
      objectId: "Q-2026-000001",
      action: "ticket.",
      from: "2026-11-01",
      to: "2026-11-30",
      cursor: "1795830000000.42",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.filter.cursor).toEqual({ at: new Date(1795830000000), id: "42" });
    expect(auditFilterParams(result.filter).toString()).toBe(
      "actor=admin%40staff.example.jp&actorKind=staff&objectType=ticket&objectId=Q-2026-000001&action=ticket.&from=2026-11-01&to=2026-11-30",
    );
    expect(encodeAuditCursor({ at: new Date(1795830000000), id: "42" })).toBe("1795830000000.42");
    expect(auditFilterInput(result.filter)).toMatchObject({
      action: "ticket.",
      cursor: "1795830000000.42",
      limit: 50,
    });
    expect(encodeAuditCursor(null)).toBeNull();
  });

  it.each<[Record<string, string>, string]>([
    [{ action: "auth.%" }, "audit.action.invalid"],
    [{ actorKind: "robot" }, "audit.actorKind.invalid"],
    [{ from: "2026-11-30", to: "2026-11-01" }, "audit.period.reversed"],
    [{ cursor: "yesterday" }, "audit.cursor.invalid"],
    [{ from: "2026-02-30" }, "report.day.invalid"],
  ])("refuses %j (%s)", (params, problem) => {
    const result = auditFilterFromParams(params);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContain(problem);
  });

  it("covers whole JST days", () => {
    expect(auditPeriod({ from: "2026-11-01", to: "2026-11-01" })).toEqual({
      since: new Date("2026-10-31T15:00:00Z"),
      until: new Date("2026-11-01T15:00:00Z"),
    });
    expect(auditPeriod({})).toEqual({});
  });

  it("tells an id from an email address", () => {
    expect(actorFilterIsId("0b6f8f3e-4a53-4f5e-9a43-3c8f0b9f2a11")).toBe(true);
    expect(actorFilterIsId("admin@staff.example.jp")).toBe(false);
  });
});
