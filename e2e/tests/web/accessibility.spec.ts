import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/** Every public page, in both languages. */
const pages = [
  "/",
  "/search?q=%E5%87%BA%E9%87%91",
  "/search?q=zzqxvw",
  "/categories/deposits-withdrawals",
  "/articles/reset-password",
  "/articles/withdrawal-limits",
  "/guide",
  "/status",
  "/announcements",
  "/announcements/phishing-warning",
  "/contact?type=security",
  "/status/subscription/confirm?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  "/status/unsubscribe?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  "/no-such-page",
].flatMap((path) => [path, path === "/" ? "/en" : `/en${path}`]);

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(" ")) }));
}

for (const path of pages) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const path of [
    "/",
    "/articles/reset-password",
    "/guide",
    "/status",
    "/en/search?q=password",
    "/categories/trading",
  ]) {
    test(`${path} fits the screen and passes axe`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("h1")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
