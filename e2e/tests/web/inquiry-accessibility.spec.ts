import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { createCustomer, signIn } from "../support/inquiry-db";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(" ")) }));
}

test("triage, the forms and the ticket pages pass axe, in both languages", async ({ page }) => {
  // Sixteen pages, each analyzed by axe.
  test.setTimeout(120_000);
  await page.goto("/contact/login/forgot_password/form");
  expect(await seriousViolations(page)).toEqual([]);

  const { email } = await createCustomer();
  await signIn(page.request, email);
  const paths = [
    "/contact",
    "/contact/security",
    "/contact/funds/crypto_withdrawal_pending",
    "/contact/funds/crypto_withdrawal_pending/form",
    "/contact/funds/wrong_address/form",
    "/inquiries",
    "/inquiries/guest",
  ];
  for (const path of paths.flatMap((p) => [p, `/en${p}`])) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
  }

  await page.goto("/contact/other/how_to/form");
  await page.getByLabel("お問い合わせ内容").fill("画面の見方について教えてください。");
  await page.getByRole("button", { name: "送信する" }).click();
  await page.getByRole("link", { name: "お問い合わせの内容を見る" }).click();
  await expect(page.getByTestId("ticket-number")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
