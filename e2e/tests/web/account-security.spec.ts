import { expect, type Page, test } from "@playwright/test";
import { createCustomer, DEMO_PASSWORD, mailedLink, uniqueEmail } from "../support/account-kit";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.13" } });

async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "サインインする" }).click();
}

const invalidSignIn =
  "メールアドレスまたはパスワードが正しくないか、現在サインインできない状態です。入力内容をご確認ください。";

test("a customer edits the profile, signs another device out, and changes the password signing out everywhere else", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const email = await createCustomer("端末 花子");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account$/);

  const name = page.getByLabel("お名前（氏名）");
  await name.fill("");
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByTestId("profile-name-error")).toHaveText("お名前を入力してください。");
  await name.fill("端末　花子");
  await page.getByLabel("生年月日").fill("1991-05-06");
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("プロフィールを保存しました。")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("お名前（氏名）")).toHaveValue("端末 花子");
  await expect(page.getByLabel("生年月日")).toHaveValue("1991-05-06");
  await expect(page.getByTestId("plan")).toContainText("スタンダード");

  // Another device (its own browser context) signs in to the same account.
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.14" } });
  const phone = await other.newPage();
  await signIn(phone, email);
  await expect(phone).toHaveURL(/\/account$/);

  await page.goto("/account/security");
  const sessions = page.getByTestId("sessions").locator("tbody tr");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "この端末" })).toHaveCount(1);
  await expect(sessions.first()).toContainText("Linux");
  await sessions.filter({ hasNotText: "この端末" }).getByRole("button").click();
  await expect(page.getByText("選んだ端末をサインアウトさせました。")).toBeVisible();
  await expect(sessions).toHaveCount(1);
  await phone.goto("/account");
  await expect(phone).toHaveURL(/\/sign-in\?callbackUrl=/);

  await signIn(phone, email);
  await expect(phone).toHaveURL(/\/account$/);
  await page.reload();
  await page.getByLabel("現在のパスワード").fill("not-my-password-at-all");
  await page.getByLabel("新しいパスワード").fill("yuki-no-hi-no-tegami-42");
  await page.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(page.getByTestId("password-current-error")).toHaveText("パスワードが正しくありません。");
  await page.getByLabel("現在のパスワード").fill(DEMO_PASSWORD);
  await page.getByLabel("新しいパスワード").fill("yuki-no-hi-no-tegami-42");
  await expect(page.getByLabel("ほかの端末やブラウザからもサインアウトする（おすすめ）")).toBeChecked();
  await page.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(
    page.getByText("パスワードを変更しました。 ほかの1件の端末からサインアウトしました。"),
  ).toBeVisible();
  await expect(sessions).toHaveCount(1);
  await phone.goto("/account");
  await expect(phone).toHaveURL(/\/sign-in\?callbackUrl=/);
  await other.close();

  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("アカウント");
});

test("a customer moves the account to a new address confirmed from that address", async ({ page }) => {
  test.setTimeout(60_000);
  const email = await createCustomer("移転 花子");
  const newEmail = uniqueEmail("e2e-moved");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account$/);

  const form = page.getByTestId("email-change-form");
  await form.getByLabel("新しいメールアドレス").fill(newEmail);
  await form.getByLabel("現在のパスワード").fill("wrong-password-here");
  await form.getByRole("button", { name: "確認メールを送る" }).click();
  await expect(page.getByTestId("email-change-password-error")).toHaveText("パスワードが正しくありません。");
  await form.getByLabel("現在のパスワード").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "確認メールを送る" }).click();
  await expect(form.getByRole("status")).toContainText(`${newEmail} あてに確認のメールをお送りしました。`);
  await expect(page.getByTestId("current-email")).toContainText(email);

  await page.goto(await mailedLink(newEmail, "/account/email/confirm"));
  await page.getByRole("button", { name: "変更を確定する" }).click();
  await expect(page.getByTestId("link-done")).toContainText("メールアドレスを変更しました。");
  await page.goto("/account");
  await expect(page.getByTestId("current-email")).toContainText(newEmail);
});

test("a signed-in customer freezes the account at once; it can no longer sign in", async ({ page }) => {
  const email = await createCustomer("凍結 花子");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole("link", { name: "アカウントを凍結する" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("アカウントの緊急凍結");

  await page.getByRole("button", { name: "今すぐ凍結する" }).click();
  await expect(page.locator("#freeze-understand-error")).toHaveText(
    "内容をご確認のうえ、チェックを入れてください。",
  );
  await page.getByLabel("凍結すると、ご本人確認が済むまでサインインできなくなることを理解しました").check();
  await page.getByRole("button", { name: "今すぐ凍結する" }).click();
  await expect(page.getByTestId("frozen")).toContainText("アカウントを凍結しました");

  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signIn(page, email);
  await expect(page.getByTestId("sign-in-password-error")).toHaveText(invalidSignIn);
});

test("anyone can freeze an account from the help center without signing in, by the emailed link", async ({
  page,
}) => {
  const email = await createCustomer("緊急 花子");
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "アカウントの緊急凍結" }).click();
  await page.getByLabel("ご登録のメールアドレス").fill(email);
  await page.getByRole("button", { name: "確認メールを送る" }).click();
  await expect(page.getByTestId("email-sent")).toContainText("凍結を確定するためのリンクをお送りしました");

  await page.goto(await mailedLink(email, "/freeze/confirm"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("アカウントの凍結");
  await page.getByRole("button", { name: "アカウントを凍結する" }).click();
  await expect(page.getByTestId("link-done")).toContainText("アカウントを凍結しました。");

  await signIn(page, email);
  await expect(page.getByTestId("sign-in-password-error")).toHaveText(invalidSignIn);
});
