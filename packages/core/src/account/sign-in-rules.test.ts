import { describe, expect, it } from "vitest";
import {
  decideFirstFactor,
  decideSecondFactor,
  isLocked,
  lockedUntilFrom,
  lockoutPolicy,
  type SignInAccountState,
  shouldLock,
} from "./sign-in-rules";

const now = new Date("2026-03-01T10:00:00Z");
const base: SignInAccountState = {
  frozen: false,
  active: true,
  hasPassword: true,
  lockedUntil: null,
  totpEnabled: false,
};
const later = new Date(now.getTime() + 60_000);
const earlier = new Date(now.getTime() - 60_000);

describe("decideFirstFactor", () => {
  it.each([
    [
      "unknown account",
      null,
      true,
      false,
      { outcome: "refused", reason: "unknown_account", countsAsFailure: false },
    ],
    [
      "frozen, right password",
      { ...base, frozen: true },
      true,
      false,
      { outcome: "refused", reason: "frozen", countsAsFailure: false },
    ],
    [
      "inactive staff",
      { ...base, active: false },
      true,
      true,
      { outcome: "refused", reason: "inactive", countsAsFailure: false },
    ],
    [
      "locked, right password",
      { ...base, lockedUntil: later },
      true,
      false,
      { outcome: "refused", reason: "locked", countsAsFailure: false },
    ],
    [
      "lock expired",
      { ...base, lockedUntil: earlier },
      true,
      false,
      { outcome: "signed_in", enrollmentRequired: false },
    ],
    [
      "no password set",
      { ...base, hasPassword: false },
      false,
      false,
      { outcome: "refused", reason: "no_password", countsAsFailure: false },
    ],
    [
      "wrong password",
      base,
      false,
      false,
      { outcome: "refused", reason: "bad_password", countsAsFailure: true },
    ],
    [
      "wrong password with two-factor",
      { ...base, totpEnabled: true },
      false,
      false,
      { outcome: "refused", reason: "bad_password", countsAsFailure: true },
    ],
    ["right password", base, true, false, { outcome: "signed_in", enrollmentRequired: false }],
    [
      "right password, two-factor on",
      { ...base, totpEnabled: true },
      true,
      false,
      { outcome: "second_factor_required" },
    ],
    ["staff without two-factor", base, true, true, { outcome: "signed_in", enrollmentRequired: true }],
    [
      "staff with two-factor",
      { ...base, totpEnabled: true },
      true,
      true,
      { outcome: "second_factor_required" },
    ],
  ] as const)("%s", (_, account, passwordMatches, secondFactorMandatory, decision) => {
    expect(decideFirstFactor({ account, passwordMatches, secondFactorMandatory, now })).toEqual(decision);
  });
});

describe("decideSecondFactor and the lock", () => {
  it("signs in with a valid code and counts a wrong one as a failure", () => {
    expect(decideSecondFactor(true)).toEqual({ outcome: "signed_in", enrollmentRequired: false });
    expect(decideSecondFactor(false)).toEqual({ outcome: "second_factor_invalid", countsAsFailure: true });
  });

  it.each([
    [0, false],
    [lockoutPolicy.maxFailures - 1, false],
    [lockoutPolicy.maxFailures, true],
    [lockoutPolicy.maxFailures + 3, true],
  ])("after %i failures locks: %s", (failures, locks) => {
    expect(shouldLock(failures)).toBe(locks);
  });

  it("locks for thirty minutes", () => {
    const until = lockedUntilFrom(now);
    expect(until.getTime() - now.getTime()).toBe(30 * 60_000);
    expect(isLocked(until, now)).toBe(true);
    expect(isLocked(until, until)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
});
