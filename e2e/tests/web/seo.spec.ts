import { expect, test } from "@playwright/test";
import { publishArticle } from "../support/help-center-db";

test("sitemap.xml lists every public page with its languages; robots.txt points to it", async ({
  request,
}) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toMatch(/<loc>[^<]*\/articles\/reset-password<\/loc>/);
  expect(xml).toMatch(/<loc>[^<]*\/en\/articles\/reset-password<\/loc>/);
  expect(xml).toMatch(/<loc>[^<]*\/articles\/withdrawal-limits<\/loc>/);
  expect(xml).not.toMatch(/\/en\/articles\/withdrawal-limits<\/loc>/);
  expect(xml).toContain('hreflang="en"');
  expect(xml).toMatch(/<loc>[^<]*\/status<\/loc>/);

  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("an article has its metadata, canonical, hreflang and Article JSON-LD", async ({ page }) => {
  await page.goto("/articles/reset-password");
  await expect(page).toHaveTitle("パスワードを忘れた場合の再設定方法 | ミライコイン ヘルプセンター");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /パスワード/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/articles\/reset-password$/);
  await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveCount(1);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({
    "@type": "Article",
    headline: "パスワードを忘れた場合の再設定方法",
    inLanguage: "ja",
  });

  await page.goto("/categories/login-account");
  const faq = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(faq["@type"]).toBe("FAQPage");
  expect(faq.mainEntity.length).toBeGreaterThan(3);
});

test("markdown is rendered safely: headings with anchors, a table of contents, no raw HTML", async ({
  page,
}) => {
  await page.goto("/articles/reset-password");
  const toc = page.getByRole("navigation", { name: "目次" });
  await expect(toc.getByRole("link")).toHaveCount(4);
  const firstHeading = page.locator(".article-body h2").first();
  const id = await firstHeading.getAttribute("id");
  expect(id).toBeTruthy();
  await expect(firstHeading.getByRole("link")).toHaveAttribute("href", `#${id}`);
  await expect(page.locator(".article-body script, .article-body iframe")).toHaveCount(0);
  await expect(page.locator(".article-body a[href='/articles/change-email-address']")).toHaveCount(1);
  await page.goto("/en/articles/reset-password");
  await expect(page.locator(".article-body a[href='/en/articles/change-email-address']")).toHaveCount(1);
});

test("an article's Markdown cannot inject HTML or unsafe links", async ({ page }) => {
  await publishArticle({
    slug: "e2e-unsafe-markdown",
    category: "service-general",
    title: "安全でないMarkdownの表示確認",
    body: [
      "## 見出し",
      '<script>window.__injected = true</script><img src="x" onerror="window.__injected = true">',
      "[スクリプト](javascript:window.__injected=true) [平文](http://example.com/plain) [暗号化](https://example.com/tls) [メール](mailto:support@example.jp) [記事](/articles/reset-password)",
      "",
      "| 列 | 値 |",
      "| --- | --- |",
      "| 上限 | 100万円 |",
    ].join("\n"),
  });
  await page.goto("/articles/e2e-unsafe-markdown");
  const body = page.locator(".article-body");
  await expect(body.getByRole("heading", { name: /見出し/ })).toBeVisible();
  await expect(body.locator("script, img")).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as typeof window & { __injected?: boolean }).__injected),
  ).toBeUndefined();
  await expect(body.getByText("スクリプト")).not.toHaveAttribute("href", /./);
  await expect(body.getByText("平文")).not.toHaveAttribute("href", /./);
  await expect(body.getByRole("link", { name: "暗号化" })).toHaveAttribute("href", "https://example.com/tls");
  await expect(body.getByRole("link", { name: "メール" })).toHaveAttribute(
    "href",
    "mailto:support@example.jp",
  );
  await expect(body.getByRole("link", { name: "記事" })).toHaveAttribute("href", "/articles/reset-password");
  await expect(body.getByRole("region", { name: "表" }).getByRole("table")).toBeVisible();
});
