import { expect, test } from "@playwright/test";

test("an article missing in English is shown in Japanese with a notice", async ({ page }) => {
  await page.goto("/en/articles/withdrawal-limits");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("fallback-notice")).toHaveText(
    "This article is not available in English yet. The Japanese version is shown below.",
  );
  await expect(page.locator("article")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("出金・送金の上限額について");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/articles\/withdrawal-limits$/,
  );
  await expect(page.locator('link[rel="canonical"]')).not.toHaveAttribute("href", /\/en\//);
  await expect(
    page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }),
  ).toHaveAttribute("href", "/en");
});

test("the language switch keeps the page", async ({ page }) => {
  await page.goto("/articles/reset-password");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    /\/en\/articles\/reset-password$/,
  );
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/en\/articles\/reset-password$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forgot your password? How to reset it");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/articles\/reset-password$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("パスワードを忘れた場合の再設定方法");

  await page.goto("/en/search?q=withdrawal");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/search\?q=withdrawal$/);
});

test("a Japanese URL with the /ja prefix redirects to the one without", async ({ page }) => {
  await page.goto("/ja/guide");
  await expect(page).toHaveURL(/\/guide$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("困ったときの窓口案内");
});

test("unknown pages answer 404 in the site's layout", async ({ page }) => {
  const response = await page.goto("/en/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const article = await page.goto("/articles/no-such-article");
  expect(article?.status()).toBe(404);
});
