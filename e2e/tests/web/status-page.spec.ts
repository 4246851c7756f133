import { expect, test } from "@playwright/test";
import { latestEmail, openIncident, resolveIncident, revalidateSite } from "../support/help-center-db";

test.describe("an active incident", () => {
  let incidentId: string | null = null;

  test.beforeEach(async ({ request }) => {
    incidentId = await openIncident({
      titleJa: "暗号資産の送金遅延（E2E）",
      titleEn: "Delayed crypto transfers (E2E)",
      component: "crypto_transfer",
      state: "partial_outage",
      updateJa: "一部の暗号資産の送金が遅れています。原因を調査しております。",
      updateEn: "Some crypto transfers are delayed. We are investigating.",
    });
    await revalidateSite(request);
  });

  test.afterEach(async ({ request }) => {
    if (incidentId) await resolveIncident(incidentId);
    await revalidateSite(request);
  });

  test("shows on the status page with its component, timeline and feed", async ({ page, request }) => {
    await page.goto("/status");
    await expect(page.getByTestId("status-overall")).toHaveText("一部のサービスで障害が発生しています。");
    const component = page.locator('[data-component="crypto_transfer"]');
    await expect(component).toHaveAttribute("data-state", "partial_outage");
    await expect(component).toContainText("一部障害");
    const active = page.getByTestId("active-incidents");
    await expect(active.getByRole("heading", { name: /暗号資産の送金遅延（E2E）/ })).toBeVisible();
    await expect(active).toContainText("一部の暗号資産の送金が遅れています。原因を調査しております。");
    await expect(active).toContainText("調査中");
    await expect(page.getByTestId("past-incidents")).toContainText("日本円入金（銀行振込）の反映遅延");
    await expect(page.getByTestId("upcoming-maintenance")).toContainText(
      "定期メンテナンスのお知らせ（全サービス）",
    );

    const rss = await request.get("/status/feed.xml");
    expect(rss.headers()["content-type"]).toContain("application/rss+xml");
    expect(await rss.text()).toContain("暗号資産の送金遅延（E2E）");
    const atom = await request.get("/en/status/feed.atom");
    expect(atom.headers()["content-type"]).toContain("application/atom+xml");
    const atomText = await atom.text();
    expect(atomText).toContain("Delayed crypto transfers (E2E)");
    expect(atomText).toContain("Delayed JPY bank-transfer deposits");
  });

  test("puts the banner on every page, in the page's language", async ({ page }) => {
    for (const path of [
      "/",
      "/guide",
      "/articles/crypto-withdrawal-pending",
      "/categories/trading",
      "/announcements",
      "/search?q=出金",
    ]) {
      await page.goto(path);
      const banner = page.getByTestId("incident-banner");
      await expect(banner, path).toContainText("暗号資産の送金遅延（E2E）");
      await expect(banner.getByRole("link", { name: "稼働状況を見る" })).toHaveAttribute("href", "/status");
    }
    await page.goto("/en/articles/reset-password");
    await expect(page.getByTestId("incident-banner")).toContainText("Delayed crypto transfers (E2E)");
  });

  test("the banner goes away once the incident is resolved", async ({ page, request }) => {
    if (incidentId) await resolveIncident(incidentId);
    await revalidateSite(request);
    await page.goto("/guide");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("incident-banner")).toHaveCount(0);
    await page.goto("/status");
    await expect(page.getByTestId("past-incidents")).toContainText("暗号資産の送金遅延（E2E）");
  });
});

test("email subscription: double opt-in, then one-click unsubscribe", async ({ page, request }) => {
  const email = `status-${Date.now()}@example.jp`;
  await page.goto("/status");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByTestId("subscribe-result")).toHaveText(
    "確認メールをお送りしました。メールに記載のリンクを開いて、登録を完了してください。",
  );

  const mail = await latestEmail(email);
  expect(mail?.template).toBe("status_subscription_confirm");
  const confirm = new URL(mail?.data.confirmUrl ?? "");
  const unsubscribe = new URL(mail?.data.unsubscribeUrl ?? "");
  await page.goto(`${confirm.pathname}${confirm.search}`);
  await page.getByRole("button", { name: "登録を完了する" }).click();
  await expect(page.getByTestId("token-result")).toHaveText(
    "登録が完了しました。障害やメンテナンスの情報をメールでお知らせします。",
  );

  await page.goto(`${unsubscribe.pathname}${unsubscribe.search}`);
  await page.getByRole("button", { name: "通知を解除する" }).click();
  await expect(page.getByTestId("token-result")).toHaveText(
    "メール通知を解除しました。ご利用ありがとうございました。",
  );

  // A mail client's one-click unsubscribe (RFC 8058) posts to the same link: already gone.
  const oneClick = await request.post(`${unsubscribe.pathname}${unsubscribe.search}`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(oneClick.status()).toBe(200);
  expect(await oneClick.text()).toBe("not subscribed");
});
