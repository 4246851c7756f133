import { expect, request as playwrightRequest, test } from "@playwright/test";
import {
  executableScriptNonces,
  expectPageHeaders,
  nonceOf,
  recordViolations,
} from "../support/security-headers";
import { createStaff, customerInquiryWithSlip, signInStaff } from "./console-session";

const ADMIN_URL = process.env.ADMIN_URL ?? "http://127.0.0.1:3101";
const WEB_URL = process.env.WEB_URL ?? "http://127.0.0.1:3100";

/** Every console page is rendered per request, with a nonce of its own (see src/proxy.ts). */

test("the sign-in page has a fresh nonce on every script and checks the form in the browser", async ({
  page,
  request,
}) => {
  const [first, second] = [await request.get("/sign-in"), await request.get("/sign-in")];
  const policy = expectPageHeaders(first.headers(), "/sign-in");
  const nonce = nonceOf(first.headers()["content-security-policy"]);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
  const scripts = executableScriptNonces(await first.text());
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts).toEqual(scripts.map(() => nonce));

  const violations = await recordViolations(page);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "サインインする" }).click();
  await expect(page.getByText("メールアドレスを入力してください。")).toBeVisible();
  // Next's built-in 404 page brings an inline <style> of its own, without the nonce.
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  expect(violations).toEqual([]);
});

test("a signed-in ticket page runs under its nonce, previews the attachment, which is sandboxed", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const subject = `CSP の確認（E2E ${Date.now()}）`;
  const customer = await playwrightRequest.newContext();
  let number: string;
  try {
    number = await customerInquiryWithSlip(customer, { webURL: WEB_URL, subject, fileName: "明細.png" });
  } finally {
    await customer.dispose();
  }
  await signInStaff(
    page.request,
    ADMIN_URL,
    await createStaff({ role: "agent", team: "funds", displayName: "E2E CSP 確認" }),
  );

  const violations = await recordViolations(page);
  const response = await page.goto(`/tickets/${number}`);
  const headers = response?.headers() ?? {};
  expectPageHeaders(headers, "/tickets/…");
  const nonce = nonceOf(headers["content-security-policy"]);
  const scripts = executableScriptNonces((await response?.text()) ?? "");
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts).toEqual(scripts.map(() => nonce));

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  const slip = page.getByRole("img", { name: "添付画像: 明細.png" });
  await expect.poll(() => slip.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
  // The workspace's keyboard shortcuts work only once the page has hydrated.
  await page.keyboard.press("r");
  await expect(page.getByLabel("お客様への返信（メールでお知らせします）")).toBeFocused();
  expect(violations).toEqual([]);

  const file = await page.request.get((await slip.getAttribute("src")) ?? "");
  expect(file.status()).toBe(200);
  expect(file.headers()["content-security-policy"]).toBe("default-src 'none'; img-src 'self'; sandbox");
  expect(file.headers()["referrer-policy"]).toBe("no-referrer");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect(file.headers()["x-frame-options"]).toBe("DENY");
});
