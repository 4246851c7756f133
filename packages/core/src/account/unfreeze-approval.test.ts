import { describe, expect, it } from "vitest";
import { assertUnfreezable, decideUnfreezeRequest, type UnfreezeDecision } from "./unfreeze-approval";

const requester = "staff-requester";
const other = "staff-other";

describe("decideUnfreezeRequest", () => {
  const cases: { decision: UnfreezeDecision; staffId: string; expected: string }[] = [
    { decision: "approve", staffId: other, expected: "approved" },
    { decision: "reject", staffId: other, expected: "rejected" },
    { decision: "withdraw", staffId: requester, expected: "withdrawn" },
    { decision: "approve", staffId: requester, expected: "FORBIDDEN:unfreeze.selfApproval" },
    { decision: "reject", staffId: requester, expected: "FORBIDDEN:unfreeze.selfApproval" },
    { decision: "withdraw", staffId: other, expected: "FORBIDDEN:unfreeze.notRequester" },
  ];
  for (const { decision, staffId, expected } of cases) {
    it(`${decision} by ${staffId} -> ${expected}`, () => {
      const run = () =>
        decideUnfreezeRequest({
          request: { status: "pending", requestedById: requester },
          decision,
          staffId,
        });
      if (expected.includes(":")) {
        const [code, messageKey] = expected.split(":");
        expect(run).toThrow(expect.objectContaining({ code, messageKey }));
      } else {
        expect(run()).toBe(expected);
      }
    });
  }

  for (const status of ["approved", "rejected", "withdrawn"] as const) {
    it(`refuses any decision once ${status}`, () => {
      expect(() =>
        decideUnfreezeRequest({
          request: { status, requestedById: requester },
          decision: "approve",
          staffId: other,
        }),
      ).toThrow(expect.objectContaining({ code: "CONFLICT", messageKey: "unfreeze.notPending" }));
    });
  }
});

describe("assertUnfreezable", () => {
  it("accepts a frozen account and refuses one that is not", () => {
    expect(() => assertUnfreezable({ frozenAt: new Date() })).not.toThrow();
    expect(() => assertUnfreezable({ frozenAt: null })).toThrow(
      expect.objectContaining({ code: "CONFLICT", messageKey: "unfreeze.notFrozen" }),
    );
  });
});
