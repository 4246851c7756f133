import { describe, expect, it } from "vitest";
import { slaTierOf } from "./sla-policy";

describe("slaTierOf", () => {
  it("holds a ticket to its customer's plan tier", () => {
    expect(slaTierOf("priority")).toBe("priority");
    expect(slaTierOf("standard")).toBe("standard");
  });

  it("holds a ticket filed without an account to the standard tier", () => {
    expect(slaTierOf(null)).toBe("standard");
    expect(slaTierOf(undefined)).toBe("standard");
  });

  it("refuses a tier it does not know rather than guessing", () => {
    expect(() => slaTierOf("gold")).toThrow();
  });
});
