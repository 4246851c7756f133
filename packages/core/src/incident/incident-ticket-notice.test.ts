import { describe, expect, it } from "vitest";
import { incidentResolvedNotice } from "./incident-ticket-notice";

describe("incidentResolvedNotice", () => {
  const input = { title: "日本円出金の遅延", statusUrl: "https://portal.example.jp/status" };

  it.each([
    ["ja", "ご報告の障害は復旧いたしました。", "障害：日本円出金の遅延"],
    ["en", "The outage you reported has been resolved.", "Outage: 日本円出金の遅延"],
  ] as const)("writes the %s notice with the title and the status page", (locale, opening, titleLine) => {
    const text = incidentResolvedNotice(locale, input);
    expect(text.startsWith(opening)).toBe(true);
    expect(text).toContain(titleLine);
    expect(text).toContain(input.statusUrl);
  });
});
