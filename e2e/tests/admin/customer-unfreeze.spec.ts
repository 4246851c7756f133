import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { createCustomer, createStaff as createAnyStaff } from "../support/account-kit";
import { withDatabase } from "../support/help-center-db";
import { createStaff, signInStaff } from "./console-session";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.64" } });

/** A frozen customer of the test's own, with the urgent security ticket a freeze opens. */
async function frozenCustomerWithTicket(): Promise<{ email: string; number: string }> {
  const email = await createCustomer("凍結 解除子");
  const number = `Q-E2E-${randomBytes(3).toString("hex").toUpperCase()}`;
  await withDatabase(async (client) => {
    await client.query(`UPDATE customer SET frozen_at = now() WHERE email = $1`, [email]);
    await client.query(
      `INSERT INTO ticket (id, number, customer_id, contact_email, trouble_type, subtype, subject, status, priority,
         team_id, locale, first_response_due_at, resolution_due_at, created_at, updated_at)
       SELECT gen_random_uuid(), $1, c.id, c.email, 'security', 'unauthorized_access', 'アカウントを凍結しました', 'open',
         'urgent', t.id, 'ja', now() + interval '1 hour', now() + interval '1 day', now(), now()
       FROM customer c, team t WHERE c.email = $2 AND t.key = 'security'`,
      [number, email],
    );
  });
  return { email, number };
}

async function staffPage(browser: Browser, baseURL: string, staff: { email: string; displayName: string }) {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": "203.0.113.65" },
  });
  const page = await context.newPage();
  await signInStaff(page.request, baseURL, staff);
  return page;
}

const frozenAt = (email: string) =>
  withDatabase(async (client) => {
    const { rows } = await client.query<{ frozen_at: Date | null }>(
      `SELECT frozen_at FROM customer WHERE email = $1`,
      [email],
    );
    return rows[0]?.frozen_at ?? null;
  });

test("unfreezing takes two people: a security lead asks after the identity checks, an admin approves", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = baseURL ?? "";
  const { email, number } = await frozenCustomerWithTicket();
  const lead = await createStaff({ role: "lead", team: "security", displayName: "E2E セキュリティ主任" });
  const adminEmail = await createAnyStaff("admin", "E2E 承認担当");

  const requester: Page = await staffPage(browser, origin, lead);
  await requester.goto(`/tickets/${number}`);
  await expect(requester.getByTestId("account-state")).toContainText("凍結中");
  const unfreeze = requester.getByTestId("unfreeze");
  await unfreeze.getByLabel("本人確認を済ませました").check();
  await unfreeze
    .getByLabel("申請の理由（確認した内容）")
    .fill("氏名・生年月日・登録メールアドレスが一致しました。");
  await unfreeze.getByRole("button", { name: "凍結解除を申請" }).click();
  await expect(unfreeze.getByTestId("unfreeze-pending")).toContainText("凍結解除の承認待ちです。");
  // The requester may withdraw, never approve their own request.
  await expect(unfreeze.getByRole("button", { name: "申請を取り下げる" })).toBeVisible();
  await expect(unfreeze.getByRole("button", { name: "承認" })).toHaveCount(0);
  expect(await frozenAt(email)).not.toBeNull();

  const approver = await staffPage(browser, origin, { email: adminEmail, displayName: "E2E 承認担当" });
  await approver.goto("/approvals");
  await expect(approver.getByRole("heading", { level: 1 })).toHaveText("凍結解除の承認待ち");
  const item = approver.getByTestId("unfreeze-approval").filter({ hasText: number });
  await expect(item).toContainText("E2E セキュリティ主任");
  await expect(item.getByTestId("unfreeze-reason")).toContainText("生年月日");
  await item.getByRole("button", { name: "承認" }).click();
  await expect(approver.getByText("承認しました。アカウントの凍結を解除しました。")).toBeVisible();
  expect(await frozenAt(email)).toBeNull();

  await requester.goto(`/tickets/${number}`);
  await expect(requester.getByTestId("account-state")).not.toContainText("凍結中");
  await expect(requester.getByTestId("unfreeze")).toHaveCount(0);
  await requester.context().close();
  await approver.context().close();
});
