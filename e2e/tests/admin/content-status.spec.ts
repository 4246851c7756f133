import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createStaff } from "../support/account-kit";
import { latestEmail, withDatabase } from "../support/help-center-db";
import { signInStaff } from "./console-session";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.62" } });

const webURL = () => process.env.WEB_URL ?? "http://127.0.0.1:3100";
const tag = randomBytes(3).toString("hex");
const title = `取引画面の表示遅延（E2E ${tag}）`;
const subscriber = `status-watch-${tag}@example.jp`;
const maintenanceTitle = `API の定期メンテナンス（E2E ${tag}）`;

test.afterAll(async () => {
  // Whatever happened above, no incident of this spec stays open for the portal's other specs.
  await withDatabase((client) =>
    client.query(
      `UPDATE incident SET status = 'resolved', resolved_at = now() WHERE title_ja = $1 AND status <> 'resolved'`,
      [title],
    ),
  );
  await withDatabase((client) =>
    client.query(
      `UPDATE incident SET status = 'cancelled', resolved_at = now() WHERE title_ja = $1 AND status = 'scheduled'`,
      [maintenanceTitle],
    ),
  );
});

test("a lead opens an incident, the status page and the banner show it, an update follows, and resolving it ends it for everyone", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await withDatabase((client) =>
    client.query(
      `INSERT INTO status_subscription (id, email, locale, confirmed_at, unsubscribe_token_hash, created_at)
       VALUES (gen_random_uuid(), $1, 'ja', now(), $2, now())`,
      [subscriber, `e2e-${tag}`],
    ),
  );
  const email = await createStaff("lead", "E2E 障害担当");
  await signInStaff(page.request, baseURL ?? "", { email, displayName: "E2E 障害担当" });

  await page.goto("/status");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ステータス管理");
  const form = page.getByRole("form", { name: "障害を登録する" });
  await form.getByLabel("件名（日本語）").fill(title);
  await form.getByLabel("件名（英語、任意）").fill(`Slow trading screen (E2E ${tag})`);
  await form.getByLabel("取引所・販売所").selectOption("degraded");
  await form
    .getByLabel("お客さまへのお知らせ（日本語）")
    .fill("取引画面の表示に時間がかかっております。原因を調査しております。");
  await form.getByRole("button", { name: "障害を登録して公開する" }).click();
  await expect(page).toHaveURL(/\/status\/incidents\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // The console revalidated the portal: its pages show the incident on their next visit.
  const portal = await page.context().newPage();
  await portal.goto(`${webURL()}/status`);
  const active = portal.getByTestId("active-incidents");
  await expect(
    active.getByRole("heading", { name: new RegExp(title.replace(/[()]/g, "\\$&")) }),
  ).toBeVisible();
  await expect(active).toContainText("原因を調査しております。");
  await expect(portal.locator('[data-component="trading"]')).toHaveAttribute("data-state", "degraded");
  await portal.goto(`${webURL()}/guide`);
  await expect(portal.getByTestId("incident-banner")).toContainText(title);
  expect((await latestEmail(subscriber))?.data.status).toBe("調査中");

  await page.getByLabel("状況").selectOption("identified");
  await page
    .getByLabel("お客さまへのお知らせ（日本語）")
    .fill("原因を特定しました。復旧作業を進めております。");
  await page.getByRole("button", { name: "更新を投稿する" }).click();
  await expect(page.getByTestId("incident-timeline")).toContainText("原因を特定しました。");
  await portal.goto(`${webURL()}/status`);
  await expect(portal.getByTestId("active-incidents")).toContainText("原因を特定しました。");

  await page.getByLabel("状況").selectOption("resolved");
  await page.getByLabel("お客さまへのお知らせ（日本語）").fill("復旧いたしました。ご不便をおかけしました。");
  await page.getByRole("button", { name: "解決済みにする" }).click();
  await expect(page.getByText("この障害は終了しています。")).toBeVisible();

  await portal.goto(`${webURL()}/status`);
  await expect(portal.getByTestId("past-incidents")).toContainText(title);
  await expect(portal.getByTestId("active-incidents").getByText(title)).toHaveCount(0);
  await portal.goto(`${webURL()}/guide`);
  await expect(portal.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(portal.getByTestId("incident-banner")).toHaveCount(0);
  expect((await latestEmail(subscriber))?.data.status).toBe("解決済み");
});

test("a lead calls off a scheduled maintenance: the status page lists it as cancelled, no longer upcoming", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const email = await createStaff("lead", "E2E メンテナンス担当");
  await signInStaff(page.request, baseURL ?? "", { email, displayName: "E2E メンテナンス担当" });

  await page.goto("/status");
  const form = page.getByRole("form", { name: "メンテナンスを予約する" });
  await form.getByLabel("件名（日本語）").fill(maintenanceTitle);
  await form.getByLabel("API", { exact: true }).selectOption("maintenance");
  await form.getByLabel("お客さまへのお知らせ（日本語）").fill("API を一時停止いたします。");
  await form.getByRole("button", { name: "メンテナンスを予約して公開する" }).click();
  await expect(page).toHaveURL(/\/status\/incidents\/[0-9a-f-]{36}$/);

  const portal = await page.context().newPage();
  await portal.goto(`${webURL()}/status`);
  await expect(portal.getByTestId("upcoming-maintenance")).toContainText(maintenanceTitle);

  await page.getByLabel("状況").selectOption("cancelled");
  await page
    .getByLabel("お客さまへのお知らせ（日本語）")
    .fill("作業計画の見直しのため、メンテナンスを中止いたします。");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "メンテナンスを中止する" }).click();
  await expect(page.getByText("このメンテナンスは終了しています。")).toBeVisible();

  await portal.goto(`${webURL()}/status`);
  const cancelled = portal
    .getByTestId("past-incidents")
    .locator('[data-status="cancelled"]')
    .filter({ hasText: maintenanceTitle });
  await expect(cancelled).toContainText("中止");
  await expect(cancelled).toContainText("メンテナンスを中止いたします。");
  await expect(portal.getByTestId("upcoming-maintenance").getByText(maintenanceTitle)).toHaveCount(0);
});
