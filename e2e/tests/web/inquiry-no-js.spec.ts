import { expect, test } from "@playwright/test";
import { createCustomer, signIn } from "../support/inquiry-db";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts as plain multipart, comes back with the error next to the field, then files", async ({
    page,
  }) => {
    const { email } = await createCustomer();
    await signIn(page.request, email);
    await page.goto("/contact/trading/order_not_filled/form");
    const jst = new Date(Date.now() - 2 * 60 * 60 * 1000 + 9 * 60 * 60 * 1000).toISOString().slice(0, 16);
    await page.getByLabel("取引ID（注文番号）").fill("ORD-0012345");
    await page.getByLabel("注文日時").fill(jst);
    await page.getByLabel("金額・数量").fill("1e5");
    await page.getByLabel("お問い合わせ内容").fill("成行注文が約定せず、そのまま残っています。");
    await page.getByRole("button", { name: "送信する" }).click();

    await expect(page).toHaveURL(/\/contact\/trading\/order_not_filled\/form\?form=/);
    await expect(page.locator("#field-amount-error")).toHaveText(
      "指数表記（1e-5 など）は使えません。0.00001 のように入力してください。",
    );
    await expect(page.getByLabel("取引ID（注文番号）")).toHaveValue("ORD-0012345");
    await expect(page.getByLabel("お問い合わせ内容")).toHaveValue(
      "成行注文が約定せず、そのまま残っています。",
    );
    await page.getByLabel("金額・数量").fill("100000");
    await page.getByRole("button", { name: "送信する" }).click();
    await expect(page).toHaveURL(/\/contact\/done\?form=/);
    await expect(page.getByTestId("inquiry-receipt")).toContainText("取引サポート");
  });
});
