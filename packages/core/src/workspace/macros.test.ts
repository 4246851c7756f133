import { describe, expect, it } from "vitest";
import { detectStaffAskingForSecrets } from "../secrets/detect-staff-secret-requests";
import { teamKeys } from "../team/teams";
import { canStaffMoveTo } from "./staff-status-rules";
import { unknownPlaceholders } from "./macro-placeholders";
import { macros, macrosFor } from "./macros";

describe("macros", () => {
  it.each(macros.map((macro) => [macro.key, macro] as const))(
    "%s uses known placeholders and asks the customer for no secret",
    (_key, macro) => {
      expect(unknownPlaceholders(macro.body)).toEqual([]);
      expect(detectStaffAskingForSecrets(macro.body)).toEqual([]);
      if (macro.status) expect(canStaffMoveTo("open", macro.status)).toBe(true);
    },
  );

  it("has unique keys", () => {
    expect(new Set(macros.map((macro) => macro.key)).size).toBe(macros.length);
  });

  it.each(teamKeys.map((team) => [team]))(
    "offers the %s window its own macros first, then the common ones",
    (team) => {
      const offered = macrosFor(team);
      expect(offered.every((macro) => macro.team === team || macro.team === "all")).toBe(true);
      const firstCommon = offered.findIndex((macro) => macro.team === "all");
      expect(offered.slice(firstCommon).every((macro) => macro.team === "all")).toBe(true);
      expect(offered.filter((macro) => macro.team === "all")).toHaveLength(3);
    },
  );
});
