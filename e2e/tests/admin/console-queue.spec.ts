import { expect, request as playwrightRequest, test } from "@playwright/test";
import { createStaff, customerInquiryWithSlip, signInStaff, type TestStaff } from "./console-session";

const ADMIN_URL = process.env.ADMIN_URL ?? "http://127.0.0.1:3101";
const WEB_URL = process.env.WEB_URL ?? "http://127.0.0.1:3100";

test.describe("a day in 入出金サポート", () => {
  test.describe.configure({ mode: "serial" });
  let agent: TestStaff;
  let lead: TestStaff;
  let number: string;
  const subject = `入金が反映されません（E2E ${Date.now()}）`;

  test.beforeAll(async () => {
    agent = await createStaff({ role: "agent", team: "funds", displayName: "E2E 担当" });
    lead = await createStaff({ role: "lead", team: "funds", displayName: "E2E リーダー" });
    const customer = await playwrightRequest.newContext();
    try {
      number = await customerInquiryWithSlip(customer, {
        webURL: WEB_URL,
        subject,
        fileName: "振込明細.png",
      });
    } finally {
      await customer.dispose();
    }
  });

  test("an agent takes the next ticket, reads the slip and replies with a macro, waiting on the customer", async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await signInStaff(page.request, ADMIN_URL, agent);
    await page.goto("/queues/funds");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("入出金サポート");
    const row = page.getByTestId("queue-row").filter({ hasText: subject });
    await expect(row.getByTestId("sla")).toHaveAttribute("data-state", "breached");
    await expect(page.getByTestId("queue-keys")).toContainText("次を引き受ける");

    await page.keyboard.press("t");
    await expect(page).toHaveURL(new RegExp(`/tickets/${number}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);

    const slip = page.getByRole("img", { name: "添付画像: 振込明細.png" });
    await expect(slip).toBeVisible();
    await expect.poll(() => slip.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
    const file = await page.request.get((await slip.getAttribute("src")) ?? "");
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/png");
    expect(file.headers()["x-content-type-options"]).toBe("nosniff");

    await page.keyboard.press("r");
    await expect(page.getByLabel("お客様への返信（メールでお知らせします）")).toBeFocused();
    await page.getByLabel("定型文").selectOption({ label: "振込明細のご提出のお願い" });
    await expect(page.getByLabel("送信後のステータス")).toHaveValue("waiting_on_customer");
    await page.getByRole("button", { name: "送信して「お客様の返信待ち」にする" }).click();

    await expect(page.getByText("お客様に返信しました。")).toBeVisible();
    await expect(page.getByTestId("ticket-status")).toHaveText("お客様の返信待ち");
    const reply = page.getByTestId("public-message").last();
    await expect(reply).toContainText("山田 花子様");
    await expect(reply).toContainText(`受付番号 ${number}`);
    await expect(page.getByText(`担当：${agent.displayName}`)).toBeVisible();
  });

  test("a reply asking for a password is flagged before it can be sent", async ({ page }) => {
    await signInStaff(
      page.request,
      ADMIN_URL,
      await createStaff({ role: "agent", team: "funds", displayName: "E2E 確認" }),
    );
    await page.goto(`/tickets/${number}`);
    await page.keyboard.press("r");
    await page
      .getByLabel("お客様への返信（メールでお知らせします）")
      .fill("確認のため、ログインパスワードを教えてください。");
    await expect(page.getByTestId("secret-request-warning")).toContainText("パスワード");
    await expect(page.getByRole("button", { name: "送信", exact: true })).toBeDisabled();
  });

  test("a lead reassigns the ticket to another agent of the window", async ({ page }) => {
    await signInStaff(page.request, ADMIN_URL, lead);
    await page.goto(`/tickets/${number}`);
    await expect(page.getByText(`担当：${agent.displayName}`)).toBeVisible();
    await page.getByLabel("担当者").selectOption({ label: "山本 さくら" });
    await page.getByRole("button", { name: "保存" }).first().click();
    await expect(page.getByText("担当：山本 さくら")).toBeVisible();
    await expect(page.getByText(`担当者を設定しました（${lead.displayName}）`)).toBeVisible();
  });
});
