import { expect, type Page, test } from "@playwright/test";
import { Authenticator, createStaff, DEMO_PASSWORD } from "../support/account-kit";

// Sign-ins are throttled per client address: this spec has an address of its own.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.62" } });

/** First sign-in through the console's pages: password, then the mandatory two-factor enrollment. */
async function signInAndEnroll(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "サインインする" }).click();
  await expect(page).toHaveURL(/\/enroll-2fa$/);
  const app = new Authenticator((await page.getByTestId("manual-key").textContent()) ?? "");
  await page.getByLabel("確認コード（6桁）").fill(await app.nextCode());
  await page.getByRole("button", { name: "設定を完了する" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "保管したので管理コンソールへ進む" }).click();
}

test("an admin exports a report and finds the export, and their own sign-in, in the audit log", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const email = await createStaff("admin", "E2E 監査 管理者");
  await signInAndEnroll(page, email);

  const menu = page.getByRole("navigation", { name: "メインメニュー" });
  await menu.getByRole("link", { name: "レポート" }).click();
  await expect(page.getByTestId("report-scope")).toContainText("すべての窓口");
  await expect(page.getByLabel("窓口").locator("option")).toHaveCount(6);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-sla").click()]);
  expect(download.suggestedFilename()).toMatch(/^madoguchi-sla-all-/);

  await menu.getByRole("link", { name: "監査ログ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("監査ログ");
  await page.getByLabel("操作者（メールアドレスまたはID）").fill(email);
  await page.getByLabel("操作（前方一致）").fill("report.");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/action=report\./);
  const exported = page.getByTestId("audit-row");
  await expect(exported).toHaveCount(1);
  await expect(exported).toContainText("report.exported");
  await expect(exported).toContainText(email);
  await expect(exported).toContainText('"granularity":"day"');

  await page.getByLabel("操作（前方一致）").fill("auth.");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page.getByTestId("audit-row").filter({ hasText: "auth.signin.succeeded" })).toHaveCount(1);
  await expect(page.getByTestId("audit-row").filter({ hasText: "auth.two_factor.enabled" })).toHaveCount(1);

  await page.getByLabel("操作（前方一致）").fill("auth.%");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page.getByTestId("audit-problems")).toContainText("操作は英数字");
});
