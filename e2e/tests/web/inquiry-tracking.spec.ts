import { expect, test } from "@playwright/test";
import { createCustomer, resolvedDaysAgo, signIn, staffReply } from "../support/inquiry-db";

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");

test("a customer reads a staff reply, replies with an attachment, closes, reopens, rates and follows up", async ({
  page,
  browser,
}) => {
  const { email } = await createCustomer();
  await signIn(page.request, email);
  await page.goto("/contact/other/service_question/form");
  await page.getByLabel("お問い合わせ内容").fill("本人確認書類の再提出の方法を教えてください。");
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page).toHaveURL(/\/contact\/done\?form=/);
  const number = (await page.getByTestId("ticket-number").textContent()) ?? "";

  await staffReply(
    number,
    "再提出はアプリの「本人確認」から行えます。画面の写真をお送りいただけますか。",
    "waiting_on_customer",
  );
  await page.goto(`/inquiries?status=waiting_on_customer`);
  await page.getByTestId("inquiry-list").getByRole("link", { name: number }).click();
  await expect(page.getByTestId("ticket-status")).toHaveText("お客様のご返信待ち");
  await expect(page.getByTestId("conversation")).toContainText("再提出はアプリの「本人確認」から行えます。");
  await expect(page.getByTestId("ticket-timeline")).toContainText("担当者が回答しました");

  await page.getByLabel("返信の内容").fill("画面の写真を添付します。");
  await page
    .getByLabel(/^添付ファイル/)
    .setInputFiles({ name: "本人確認.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "返信を送る" }).click();
  await expect(page.getByRole("status").filter({ hasText: "返信を送信しました。" })).toBeVisible();
  await expect(page.getByTestId("ticket-status")).toHaveText("対応中");
  const link = page.getByTestId("conversation").getByRole("link", { name: "本人確認.png" });
  const href = (await link.getAttribute("href")) ?? "";
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");

  const other = await browser.newContext();
  try {
    const stranger = await createCustomer();
    await signIn(other.request, stranger.email);
    expect((await other.request.get(href)).status()).toBe(404);
    const theirs = await other.newPage();
    const response = await theirs.goto(`/inquiries/${number}`);
    expect(response?.status()).toBe(404);
  } finally {
    await other.close();
  }

  await page.getByRole("button", { name: "解決したので終了する" }).click();
  await expect(page.getByTestId("ticket-status")).toHaveText("解決済み");
  await page.getByRole("button", { name: "お問い合わせを再開する" }).click();
  await expect(page.getByTestId("ticket-status")).toHaveText("対応中");
  await expect(page.getByTestId("ticket-timeline")).toContainText("お問い合わせを再開しました");

  await staffReply(number, "ご提出を確認しました。", "resolved");
  await page.reload();
  const csat = page.getByTestId("csat-form");
  await csat.getByLabel("5 満足").check();
  await csat.getByLabel("ご意見（任意）").fill("丁寧でした");
  await csat.getByRole("button", { name: "評価を送る" }).click();
  await expect(page.getByTestId("csat-thanks")).toHaveText("ご評価（5）ありがとうございました。");

  await resolvedDaysAgo(number, 20);
  await page.reload();
  await expect(page.getByRole("button", { name: "お問い合わせを再開する" })).toHaveCount(0);
  await expect(page.getByTestId("reopen-passed")).toContainText("14日を過ぎたため");
  await page.getByRole("link", { name: "このお問い合わせの続きとして問い合わせる" }).click();
  await expect(page.getByText(`お問い合わせ番号 ${number} の続きとして送られます`)).toBeVisible();
  await page.getByLabel("お問い合わせ内容").fill("前回の件で、もう一度確認したいことがあります。");
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page).toHaveURL(/\/contact\/done\?form=/);
  await page.getByRole("link", { name: "お問い合わせの内容を見る" }).click();
  const fields = page.getByRole("region", { name: "お問い合わせ時の入力内容" });
  await expect(fields).toContainText("関連するお問い合わせ");
  await expect(fields).toContainText(number);
});
