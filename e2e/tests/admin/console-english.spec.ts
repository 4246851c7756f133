import { expect, request as playwrightRequest, test } from "@playwright/test";
import { Authenticator } from "../support/account-kit";
import { createStaff, customerInquiryWithSlip, type TestStaff } from "./console-session";

const WEB_URL = process.env.WEB_URL ?? "http://127.0.0.1:3100";
const DEMO_PASSWORD = "madoguchi-demo-2026";

// Sign-ins are throttled per client address: this spec has an address of its own.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.61" } });

test.describe("the console in English", () => {
  let agent: TestStaff;
  let number: string;
  const subject = `Deposit not credited (E2E ${Date.now()})`;

  test.beforeAll(async () => {
    agent = await createStaff({ role: "agent", team: "funds", displayName: "E2E English" });
    const customer = await playwrightRequest.newContext();
    try {
      number = await customerInquiryWithSlip(customer, { webURL: WEB_URL, subject, fileName: "slip.png" });
    } finally {
      await customer.dispose();
    }
  });

  test("an agent switches to English before signing in, works a ticket in English, then switches back", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("サインイン");
    const language = page.getByTestId("locale-switch");
    await expect(language.getByRole("button", { name: "日本語" })).toHaveAttribute("aria-pressed", "true");

    await language.getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle(/Staff console/);
    const cookie = (await page.context().cookies()).find((c) => c.name === "console-locale");
    expect(cookie).toMatchObject({ value: "en", httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie?.expires ?? 0).toBeGreaterThan(Date.now() / 1000 + 300 * 24 * 60 * 60);

    await page.getByLabel("Email address").fill(agent.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/enroll-2fa$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up two-factor authentication");
    const app = new Authenticator((await page.getByTestId("manual-key").textContent()) ?? "");
    await page.getByLabel("Verification code (6 digits)").fill(await app.nextCode());
    await page.getByRole("button", { name: "Finish setup" }).click();
    await expect(page.getByRole("heading", { name: "Recovery codes" })).toBeVisible();

    await page.goto("/queues/funds");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deposits & withdrawals");
    await expect(
      page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Queues" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Take the next ticket" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Subject" })).toBeVisible();
    const row = page.getByTestId("queue-row").filter({ hasText: subject });
    await expect(row).toContainText("New");
    await expect(row).toContainText("Urgent");
    await expect(row.getByTestId("sla")).toContainText("overdue");

    await row.getByRole("link", { name: subject }).click();
    await expect(page).toHaveURL(new RegExp(`/tickets/${number}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
    await expect(page.getByTestId("ticket-status")).toHaveText("New");
    await expect(page.getByRole("heading", { name: "Conversation" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Attached image: slip.png" })).toBeVisible();
    await expect(page.getByLabel("Reply to the customer (sent by email)")).toBeVisible();
    await expect(page.getByRole("button", { name: "Assign to me" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "History" })).toBeVisible();

    await page.getByRole("button", { name: "Assign to me" }).click();
    await expect(page.getByText(`Assignee: ${agent.displayName}`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "History" }).locator("..")).toContainText("Assignee set");

    await page.getByTestId("locale-switch").getByRole("button", { name: "日本語" }).click();
    await expect(page).toHaveURL(new RegExp(`/tickets/${number}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByTestId("ticket-status")).toHaveText("新規");
    await expect(page.getByText(`担当：${agent.displayName}`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "経緯" }).locator("..")).toContainText(
      "担当者を設定しました",
    );
    await expect(
      page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "キュー" }),
    ).toBeVisible();
  });
});
