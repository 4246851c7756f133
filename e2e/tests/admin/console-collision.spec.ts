import { expect, test } from "@playwright/test";
import { createStaff, signInStaff } from "./console-session";
import { withDatabase } from "../support/help-center-db";

const ADMIN_URL = process.env.ADMIN_URL ?? "http://127.0.0.1:3101";

/** A ticket of its own in 入出金サポート, so nothing else touches its version meanwhile. */
async function fundsTicket(subject: string): Promise<string> {
  const number = `Q-E2E-C${Date.now().toString(36).toUpperCase()}`;
  await withDatabase((client) =>
    client.query(
      `INSERT INTO ticket (id, number, contact_email, trouble_type, subtype, subject, status, priority, team_id,
         first_response_due_at, resolution_due_at, created_at, updated_at)
       SELECT gen_random_uuid(), $1, 'collision@example.jp', 'funds', 'jpy_deposit_missing', $2, 'open', 'normal',
         t.id, now() + interval '3 hours', now() + interval '3 days', now(), now()
       FROM team t WHERE t.key = 'funds'`,
      [number, subject],
    ),
  );
  return number;
}

test("two staff on one ticket: each sees the other, and a save over the other's change asks to reload", async ({
  browser,
  page,
}) => {
  test.setTimeout(60_000);
  const number = await fundsTicket("同時編集の確認（E2E）");
  const agent = await createStaff({ role: "agent", team: "funds", displayName: "E2E 同時A" });
  const lead = await createStaff({ role: "lead", team: "funds", displayName: "E2E 同時B" });
  await signInStaff(page.request, ADMIN_URL, agent);
  await page.goto(`/tickets/${number}`);

  const other = await browser.newContext({ baseURL: ADMIN_URL, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  try {
    const leadPage = await other.newPage();
    await signInStaff(leadPage.request, ADMIN_URL, lead);
    await leadPage.goto(`/tickets/${number}`);
    await expect(leadPage.getByTestId("presence")).toContainText("E2E 同時Aさんが表示中です");

    await leadPage.getByRole("combobox", { name: /^優先度/ }).selectOption("high");
    await leadPage.getByRole("button", { name: "保存" }).first().click();
    await expect(leadPage.getByText("優先度 高")).toBeVisible();

    await page.getByRole("combobox", { name: /^優先度/ }).selectOption("low");
    await page.getByRole("button", { name: "保存" }).first().click();
    await expect(page.getByTestId("conflict")).toContainText("保存できませんでした");
    await page.getByRole("button", { name: "最新の内容を読み込む" }).click();
    await expect(page.getByTestId("conflict")).toBeHidden();
    await expect(page.getByText("優先度 高")).toBeVisible();
  } finally {
    await other.close();
  }
});
