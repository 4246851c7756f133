import { expect, test } from "@playwright/test";
import { Authenticator, mailedLink, uniqueEmail } from "../support/account-kit";

// Sign-ins are throttled per client address: this spec has one of its own.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.11" } });

test("a new customer signs up, confirms the address by the emailed link, turns on two-factor and signs in with a code", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("e2e-signup");
  const password = "hoshizora-no-kite-2026";

  await page.goto("/");
  await page.getByTestId("header-sign-in").click();
  await page.getByRole("link", { name: "アカウントをお持ちでない方（新規登録）" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新規登録");

  // Errors come next to their field, in Japanese, and keep what was typed.
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByTestId("sign-up-email-error")).toHaveText("メールアドレスを入力してください。");
  await expect(page.getByTestId("sign-up-password-error")).toHaveText(
    "パスワードは10文字以上で入力してください。",
  );
  await expect(page.getByTestId("sign-up-name-error")).toHaveText("お名前を入力してください。");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill("password123");
  await page.getByLabel("お名前（氏名）").fill("登録 太郎");
  await page.getByLabel("生年月日（任意）").fill("1988-11-03");
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByTestId("sign-up-password-error")).toHaveText(
    "よく使われていて推測されやすいパスワードです。別のパスワードをお選びください。",
  );
  await expect(page.getByLabel("パスワード")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("メールアドレス")).toHaveValue(email);

  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByTestId("sign-up-done")).toContainText(`${email} あてに確認のメールをお送りしました`);

  // The emailed link opens a page whose button confirms (a link alone changes nothing).
  await page.goto(await mailedLink(email, "/account/verify-email"));
  await page.getByRole("button", { name: "メールアドレスを確認する" }).click();
  await expect(page.getByTestId("link-done")).toContainText("メールアドレスを確認しました。");

  await page.goto("/sign-in");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "サインインする" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("current-email")).toContainText("確認済み");
  await expect(page.getByTestId("plan")).toContainText("スタンダード");

  // Two-factor: the key typed into an "app" (computed here), a wrong code first.
  await page.getByRole("link", { name: "セキュリティ" }).click();
  await page.getByRole("button", { name: "二段階認証を設定する" }).click();
  await expect(page.getByRole("img", { name: "二段階認証の設定用QRコード" })).toBeVisible();
  const app = new Authenticator((await page.getByTestId("manual-key").textContent()) ?? "");
  await page.getByLabel("確認コード（6桁）").fill(app.wrongCode());
  await page.getByRole("button", { name: "設定を完了する" }).click();
  await expect(page.getByTestId("two-factor-code-error")).toContainText("コードが正しくないか");
  await page.getByLabel("確認コード（6桁）").fill(await app.nextCode());
  await page.getByRole("button", { name: "設定を完了する" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().textContent()) ?? "";
  await page.getByRole("link", { name: "保管しました" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText("有効");
  await expect(page.getByTestId("recovery-codes")).toHaveCount(0);

  await page.getByTestId("sign-out").first().click();
  await expect(page.getByTestId("header-sign-in")).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);

  // Signing in now asks for the code after the password.
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "サインインする" }).click();
  await expect(page.getByTestId("second-factor")).toBeVisible();
  await expect(page.getByLabel("確認コード（6桁）")).toBeFocused();
  await page.getByLabel("確認コード（6桁）").fill(app.wrongCode());
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("sign-in-code-error")).toHaveText(
    "コードが正しくないか、有効期限が切れています。最新のコードを入力してください。",
  );
  await page.getByLabel("確認コード（6桁）").fill(await app.nextCode());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("アカウント");

  // A recovery code signs in once; the lost-device path leads to the login-trouble inquiry.
  await page.getByTestId("sign-out").first().click();
  await expect(page.getByTestId("header-sign-in")).toBeVisible();
  await page.goto("/sign-in");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "サインインする" }).click();
  await page.getByRole("button", { name: "認証アプリを使えない場合（リカバリーコードを使う）" }).click();
  await expect(page.getByTestId("lost-device").getByRole("link")).toHaveAttribute(
    "href",
    "/contact/login/two_factor",
  );
  await page.getByLabel("リカバリーコード").fill(recoveryCode);
  await page.getByRole("button", { name: "確認する" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/account/security");
  await expect(page.getByTestId("two-factor")).toContainText("未使用のリカバリーコード：9個");
});
