import { expect, test } from "@playwright/test";

/**
 * The article page ships only the JavaScript its interactive parts need: React and the Next.js
 * runtime every page shares, the feedback form and the language switch. This budget is the
 * README's figure with some headroom; a dependency pulled into the client by mistake (a
 * schema library, the dictionaries, the tRPC client) breaks it.
 */
const ARTICLE_JS_BUDGET = 150 * 1024;

test("the article page stays within its JavaScript budget", async ({ page }) => {
  const scripts: Promise<number>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script")
      scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
  });
  await page.goto("/articles/reset-password", { waitUntil: "networkidle" });
  const total = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
  test.info().annotations.push({ type: "article JS (bytes transferred)", description: String(total) });
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(ARTICLE_JS_BUDGET);
});

test("the article page does not shift while the web font loads", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as typeof window & { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("/articles/reset-password");
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  const cls = await page.evaluate(() => (window as typeof window & { __cls: number }).__cls);
  expect(cls).toBeLessThan(0.1);
});
