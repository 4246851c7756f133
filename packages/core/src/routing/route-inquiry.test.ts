import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { subtypes } from "../trouble/subtypes";
import { type RoutingOverride, routeInquiry, routingOverrideSchema } from "./route-inquiry";
import { higherPriority } from "./ticket-priority";

const standard = { slaTier: "standard" } as const;
const premium = { slaTier: "priority" } as const;

describe("routing an inquiry", () => {
  it.each([
    ["login", "forgot_password", "general", "normal", true],
    ["login", "two_factor", "general", "normal", true],
    ["trading", "order_not_filled", "trading", "normal", false],
    ["trading", "history_mismatch", "trading", "normal", false],
    ["funds", "jpy_deposit_missing", "funds", "normal", false],
    ["funds", "crypto_deposit_missing", "funds", "normal", false],
    ["funds", "jpy_withdrawal_refused", "funds", "high", false],
    ["funds", "crypto_withdrawal_pending", "funds", "high", false],
    ["funds", "wrong_address", "funds", "high", false],
    ["system", "site_unreachable", "system", "high", false],
    ["system", "api_error", "system", "normal", false],
    ["security", "unauthorized_access", "security", "urgent", false],
    ["security", "account_takeover", "security", "urgent", false],
    ["security", "phishing", "security", "urgent", false],
    ["other", "how_to", "general", "low", false],
    ["other", "complaint", "general", "normal", false],
  ] as const)("%s/%s → %s, %s (anonymous: %s)", (type, subtype, team, priority, anonymousAllowed) => {
    expect(routeInquiry({ type, subtype, plan: standard })).toEqual({
      team,
      priority,
      anonymousAllowed,
      slaTier: "standard",
    });
  });

  it("routes every subtype of the catalogue to the subtype's window", () => {
    for (const subtype of subtypes) {
      const route = routeInquiry({ type: subtype.troubleType, subtype: subtype.key, plan: standard });
      expect(route.team).toBe(subtype.team);
    }
  });

  it("files security as urgent whatever the plan or the overrides say", () => {
    for (const subtype of ["unauthorized_access", "account_takeover", "phishing"]) {
      const route = routeInquiry({
        type: "security",
        subtype,
        plan: null,
        overrides: [
          { type: "security", priority: "low" },
          { type: "security", subtype, priority: "normal" },
        ],
      });
      expect(route.priority).toBe("urgent");
    }
  });

  it("keeps the priority plan at normal or above and files anonymous inquiries on the standard tier", () => {
    expect(routeInquiry({ type: "other", subtype: "how_to", plan: premium })).toMatchObject({
      priority: "normal",
      slaTier: "priority",
    });
    expect(routeInquiry({ type: "funds", subtype: "wrong_address", plan: premium }).priority).toBe("high");
    expect(routeInquiry({ type: "login", subtype: "id_locked", plan: null }).slaTier).toBe("standard");
  });

  it("ignores a priority smuggled into the input", () => {
    const input = { type: "other", subtype: "how_to", plan: standard, priority: "urgent" } as const;
    expect(routeInquiry(input).priority).toBe("low");
  });

  it("rejects an unknown subtype or a subtype of another type", () => {
    for (const [type, subtype] of [
      ["funds", "nope"],
      ["trading", "wrong_address"],
    ] as const) {
      expect(() => routeInquiry({ type, subtype, plan: standard })).toThrow(DomainError);
    }
  });
});

describe("routing overrides", () => {
  it.each<[string, readonly RoutingOverride[], { team: string; priority: string }]>([
    ["none", [], { team: "trading", priority: "normal" }],
    ["a type rule", [{ type: "trading", priority: "high" }], { team: "trading", priority: "high" }],
    ["another type's rule", [{ type: "funds", team: "general" }], { team: "trading", priority: "normal" }],
    [
      "another subtype's rule",
      [{ type: "trading", subtype: "cancellation", priority: "urgent" }],
      { team: "trading", priority: "normal" },
    ],
    [
      "a subtype rule beats a later type rule",
      [
        { type: "trading", subtype: "order_not_filled", priority: "low" },
        { type: "trading", priority: "high" },
      ],
      { team: "trading", priority: "low" },
    ],
    [
      "the later of two rules at the same level wins",
      [
        { type: "trading", team: "general" },
        { type: "trading", team: "funds" },
      ],
      { team: "funds", priority: "normal" },
    ],
    [
      "rules combine field by field",
      [
        { type: "trading", team: "general" },
        { type: "trading", subtype: "order_not_filled", priority: "high" },
      ],
      { team: "general", priority: "high" },
    ],
  ])("%s", (_case, overrides, expected) => {
    expect(
      routeInquiry({ type: "trading", subtype: "order_not_filled", plan: standard, overrides }),
    ).toMatchObject(expected);
  });

  it("validates configured rules", () => {
    expect(routingOverrideSchema.safeParse({ type: "funds", team: "funds", priority: "high" }).success).toBe(
      true,
    );
    expect(routingOverrideSchema.safeParse({ type: "funds", team: "treasury" }).success).toBe(false);
    expect(routingOverrideSchema.safeParse({ type: "funds", priority: "critical" }).success).toBe(false);
  });

  it("does not mutate the overrides it is given", () => {
    const overrides = Object.freeze([Object.freeze({ type: "trading", priority: "high" } as const)]);
    routeInquiry({ type: "trading", subtype: "order_not_filled", plan: standard, overrides });
    expect(overrides).toEqual([{ type: "trading", priority: "high" }]);
  });
});

describe("priorities", () => {
  it.each([
    ["low", "normal", "normal"],
    ["urgent", "high", "urgent"],
    ["high", "high", "high"],
  ] as const)("the higher of %s and %s is %s", (a, b, expected) => {
    expect(higherPriority(a, b)).toBe(expected);
  });
});
