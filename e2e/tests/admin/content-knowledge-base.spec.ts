import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createStaff } from "../support/account-kit";
import { withDatabase } from "../support/help-center-db";
import { signInStaff } from "./console-session";

// Sign-ins are throttled per client address: these tests have an address of their own.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.61" } });
test.describe.configure({ mode: "serial" });

const webURL = () => process.env.WEB_URL ?? "http://127.0.0.1:3100";
const tag = randomBytes(3).toString("hex");
const slug = `e2e-tsumitate-${tag}`;
const title = `つみたてルナコインの始め方（E2E ${tag}）`;

test.afterAll(async () => {
  // Whatever happened above, the portal's other specs see the demo help center as seeded.
  await withDatabase((client) =>
    client.query(`UPDATE article SET status = 'archived' WHERE slug = $1`, [slug]),
  );
});

test("an admin writes an article with a live preview, publishes it, and readers find it in the help center's search", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const email = await createStaff("admin", "E2E 記事担当");
  await signInStaff(page.request, baseURL ?? "", { email, displayName: "E2E 記事担当" });

  await page.goto("/knowledge");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ナレッジベース");
  await page.getByRole("link", { name: "記事を作成する" }).click();
  await expect(page).toHaveURL(/\/knowledge\/new$/);

  await page.getByLabel("スラッグ（URL）").fill(slug);
  await page.getByLabel("カテゴリ").selectOption("deposits-withdrawals");
  await page.getByLabel("トラブルの種類").selectOption("funds");
  await page.getByLabel("タイトル（日本語）").fill(title);
  await page.getByLabel("概要（日本語、任意）").fill("毎月の積立購入を設定する手順です。");
  await page
    .getByLabel("本文（日本語）", { exact: true })
    .fill(
      "## 積立の設定\n\n1. メニューの「つみたて」を開きます。\n2. 金額と日付を選びます。\n\n**毎月5日**に購入されます。",
    );
  const preview = page.getByTestId("markdown-preview");
  await expect(preview.getByRole("heading", { name: "積立の設定" })).toBeVisible();
  await expect(preview.locator("strong")).toHaveText("毎月5日");
  await page.getByRole("button", { name: "下書きを作成する" }).click();

  await expect(page).toHaveURL(/\/knowledge\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("下書き", { exact: true })).toBeVisible();
  await expect(page.getByTestId("translation-state")).toHaveText("英語版がありません");

  await page.getByRole("button", { name: "公開する" }).click();
  await expect(page.getByText("公開しました。ヘルプセンターの表示と検索に反映されます。")).toBeVisible();
  await expect(page.getByText("公開中", { exact: true })).toBeVisible();

  // The portal's search index follows publishes within seconds, with no restart.
  const search = `${webURL()}/search?q=${encodeURIComponent("つみたてルナコイン")}`;
  await expect(async () => {
    await page.goto(search);
    await expect(page.getByTestId("search-results").getByRole("link", { name: title })).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 30_000 });
  await page.getByTestId("search-results").getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("毎月5日")).toBeVisible();
});

test("a saved change waits for publishing, the history shows its diff, and unpublishing takes the article off the portal", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const email = await createStaff("admin", "E2E 記事担当2");
  await signInStaff(page.request, baseURL ?? "", { email, displayName: "E2E 記事担当2" });
  const id = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id::text AS id FROM article WHERE slug = $1`,
      [slug],
    );
    return rows[0]?.id ?? "";
  });
  await page.goto(`/knowledge/${id}`);
  const body = page.getByLabel("本文（日本語）", { exact: true });
  await body.fill(`${await body.inputValue()}\n\n## 積立の停止\n\nいつでも停止できます。`);
  await page.keyboard.press("Control+s");
  await expect(
    page.getByText("保存しました。公開中の記事への変更は、公開するまで読者には表示されません。"),
  ).toBeVisible();
  await expect(page.getByText(/公開されていない変更があります（日本語）/)).toBeVisible();

  await page.getByRole("link", { name: "変更履歴" }).click();
  await expect(page.getByRole("cell", { name: "第2版（最新）" })).toBeVisible();
  await page.getByRole("link", { name: "最新版と比較" }).click();
  const diff = page.getByTestId("revision-diff");
  await expect(diff.locator('tr[data-op="insert"]').filter({ hasText: "## 積立の停止" })).toBeVisible();
  await expect(page.getByText("第1版 → 第2版の差分")).toBeVisible();

  await page.goto(`/knowledge/${id}`);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "公開を停止する" }).click();
  await expect(page.getByText("公開を停止しました。")).toBeVisible();
  await expect(async () => {
    await page.goto(`${webURL()}/search?q=${encodeURIComponent("つみたてルナコイン")}`);
    await expect(page.getByRole("link", { name: title })).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const gone = await page.goto(`${webURL()}/articles/${slug}`);
  expect(gone?.status()).toBe(404);
});
