import { expect, type Page, test } from "@playwright/test";
import { createCustomer, DEMO_PASSWORD, mailedLink } from "../support/account-kit";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.12" } });

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "サインインする" }).click();
}

test("a customer who forgot the password sets a new one by the emailed link, which then stops working", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const email = await createCustomer("再設定 花子");
  const newPassword = "aozora-to-umi-no-aida-7";

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "パスワードをお忘れの方" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("パスワードの再設定");
  await page.getByLabel("メールアドレス").fill("hanako@example");
  await page.getByRole("button", { name: "再設定のメールを送る" }).click();
  await expect(page.getByTestId("forgot-email-error")).toContainText(
    "メールアドレスの形式が正しくありません",
  );
  // A full-width address typed with a Japanese IME is the same address.
  await page.getByLabel("メールアドレス").fill(email.replace("@", "＠"));
  await page.getByRole("button", { name: "再設定のメールを送る" }).click();
  await expect(page.getByTestId("email-sent")).toContainText(
    `${email} がご登録のアドレスであれば、パスワード再設定のご案内をお送りしました。`,
  );

  const link = await mailedLink(email, "/reset-password");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新しいパスワードの設定");
  await page.getByLabel("新しいパスワード").fill("abcabcabcabc");
  await page.getByRole("button", { name: "パスワードを設定する" }).click();
  await expect(page.getByTestId("reset-password-error")).toHaveText(
    "同じ文字や連続した文字の並びは推測されやすいため、お使いいただけません。",
  );
  await page.getByLabel("新しいパスワード").fill(newPassword);
  await page.getByRole("button", { name: "パスワードを設定する" }).click();
  await expect(page.getByTestId("reset-done")).toContainText("パスワードを再設定しました。");

  // The link is single-use.
  await page.goto(link);
  await page.getByLabel("新しいパスワード").fill("mou-ichido-tsukau-link-9");
  await page.getByRole("button", { name: "パスワードを設定する" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("このリンクはすでに使用されています。");

  // The old password no longer signs in (the same answer as for any wrong password); the new one does.
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page.getByTestId("sign-in-password-error")).toHaveText(
    "メールアドレスまたはパスワードが正しくないか、現在サインインできない状態です。入力内容をご確認ください。",
  );
  await expect(page.getByLabel("パスワード")).toBeFocused();
  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByLabel("お名前（氏名）")).toHaveValue("再設定 花子");
});

test("an emailed link without its token says so instead of showing a form", async ({ page }) => {
  await page.goto("/reset-password");
  await expect(page.getByText("リンクが正しくありません。")).toBeVisible();
  await expect(page.getByTestId("reset-password-form")).toHaveCount(0);
  await page.goto("/unlock?token=not-a-real-token");
  await page.getByRole("button", { name: "ロックを解除する" }).click();
  await expect(page.getByTestId("form-error")).toHaveText(
    "このリンクは無効です。メールに記載されたリンクをもう一度ご確認ください。",
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.16" } });

  test("the reset request and the new password still work, errors next to the field included", async ({
    page,
  }) => {
    const email = await createCustomer("無効 花子");
    await page.goto("/forgot-password");
    await page.getByLabel("メールアドレス").fill(email);
    await page.getByRole("button", { name: "再設定のメールを送る" }).click();
    await expect(page.getByTestId("email-sent")).toContainText(email);

    await page.goto(await mailedLink(email, "/reset-password"));
    await page.getByLabel("新しいパスワード").fill("short");
    await page.getByRole("button", { name: "パスワードを設定する" }).click();
    await expect(page.getByTestId("reset-password-error")).toHaveText(
      "パスワードは10文字以上で入力してください。",
    );
    await page.getByLabel("新しいパスワード").fill("kumo-no-ue-no-toshokan-3");
    await page.getByRole("button", { name: "パスワードを設定する" }).click();
    await expect(page.getByTestId("reset-done")).toBeVisible();

    await page.goto("/unlock?token=not-a-real-token");
    await page.getByRole("button", { name: "ロックを解除する" }).click();
    await expect(page.getByTestId("form-error")).toHaveText(
      "このリンクは無効です。メールに記載されたリンクをもう一度ご確認ください。",
    );
  });
});
