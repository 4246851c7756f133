import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { createCustomer, DEMO_PASSWORD } from "../support/account-kit";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.15" } });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(" ")) }));
}

const token = "a".repeat(43);
const publicPages = [
  "/sign-in",
  "/sign-in?callbackUrl=%2Faccount",
  "/sign-up",
  "/forgot-password",
  `/reset-password?token=${token}`,
  `/account/verify-email?token=${token}`,
  "/freeze",
  `/freeze/confirm?token=${token}`,
].flatMap((path) => [path, `/en${path}`]);

for (const path of publicPages) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the sign-in form works from the keyboard alone, and the account pages pass axe", async ({ page }) => {
  test.setTimeout(60_000);
  const email = await createCustomer("鍵盤 花子");
  await page.goto("/sign-in");
  await page.getByLabel("メールアドレス").focus();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("パスワード")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/account/security");
  await page.getByRole("button", { name: "二段階認証を設定する" }).press("Enter");
  await expect(page.getByTestId("manual-key")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/en/account/security");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Account");
  await expect(page.getByRole("heading", { name: "Signed-in devices" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
