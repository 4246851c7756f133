import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { createStaff } from "../support/account-kit";
import { latestEmail, withDatabase } from "../support/help-center-db";
import { signInStaff } from "./console-session";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.63" } });

const webURL = () => process.env.WEB_URL ?? "http://127.0.0.1:3100";
const tag = randomBytes(3).toString("hex");
const subscriber = `announce-watch-${tag}@example.jp`;

test.beforeAll(async () => {
  await withDatabase((client) =>
    client.query(
      `INSERT INTO status_subscription (id, email, locale, confirmed_at, unsubscribe_token_hash, created_at)
       VALUES (gen_random_uuid(), $1, 'ja', now(), $2, now())`,
      [subscriber, `e2e-announce-${tag}`],
    ),
  );
});

test.afterAll(async () => {
  await withDatabase((client) =>
    client.query(`DELETE FROM status_subscription WHERE email = $1`, [subscriber]),
  );
});

async function draft(page: Page, slug: string, title: string) {
  await page.goto("/announcements/new");
  await page.getByLabel("スラッグ（URL）").fill(slug);
  await page.getByLabel("タイトル（日本語）").fill(title);
  await page
    .getByRole("textbox", { name: "本文（日本語）" })
    .fill("年末年始の入出金の取り扱いについてお知らせいたします。");
  await page.getByRole("button", { name: "下書きを作成する" }).click();
  await expect(page).toHaveURL(/\/announcements\/[0-9a-f-]{36}$/);
  await expect(page.getByText("下書きです。ポータルには表示されていません。")).toBeVisible();
}

test("a lead publishes an announcement with the email: the portal shows it and the subscribers get it once", async ({
  page,
  baseURL,
}) => {
  const email = await createStaff("lead", "E2E お知らせ担当");
  await signInStaff(page.request, baseURL ?? "", { email, displayName: "E2E お知らせ担当" });
  const slug = `year-end-${tag}`;
  const title = `年末年始の入出金について（E2E ${tag}）`;
  await draft(page, slug, title);

  await page.getByLabel("購読者にメールで通知する").check();
  await page.getByRole("button", { name: "今すぐ公開する" }).click();
  await expect(page.getByText(/^公開しました。購読者 \d+ 件にメールを送信します。$/)).toBeVisible();
  await expect(page.getByTestId("announcement-notified")).toBeVisible();
  // Once sent, the box is gone: a second publish cannot email anyone twice.
  await expect(page.getByLabel("購読者にメールで通知する")).toHaveCount(0);

  const mail = await latestEmail(subscriber);
  expect(mail?.template).toBe("announcement_published");
  expect(mail?.data.title).toBe(title);
  expect(mail?.data.announcementUrl).toBe(`${webURL()}/announcements/${slug}`);

  const portal = await page.context().newPage();
  await portal.goto(`${webURL()}/announcements/${slug}`);
  await expect(portal.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("a scheduled announcement with the email reaches the subscribers when it goes up, not before", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const email = await createStaff("lead", "E2E お知らせ予約");
  await signInStaff(page.request, baseURL ?? "", { email, displayName: "E2E お知らせ予約" });
  const slug = `maintenance-notice-${tag}`;
  const title = `システムメンテナンスのお知らせ（E2E ${tag}）`;
  await draft(page, slug, title);

  await page.getByLabel("購読者にメールで通知する").check();
  await page.getByRole("button", { name: "この日時に公開する" }).click();
  await expect(page.getByText(/に公開し、購読者へメールで通知するよう予約しました。$/)).toBeVisible();
  await expect(page.getByTestId("announcement-notify-pending")).toHaveText(
    "公開時刻に購読者へメールで通知します。",
  );
  const before = await latestEmail(subscriber);
  expect(before?.data.title).not.toBe(title);

  // The time comes (moved forward here rather than waited for): the content scheduler emails them.
  await withDatabase((client) =>
    client.query(`UPDATE announcement SET published_at = now() - interval '1 second' WHERE slug = $1`, [
      slug,
    ]),
  );
  await expect.poll(async () => (await latestEmail(subscriber))?.data.title, { timeout: 30_000 }).toBe(title);
  await page.reload();
  await expect(page.getByTestId("announcement-notified")).toBeVisible();
  await expect(page.getByTestId("announcement-notify-pending")).toHaveCount(0);
});
