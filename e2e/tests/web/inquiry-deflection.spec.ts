import { expect, test } from "@playwright/test";
import { deflectionCount } from "../support/inquiry-db";

test("self-help that solves the problem ends the flow and counts as deflected", async ({ page }) => {
  const before = await deflectionCount("other", "service_question");
  await page.goto("/contact?type=other");
  await expect(page.locator('[data-trouble-type="other"]')).toHaveAttribute("data-selected", "true");
  await page.getByTestId("subtype-list").getByRole("link", { name: "サービスに関する質問" }).click();
  await expect(page.getByTestId("self-help-articles").getByRole("link").first()).toBeVisible();
  await page.getByRole("button", { name: "解決しました" }).click();
  await expect(page.getByTestId("deflected")).toContainText("解決してよかったです");
  await expect(page.getByRole("link", { name: "解決しないので問い合わせる" })).toHaveCount(0);
  await expect.poll(() => deflectionCount("other", "service_question")).toBe(before + 1);
});
