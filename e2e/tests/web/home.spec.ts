import { expect, test } from "@playwright/test";

test("the portal's home page shows the trouble types and their windows in Japanese", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/ヘルプセンター/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("どのようなことでお困りですか？");
  for (const type of [
    "ログインに関するトラブル",
    "取引に関するトラブル",
    "入出金に関するトラブル",
    "システムに関するトラブル",
    "セキュリティに関するトラブル",
    "その他",
  ]) {
    await expect(page.getByRole("heading", { name: type })).toBeVisible();
  }
  await expect(page.getByText("入出金サポート")).toBeVisible();
});

test("the browser reaches the API through tRPC and the database answers", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("system-health")).toHaveText("ヘルプセンターは正常に稼働しています。");
});

test("the self-hosted Japanese font is loaded, with no request leaving the machine", async ({ page }) => {
  const external: string[] = [];
  page.on("request", (request) => {
    const host = new URL(request.url()).hostname;
    if (host !== "127.0.0.1" && host !== "localhost") external.push(request.url());
  });
  await page.goto("/");
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(async () => {
    await document.fonts.load('16px "Noto Sans JP Variable"', "窓口");
    return [...document.fonts].some(
      (face) => face.family.includes("Noto Sans JP") && face.status === "loaded",
    );
  });
  expect(loaded).toBe(true);
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family).toMatch(/^"Noto Sans JP Variable"/);
  expect(external).toEqual([]);
});

test("a protected page asks a visitor to sign in", async ({ page }) => {
  await page.goto("/account");
  await expect(page.getByText("このページをご覧いただくには、サインインが必要です。")).toBeVisible();
});

test("GET /api/health answers 200 with db ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ db: "ok" });
});

test("a cross-origin tRPC mutation is refused", async ({ request }) => {
  const response = await request.post("/api/trpc/health.check", {
    headers: { origin: "https://evil.example" },
    data: {},
  });
  expect(response.status()).toBe(403);
});
