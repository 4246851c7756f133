import { expect, test } from "@playwright/test";

test("the console's home page lists the contact windows", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/管理コンソール/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("管理コンソール");
  for (const team of ["取引サポート", "入出金サポート", "システム運用チーム", "セキュリティチーム"]) {
    await expect(page.getByRole("heading", { name: team })).toBeVisible();
  }
  await expect(page.getByTestId("system-health")).toHaveText("データベースに接続しています。");
});

test("the staff page asks for sign-in", async ({ page }) => {
  await page.goto("/me");
  await expect(page.getByText("サインインが必要です。")).toBeVisible();
});

test("GET /api/health answers 200 with db ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ db: "ok" });
});

test("customer procedures are not mounted on the console", async ({ request }) => {
  const response = await request.get("/api/trpc/account.profile");
  expect(response.status()).toBe(404);
});
