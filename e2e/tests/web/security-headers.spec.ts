import { expect, test } from "@playwright/test";
import { createCustomer, signIn } from "../support/inquiry-db";
import {
  executableScriptNonces,
  expectPageHeaders,
  nonceOf,
  recordViolations,
} from "../support/security-headers";

/**
 * The portal's security headers. Help-center pages are prerendered and served from the cache, so
 * their policy admits inline scripts instead of a nonce; every page rendered per request gets a
 * nonce of its own that Next puts on each of its scripts (see src/proxy.ts).
 */

/** One page of each kind the proxy treats as prerendered. */
const prerenderedPages = [
  "/",
  "/articles/reset-password",
  "/categories/trading",
  "/announcements",
  "/announcements/phishing-warning",
  "/status",
  "/en/guide",
  "/sign-up",
  "/forgot-password",
  "/inquiries/guest",
];

test("help-center pages stay prerendered, under the policy that needs no nonce", async ({ request }) => {
  for (const path of prerenderedPages) {
    await request.get(path); // a first visit renders the page into the cache
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-nextjs-cache"], `${path} comes from the cache`).toMatch(/^(HIT|STALE)$/);
    const policy = expectPageHeaders(response.headers(), path);
    expect(policy.get("script-src"), path).toEqual(["'self'", "'unsafe-inline'"]);
    expect(nonceOf(response.headers()["content-security-policy"]), path).toBeUndefined();
  }
});

test("pages rendered per request get a fresh nonce, on every script", async ({ page, request }) => {
  const { email } = await createCustomer();
  await signIn(page.request, email);
  const pages = [
    { path: "/sign-in", as: request },
    { path: "/contact", as: request },
    { path: "/search?q=パスワード", as: request },
    { path: "/account", as: page.request },
  ];
  for (const { path, as } of pages) {
    const first = await as.get(path, { maxRedirects: 0 });
    const second = await as.get(path, { maxRedirects: 0 });
    expect(first.status(), path).toBe(200);
    const policy = expectPageHeaders(first.headers(), path);
    const nonce = nonceOf(first.headers()["content-security-policy"]);
    expect(nonce, path).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(policy.get("script-src"), path).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(nonceOf(second.headers()["content-security-policy"]), path).not.toBe(nonce);
    const scripts = executableScriptNonces(await first.text());
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(scripts, `${path}: every script carries the nonce`).toEqual(scripts.map(() => nonce));
  }
});

test("the home page and an article hydrate with no violation: suggestions appear, JSON-LD stays data", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await page.goto("/");
  await page.getByRole("combobox", { name: "ヘルプセンターを検索" }).fill("パスワード忘れた");
  await expect(page.getByRole("listbox", { name: "検索候補" }).getByRole("option").first()).toBeVisible();

  await page.goto("/articles/reset-password");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("パスワードを忘れた場合の再設定方法");
  expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test("sign-in, account and the contact form hydrate under the nonce policy with no violation", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "サインインする" }).click();
  await expect(page.getByText("メールアドレスを入力してください。")).toBeVisible();

  const { email } = await createCustomer();
  await signIn(page.request, email);
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/contact/other/service_question/form");
  await page.getByLabel("お問い合わせ内容").fill("ログインできません。認証コードは 482913 です。");
  await expect(page.getByTestId("secret-warning")).toContainText("認証コードのような数字が含まれています");
  expect(violations).toEqual([]);
});

test("the status feeds and route handlers keep working, outside the page policy", async ({ request }) => {
  const feed = await request.get("/status/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toMatch(/xml/);
  expect(feed.headers()["x-content-type-options"]).toBe("nosniff");
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(health.headers()["x-frame-options"]).toBe("DENY");
  expect(health.headers()["content-security-policy"]).toBeUndefined();
});
