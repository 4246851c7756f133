import { expect, test } from "@playwright/test";
import { feedbackReasons } from "../support/help-center-db";

test("a 'not helpful' vote leads to the contact flow with the trouble type preselected", async ({ page }) => {
  await page.goto("/articles/jpy-deposit-not-credited");
  const feedback = page.getByTestId("feedback");
  await expect(feedback.getByRole("group", { name: "この記事は役に立ちましたか？" })).toBeVisible();
  await feedback.getByRole("button", { name: "いいえ" }).click();

  await expect(feedback.getByRole("status")).toHaveText("ご回答ありがとうございました。");
  await feedback
    .getByLabel(/解決しなかった点をお聞かせください/)
    .fill("振込名義の書き方が分かりませんでした");
  await feedback.getByRole("button", { name: "送信する" }).click();
  await expect(feedback.getByRole("status")).toHaveText(
    "ご意見ありがとうございました。記事の改善に役立てます。",
  );

  const votes = await feedbackReasons("jpy-deposit-not-credited");
  expect(votes).toContainEqual({ helpful: false, reason: "振込名義の書き方が分かりませんでした" });

  await feedback.getByRole("link", { name: "サポートに問い合わせる" }).click();
  await expect(page).toHaveURL(/\/contact\?type=funds$/);
  const selected = page.locator('[data-trouble-type="funds"]');
  await expect(selected).toHaveAttribute("data-selected", "true");
  await expect(selected).toContainText("入出金サポート");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the article reads and the vote still works as a plain form", async ({ page }) => {
    await page.goto("/articles/cancel-order");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".article-body h2").first()).toBeVisible();
    await page.getByTestId("feedback").getByRole("button", { name: "いいえ" }).click();
    await expect(page.getByTestId("contact-support")).toHaveAttribute("href", "/contact?type=trading");
  });

  test("the home page search form works and leads to the article", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "ヘルプセンターを検索" }).fill("二段階認証");
    await page.getByRole("button", { name: "検索", exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await page.getByTestId("search-results").getByRole("link").first().click();
    await expect(page.locator("article h1")).toBeVisible();
  });
});
