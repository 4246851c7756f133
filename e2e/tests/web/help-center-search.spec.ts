import { expect, test } from "@playwright/test";
import { searchLogFor } from "../support/help-center-db";

test("a customer searches from the home page the way they type and reaches the article", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "ヘルプセンターを検索" });
  await box.fill("パスワード忘れた");
  const suggestions = page.getByRole("listbox", { name: "検索候補" });
  await expect(suggestions.getByRole("option").first()).toBeVisible();
  await expect(suggestions).toContainText("パスワードを忘れた場合の再設定方法");

  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("「パスワード忘れた」の検索結果");
  const results = page.getByTestId("search-results");
  const first = results.getByRole("link").first();
  await expect(first).toHaveText("パスワードを忘れた場合の再設定方法");
  await expect(results.locator("mark").first()).toBeVisible();

  const session = new URL(page.url()).searchParams.get("sid");
  expect(session).toMatch(/^[0-9a-f]{32}$/);
  const logged = await searchLogFor(session ?? "");
  expect(logged.map((row) => row.query)).toEqual(["パスワード忘れた"]);
  expect(logged[0]?.result_count).toBeGreaterThan(0);

  await first.click();
  await expect(page).toHaveURL(/\/articles\/reset-password$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("パスワードを忘れた場合の再設定方法");
});

test("choosing a suggestion with the keyboard opens the article directly", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "ヘルプセンターを検索" });
  await box.fill("お金が引き出せない");
  await expect(page.getByRole("listbox", { name: "検索候補" }).getByRole("option").first()).toBeVisible();
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /option-0/);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a search without results offers popular articles and the way to contact support", async ({ page }) => {
  await page.goto("/search?q=zzqxvw");
  const none = page.getByTestId("no-results");
  await expect(none).toContainText("「zzqxvw」に一致する記事は見つかりませんでした。");
  await expect(none.getByRole("heading", { name: "よく読まれている記事" })).toBeVisible();
  await expect(none.getByRole("link", { name: "パスワードを忘れた場合の再設定方法" })).toBeVisible();
  await none.getByRole("link", { name: "お問い合わせ窓口の案内を見る" }).click();
  await expect(page).toHaveURL(/\/guide$/);
});

test("English readers search in English", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("combobox", { name: "Search the help center" }).fill("forgot pasword");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=/);
  await expect(page.getByTestId("search-results").getByRole("link").first()).toHaveText(
    "Forgot your password? How to reset it",
  );
});
