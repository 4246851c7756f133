import { expect, test } from "@playwright/test";
import { latestCode, staffReply, ticketFacts } from "../support/inquiry-db";

test("login trouble is filed without signing in, proven by an emailed code, and followed up the same way", async ({
  page,
}) => {
  await page.goto("/contact");
  await page.getByRole("link", { name: "ログインに関するトラブル", exact: true }).click();
  await page.getByRole("link", { name: "パスワードを忘れた", exact: true }).click();
  await expect(page.getByTestId("self-help-articles")).toBeVisible();
  await page.getByRole("link", { name: "解決しないので問い合わせる" }).click();

  await page.getByLabel("ご登録のメールアドレス").fill("kenji@example.jp");
  await page.getByRole("button", { name: "確認コードを送る" }).click();
  await expect(page.getByTestId("code-sent")).toContainText(
    "kenji@example.jp あてに確認コードをお送りしました",
  );
  await expect(page.getByTestId("code-sent")).toContainText("ご登録の有無にかかわらず");

  const form = page.getByTestId("inquiry-form");
  await expect(form.getByLabel("ご登録のメールアドレス")).toHaveValue("kenji@example.jp");
  await form.getByLabel("お名前（ご登録の氏名）").fill("松本 健司");
  await form.getByLabel("生年月日").fill("1978-07-21");
  await form
    .getByLabel("お問い合わせ内容")
    .fill("パスワードを忘れ、再設定のメールも届かずログインできません。");
  await form
    .getByLabel("確認コード（6桁）")
    .fill("000000" === (await latestCode("kenji@example.jp")) ? "111111" : "000000");
  await form.getByRole("button", { name: "送信する" }).click();
  await expect(form.locator("#field-code-error")).toHaveText(
    "確認コードが正しくないか、有効期限が切れています。",
  );

  await form.getByLabel("確認コード（6桁）").fill(await latestCode("kenji@example.jp"));
  await form.getByRole("button", { name: "送信する" }).click();
  await expect(page).toHaveURL(/\/contact\/done\?form=/);
  await expect(page.getByTestId("inquiry-receipt")).toContainText("カスタマーサポート");
  const number = (await page.getByTestId("ticket-number").textContent()) ?? "";
  expect(await ticketFacts(number)).toMatchObject({
    customer_id: null,
    identity_check: "pending",
    team: "general",
  });

  await staffReply(number, "ご本人確認のため、ご登録の電話番号の下4桁をお知らせください。");
  await page.getByRole("link", { name: "サインインせずに送ったお問い合わせについて" }).click();
  await page.getByLabel("お問い合わせ時のメールアドレス").fill("kenji@example.jp");
  await page.getByLabel("お問い合わせ番号").fill(number);
  await page.getByRole("button", { name: "確認コードを送る" }).click();
  await expect(page.getByTestId("guest-code-form")).toContainText("確認コードをお送りしました");
  await page.getByLabel("確認コード（6桁）").fill(await latestCode("kenji@example.jp"));
  await page.getByRole("button", { name: "お問い合わせを表示する" }).click();

  await expect(page.getByTestId("ticket-number")).toHaveText(number);
  await expect(page.getByTestId("conversation")).toContainText("ご登録の電話番号の下4桁");
  await page.getByLabel("返信の内容").fill("下4桁は 1234 です。");
  await page.getByRole("button", { name: "返信を送る" }).click();
  await expect(page.getByRole("status")).toContainText("返信を送信しました。");
  await expect(page.getByTestId("conversation")).toContainText("下4桁は 1234 です。");
});

test("every other trouble type asks to sign in before the form", async ({ page }) => {
  await page.goto("/contact/trading/order_not_filled/form");
  await expect(page.getByTestId("sign-in-required")).toContainText("サインインが必要です");
  await expect(page.getByTestId("inquiry-form")).toHaveCount(0);
});
