import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createStaff as createAdmin } from "../support/account-kit";
import { withDatabase } from "../support/help-center-db";
import { createStaff, signInStaff, type TestStaff } from "./console-session";

const ADMIN_URL = process.env.ADMIN_URL ?? "http://127.0.0.1:3101";

/** A new 入出金 ticket of the demo customer 山田 花子, inserted as the portal would file it. */
async function fundsTicket(subject: string): Promise<string> {
  const number = `Q-E2E-${randomBytes(3).toString("hex").toUpperCase()}`;
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO ticket (id, number, customer_id, contact_email, trouble_type, subtype, subject, status, priority,
         team_id, locale, first_response_due_at, resolution_due_at, created_at, updated_at)
       SELECT gen_random_uuid(), $1, c.id, c.email, 'funds', 'jpy_deposit_missing', $2, 'new', 'normal',
         t.id, 'ja', now() + interval '8 hours', now() + interval '5 days', now(), now()
       FROM customer c, team t WHERE c.email = 'hanako@example.jp' AND t.key = 'funds'`,
      [number, subject],
    );
    await client.query(
      `INSERT INTO message (id, ticket_id, author_kind, customer_id, visibility, body, created_at)
       SELECT gen_random_uuid(), t.id, 'customer', t.customer_id, 'public', $2, now()
       FROM ticket t WHERE t.number = $1`,
      [number, "出金した日本円がまだ口座に届いていません。"],
    );
  });
  return number;
}

test.describe("settings of the console", () => {
  test.describe.configure({ mode: "serial" });
  const suffix = randomBytes(3).toString("hex");
  const macro = {
    key: `e2e_refund_${suffix}`,
    title: `返金手続きのご案内（E2E ${suffix}）`,
    body: "{{name}}\n\n受付番号 {{ticketNumber}} の返金手続きを開始いたしました。\n\n{{window}}",
  };
  let admin: TestStaff;
  let lead: TestStaff;
  let agent: TestStaff;

  test.beforeAll(async () => {
    admin = { email: await createAdmin("admin", "E2E 管理者"), displayName: "E2E 管理者" };
    lead = await createStaff({ role: "lead", team: "funds", displayName: "E2E 入出金リーダー" });
    agent = await createStaff({ role: "agent", team: "funds", displayName: "E2E 入出金担当" });
  });

  test("an admin adds a macro for 入出金サポート and a routing override", async ({ page }) => {
    test.setTimeout(60_000);
    await signInStaff(page.request, ADMIN_URL, admin);
    await page.goto("/settings");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("設定");
    const sections = page.getByTestId("settings-sections");
    for (const name of [
      "窓口と担当者",
      "営業時間と休業日",
      "SLA（対応期限）",
      "振り分けの上書き",
      "定型文",
    ]) {
      await expect(sections.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(sections.getByRole("link", { name: "担当者アカウントと役割" })).toHaveAttribute(
      "href",
      "/staff-admin",
    );

    await sections.getByRole("link", { name: "定型文", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("定型文");
    await page.getByLabel("キー").fill(macro.key);
    await page.getByLabel("対象の窓口").selectOption({ label: "入出金サポート" });
    await page.getByLabel("件名（定型文の名前）").fill(macro.title);
    await page.getByLabel("本文").fill("{{password}} をお知らせください。");
    await page.getByRole("button", { name: "定型文を作成する" }).click();
    await expect(page.getByTestId("macro-body-error")).toContainText("使えない差し込み項目");
    await expect(page.getByLabel("本文")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("本文").fill(macro.body);
    await page.getByLabel("送信後に提案するステータス").selectOption({ label: "解決済み" });
    await page.getByRole("button", { name: "定型文を作成する" }).click();
    await expect(page.getByTestId("settings-done")).toHaveText("定型文を作成しました。");
    await expect(
      page.getByTestId("macros-funds").getByTestId("macro-item").filter({ hasText: macro.title }),
    ).toHaveCount(1);

    await page.goto("/settings/routing");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("振り分けの上書き");
    await page.getByLabel("トラブルの種類").selectOption({ label: "セキュリティに関するトラブル" });
    await page.getByLabel("担当窓口").selectOption({ label: "カスタマーサポート" });
    await page.getByRole("button", { name: "ルールを保存する" }).click();
    await expect(page.getByTestId("routing-team-error")).toContainText(
      "セキュリティチーム以外に振り分けられません",
    );

    await page.getByLabel("トラブルの種類").selectOption({ label: "その他" });
    await page.getByLabel("トラブルの内容").selectOption({ label: "ご意見・苦情" });
    await page.getByLabel("担当窓口").selectOption({ label: "カスタマーサポート" });
    await page.getByLabel("優先度").selectOption({ label: "高" });
    await page.getByRole("button", { name: "ルールを保存する" }).click();
    await expect(page.getByTestId("settings-done")).toHaveText("ルールを保存しました。");
    const rule = page.getByTestId("routing-rule").filter({ hasText: "ご意見・苦情" });
    await expect(rule).toContainText("高");

    // Other specs file inquiries in this database: leave routing as it was.
    await rule.getByRole("button", { name: /のルールを削除$/ }).click();
    await expect(page.getByTestId("settings-done")).toHaveText("ルールを削除しました。");
    await expect(page.getByTestId("routing-rule")).toHaveCount(0);
  });

  test("a lead of 入出金サポート sees only that window's macros", async ({ page }) => {
    await signInStaff(page.request, ADMIN_URL, lead);
    await page.goto("/settings");
    await expect(page.getByTestId("settings-sections").getByRole("link")).toHaveText(["定型文"]);
    await page.goto("/settings/macros");
    await expect(page.getByRole("heading", { level: 2, name: "入出金サポートの定型文" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "取引サポートの定型文" })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: "すべての窓口の定型文" })).toHaveCount(0);
    const items = page.getByTestId("macro-item");
    await expect(items.filter({ hasText: macro.title })).toHaveCount(1);
    await expect(items.filter({ hasText: "振込明細のご提出のお願い" })).toHaveCount(1);
    await expect(items.filter({ hasText: "約定履歴の確認中" })).toHaveCount(0);
    await expect(page.getByLabel("対象の窓口").locator("option")).toHaveText(["入出金サポート"]);

    await page.goto("/settings/teams");
    await expect(page.getByTestId("settings-refused")).toHaveText("この画面は管理者のみ利用できます。");
  });

  test("an agent of 入出金サポート finds the new macro in the reply composer of a funds ticket", async ({
    page,
  }) => {
    const number = await fundsTicket(`出金が届きません（E2E ${suffix}）`);
    await signInStaff(page.request, ADMIN_URL, agent);
    await page.goto("/settings/macros");
    await expect(page.getByTestId("settings-refused")).toBeVisible();

    await page.goto(`/tickets/${number}`);
    // The shortcut works once the workspace has hydrated: press until it does.
    await expect(async () => {
      await page.keyboard.press("r");
      await expect(page.getByLabel("お客様への返信（メールでお知らせします）")).toBeFocused({
        timeout: 1_000,
      });
    }).toPass({ timeout: 15_000 });
    await page.getByLabel("定型文").selectOption({ label: macro.title });
    await expect(page.getByLabel("お客様への返信（メールでお知らせします）")).toHaveValue(
      new RegExp(`受付番号 ${number} の返金手続きを開始いたしました。`),
    );
    await expect(page.getByLabel("送信後のステータス")).toHaveValue("resolved");
  });
});
