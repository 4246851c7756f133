import { expect, test } from "@playwright/test";

test("the contact-window guide names the window and what to prepare for every trouble type", async ({
  page,
}) => {
  await page.goto("/guide");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("困ったときの窓口案内");
  const expected: Record<string, { window: string; prepare: string }> = {
    login: { window: "カスタマーサポート", prepare: "生年月日" },
    trading: { window: "取引サポート", prepare: "取引ID（注文番号）" },
    funds: { window: "入出金サポート", prepare: "トランザクションID（TXID）" },
    system: { window: "システム運用チーム", prepare: "表示されたエラーメッセージ" },
    security: { window: "セキュリティチーム", prepare: "気づいた日時" },
    other: { window: "カスタマーサポート", prepare: "ご質問の内容" },
  };
  for (const [type, { window, prepare }] of Object.entries(expected)) {
    const section = page.locator(`section[data-trouble-type="${type}"]`);
    await expect(section.getByText(window, { exact: true })).toBeVisible();
    await expect(section.getByRole("listitem").filter({ hasText: prepare })).toBeVisible();
    await expect(section.getByRole("link", { name: "この内容で問い合わせる" })).toHaveAttribute(
      "href",
      `/contact?type=${type}`,
    );
  }
  await expect(page.locator('section[data-trouble-type="security"]')).toContainText("緊急");
  await expect(page.locator('section[data-trouble-type="funds"]')).toContainText("取り消すことができません");

  const checklist = page.getByRole("region", { name: "お問い合わせの前のチェックリスト" });
  for (const tip of [
    "正確な情報を提供する",
    "状況を具体的に説明する",
    "証拠となる資料を添付する",
    "お問い合わせ内容を整理する",
    "担当者の指示に従う",
  ]) {
    const box = checklist.getByRole("checkbox", { name: new RegExp(tip) });
    await box.check();
    await expect(box).toBeChecked();
  }
  await expect(page.getByTestId("phone-support")).toContainText("プレミアムプラン");
  await expect(page.getByTestId("phone-support")).toContainText("0120-000-000");
  await expect(page.getByTestId("phone-support")).toContainText("平日 9:00〜18:00");
});

test("announcements list and detail", async ({ page }) => {
  await page.goto("/announcements");
  const list = page.getByTestId("announcements");
  await expect(list.getByRole("link").first()).toHaveText("年末年始のサポート対応時間について");
  await list.getByRole("link", { name: "当社を装ったフィッシングメールにご注意ください" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "当社を装ったフィッシングメールにご注意ください",
  );
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Beware of phishing emails impersonating us",
  );
});
