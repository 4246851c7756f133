import { describe, expect, it } from "vitest";
import { customerAddress, renderPlaceholders, unknownPlaceholders } from "./macro-placeholders";

const values = { name: "山田 花子様", ticketNumber: "Q-2026-000001", window: "入出金サポート" };

describe("macro placeholders", () => {
  it.each([
    ["{{name}}、お問い合わせありがとうございます。", "山田 花子様、お問い合わせありがとうございます。"],
    ["受付番号 {{ticketNumber}} について", "受付番号 Q-2026-000001 について"],
    ["{{ window }}の担当です", "入出金サポートの担当です"],
    ["{{name}} / {{name}}", "山田 花子様 / 山田 花子様"],
    ["置き換えなし", "置き換えなし"],
    ["{{unknown}} は残ります", "{{unknown}} は残ります"],
  ])("%s", (template, expected) => {
    expect(renderPlaceholders(template, values)).toBe(expected);
  });

  it("fills only the values given, so personal data can wait for the server", () => {
    expect(renderPlaceholders("{{name}}、{{ticketNumber}}の件", { ticketNumber: "Q-2026-000009" })).toBe(
      "{{name}}、Q-2026-000009の件",
    );
  });

  it("names the placeholders nothing fills", () => {
    expect(unknownPlaceholders("{{name}} {{nmae}} {{ticketNo}} {{nmae}}")).toEqual(["nmae", "ticketNo"]);
    expect(unknownPlaceholders("{{name}} {{window}}")).toEqual([]);
  });

  it.each<[string | null, "ja" | "en", string]>([
    ["山田 花子", "ja", "山田 花子様"],
    ["  ", "ja", "お客様"],
    [null, "ja", "お客様"],
    ["Alex Morgan", "en", "Alex Morgan"],
    [null, "en", "Customer"],
  ])("addresses %s in %s as %s", (name, locale, expected) => {
    expect(customerAddress(name, locale)).toBe(expected);
  });
});
