import { expect, type Page, test } from "@playwright/test";
import { Authenticator, createStaff, DEMO_PASSWORD, mailedLink } from "../support/account-kit";

// Sign-ins are throttled per client address: these tests have addresses of their own.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.21" } });
test.describe.configure({ mode: "serial" });

const home = /:\d+\/$/;

async function enterPassword(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "サインインする" }).click();
}

/** The enrollment page: the key into the "app", a first code, the recovery codes once. */
async function enroll(page: Page): Promise<Authenticator> {
  await expect(page).toHaveURL(/\/enroll-2fa$/);
  const app = new Authenticator((await page.getByTestId("manual-key").textContent()) ?? "");
  await page.getByLabel("確認コード（6桁）").fill(await app.nextCode());
  await page.getByRole("button", { name: "設定を完了する" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "保管したので管理コンソールへ進む" }).click();
  await expect(page).toHaveURL(home);
  return app;
}

let adminEmail = "";
let adminApp: Authenticator;

test.beforeAll(async () => {
  adminEmail = await createStaff("admin", "E2E 管理者");
});

test("a member's first sign-in enrolls two-factor before anything else; later sign-ins ask for the code", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto("/me");
  await expect(page.getByText("サインインが必要です。")).toBeVisible();
  await page.getByTestId("header-sign-in").click();
  await page.getByLabel("メールアドレス").fill(adminEmail);
  await page.getByLabel("パスワード").fill("not-the-password");
  await page.getByRole("button", { name: "サインインする" }).click();
  await expect(page.getByTestId("sign-in-password-error")).toHaveText(
    "メールアドレスまたはパスワードが正しくないか、現在サインインできない状態です。",
  );
  await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "サインインする" }).click();
  await expect(page).toHaveURL(/\/enroll-2fa$/);

  // Until two-factor is on, every other page sends the member back here.
  await page.goto("/me");
  await expect(page).toHaveURL(/\/enroll-2fa$/);
  await page.getByLabel("確認コード（6桁）").fill("12345");
  await page.getByRole("button", { name: "設定を完了する" }).click();
  await expect(page.getByTestId("enroll-code-error")).toHaveText("6桁の数字を入力してください。");
  adminApp = await enroll(page);
  await expect(page.getByRole("navigation").getByRole("link", { name: "担当者管理" })).toBeVisible();

  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await enterPassword(page, adminEmail, DEMO_PASSWORD);
  await expect(page.getByTestId("second-factor")).toBeVisible();
  await page.getByLabel("確認コード（6桁）").fill(adminApp.wrongCode());
  await page.getByRole("button", { name: "確認する" }).click();
  await expect(page.getByTestId("sign-in-code-error")).toHaveText(
    "コードが正しくないか、有効期限が切れています。最新のコードを入力してください。",
  );
  await page.getByLabel("確認コード（6桁）").fill(await adminApp.nextCode());
  await page.getByRole("button", { name: "確認する" }).click();
  await expect(page).toHaveURL(home);
  await page.goto("/me");
  await expect(page.getByRole("heading", { name: "E2E 管理者" })).toBeVisible();
  await expect(page.getByTestId("sessions").locator("tbody tr")).toHaveCount(1);
});

test("an admin invites a member, who sets a password from the email and enrolls; the admin can deactivate them", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const memberEmail = `e2e.invited.${Date.now()}@staff.example.jp`;
  await enterPassword(page, adminEmail, DEMO_PASSWORD);
  await page.getByLabel("確認コード（6桁）").fill(await adminApp.nextCode());
  await page.getByRole("button", { name: "確認する" }).click();
  await expect(page).toHaveURL(home);
  await page.getByRole("navigation").getByRole("link", { name: "担当者管理" }).click();

  const invite = page.getByTestId("invite-staff-form");
  await invite.getByRole("button", { name: "招待メールを送る" }).click();
  await expect(page.getByTestId("invite-email-error")).toHaveText("メールアドレスを入力してください。");
  await expect(invite).toContainText("担当する窓口を1つ以上選んでください。");
  await invite.getByLabel("メールアドレス").fill(memberEmail);
  await invite.getByLabel("表示名").fill("E2E 新人");
  await invite.getByLabel("役割").selectOption("agent");
  await invite.getByLabel("入出金サポート").check();
  await invite.getByRole("button", { name: "招待メールを送る" }).click();
  await expect(invite.getByRole("status")).toContainText(`${memberEmail} あてに招待メールを送りました`);
  const row = page.getByTestId("staff-table").locator(`tr[data-email="${memberEmail}"]`);
  await expect(row).toContainText("招待中");

  const memberContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.22" } });
  const member = await memberContext.newPage();
  await member.goto(await mailedLink(memberEmail, "/invite"));
  await member.getByLabel("新しいパスワード").fill("staff");
  await member.getByRole("button", { name: "パスワードを設定する" }).click();
  await expect(member.getByTestId("invite-password-error")).toHaveText(
    "パスワードは10文字以上で入力してください。",
  );
  await member.getByLabel("新しいパスワード").fill("madoguchi-shinjin-no-kagi");
  await member.getByRole("button", { name: "パスワードを設定する" }).click();
  await expect(member.getByTestId("invite-done")).toBeVisible();
  await member.getByRole("link", { name: "サインインする" }).click();
  await enterPassword(member, memberEmail, "madoguchi-shinjin-no-kagi");
  await enroll(member);

  await page.reload();
  await expect(row).not.toContainText("招待中");
  await row.getByRole("button", { name: "E2E 新人：無効にする" }).click();
  await expect(page.getByTestId("member-result")).toHaveText(
    "E2E 新人 さんのアカウントを無効にし、サインアウトさせました。",
  );
  await expect(row.getByRole("button", { name: "E2E 新人：有効に戻す" })).toBeVisible();

  await member.goto("/me");
  await expect(member.getByText("サインインが必要です。")).toBeVisible();
  await enterPassword(member, memberEmail, "madoguchi-shinjin-no-kagi");
  await expect(member.getByTestId("sign-in-password-error")).toBeVisible();
  await memberContext.close();
});
