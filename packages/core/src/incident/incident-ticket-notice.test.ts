import { describe, expect, it } from "vitest";
import { incidentResolvedNotice } from "./incident-ticket-notice";
import { renderEmail } from "../mail/render-email";

describe("incidentResolvedNotice", () => {
  const input = { title: "日本円出金の遅延", statusUrl: "https://portal.example.jp/status" };

  it.each([
    ["ja", "incident", "ご報告の障害は復旧いたしました。", "障害：日本円出金の遅延"],
    ["en", "incident", "The outage you reported has been resolved.", "Outage: 日本円出金の遅延"],
    [
      "ja",
      "maintenance",
      "お問い合わせに関連するメンテナンスは完了いたしました。",
      "メンテナンス：日本円出金の遅延",
    ],
    [
      "en",
      "maintenance",
      "The maintenance related to your inquiry has been completed.",
      "Maintenance: 日本円出金の遅延",
    ],
  ] as const)(
    "writes the %s notice of a finished %s with the title and the status page",
    (locale, kind, opening, titleLine) => {
      const text = incidentResolvedNotice(locale, { ...input, kind });
      expect(text.startsWith(opening)).toBe(true);
      expect(text).toContain(titleLine);
      expect(text).toContain(input.statusUrl);
      expect(text).not.toContain(kind === "maintenance" ? "障害" : "メンテナンス");
    },
  );
});

describe("the email to a ticket whose linked incident ended", () => {
  const brand = { nameJa: "ミライコイン", nameEn: "MiraiCoin" };
  const email = (kind: "incident" | "maintenance" | undefined, locale: "ja" | "en") =>
    renderEmail(
      {
        template: "incident_resolved_ticket",
        data: {
          number: "Q-2026-000123",
          ...(kind ? { kind } : {}),
          title: "定期メンテナンス",
          statusUrl: "https://portal.example.jp/status",
          followUp: "sign_in",
        },
        to: "hanako@example.jp",
        locale,
      },
      brand,
    );

  it("says a maintenance is complete, not that an outage was fixed", () => {
    expect(email("maintenance", "ja").subject).toContain("メンテナンスは完了いたしました");
    expect(email("maintenance", "ja").text).not.toContain("障害");
    expect(email("maintenance", "en").subject).toContain("maintenance is complete");
  });

  it("reads an email queued without a kind as an outage", () => {
    expect(email(undefined, "ja").subject).toContain("ご報告の障害は復旧いたしました");
    expect(email("incident", "en").text).toContain("has been resolved");
  });
});
