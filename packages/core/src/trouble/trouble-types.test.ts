import { describe, expect, it } from "vitest";
import { teamKeys, teams } from "../team/teams";
import { subtypes, subtypesOf } from "./subtypes";
import { troubleType, troubleTypeKeys, troubleTypes } from "./trouble-types";

describe("the trouble-type table", () => {
  it("has one row per trouble type of the guide, in its order", () => {
    expect(troubleTypes.map((type) => type.key)).toEqual([...troubleTypeKeys]);
  });

  it.each([
    ["login", "general", true],
    ["trading", "trading", false],
    ["funds", "funds", false],
    ["system", "system", false],
    ["security", "security", false],
    ["other", "general", false],
  ] as const)("routes %s to the %s window (anonymous: %s)", (key, team, anonymous) => {
    expect(troubleType(key).team).toBe(team);
    expect(troubleType(key).anonymousAllowed).toBe(anonymous);
  });

  it("gives every trouble type at least two subtypes with unique keys", () => {
    for (const key of troubleTypeKeys) expect(subtypesOf(key).length).toBeGreaterThanOrEqual(2);
    const ids = subtypes.map((subtype) => `${subtype.troubleType}/${subtype.key}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("asks every subtype for a description and routes it to a known window", () => {
    for (const subtype of subtypes) {
      expect(subtype.requiredFields).toContain("description");
      expect(teamKeys).toContain(subtype.team);
    }
  });

  it("asks login trouble for the identity facts, since the customer may not be signed in", () => {
    for (const subtype of subtypesOf("login")) {
      expect(subtype.requiredFields).toEqual(
        expect.arrayContaining(["registeredEmail", "fullName", "dateOfBirth"]),
      );
    }
  });

  it("asks crypto funds trouble for TXID, network and address", () => {
    const crypto = subtypesOf("funds").filter(
      (subtype) => subtype.key.startsWith("crypto") || subtype.key === "wrong_address",
    );
    expect(crypto).toHaveLength(3);
    for (const subtype of crypto)
      expect(subtype.requiredFields).toEqual(expect.arrayContaining(["txid", "network", "address"]));
  });

  it("keeps security open around the clock and the others on business hours", () => {
    expect(teams.filter((team) => team.alwaysOpen).map((team) => team.key)).toEqual(["security"]);
  });
});
