import { createHmac, randomBytes, randomInt } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { withDatabase } from "../support/help-center-db";

/**
 * Setup for the console specs: staff members of their own (so no other spec's two-factor
 * enrollment gets in the way), signed in through the console's real next-auth route with a TOTP
 * code computed here, and a customer inquiry with an attachment sent through the portal.
 */

const DEMO_PASSWORD = "madoguchi-demo-2026";
/** Each sign-in from its own documentation address: the per-IP throttle is shared by the suite. */
const clientIp = () => `198.51.100.${randomInt(1, 254)}`;

export interface TestStaff {
  email: string;
  displayName: string;
}

/** A new active staff member of a window, with the demo password (copied from a demo account). */
export function createStaff(input: {
  role: "agent" | "lead";
  team: string;
  displayName: string;
}): Promise<TestStaff> {
  const email = `e2e.${input.role}.${randomBytes(4).toString("hex")}@staff.example.jp`;
  return withDatabase(async (client) => {
    await client.query(
      `INSERT INTO staff (id, email, display_name, role, password_hash, active, locale, created_at, updated_at)
       SELECT gen_random_uuid(), $1, $2, $3::"StaffRole", password_hash, true, 'ja', now(), now()
       FROM staff WHERE email = 'agent.funds@staff.example.jp'`,
      [email, input.displayName, input.role],
    );
    await client.query(
      `INSERT INTO team_membership (staff_id, team_id)
       SELECT s.id, t.id FROM staff s, team t WHERE s.email = $1 AND t.key = $2`,
      [email, input.team],
    );
    return { email, displayName: input.displayName };
  });
}

/** RFC 6238 with the defaults every authenticator app uses (SHA-1, 6 digits, 30 s). */
export function totpCode(base32Secret: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of base32Secret.replace(/[\s=]/g, "").toUpperCase()) {
    bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  }
  const key = Buffer.from(bits.match(/.{8}/g)?.map((byte) => parseInt(byte, 2)) ?? []);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const digest = createHmac("sha1", key).update(counter).digest();
  const offset = (digest[digest.length - 1] ?? 0) & 0x0f;
  const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, "0");
}

async function credentialsSignIn(
  request: APIRequestContext,
  input: { baseURL: string; provider: "staff" | "customer"; email: string; ip: string },
): Promise<void> {
  const csrf = await request.get(`${input.baseURL}/api/auth/csrf`, {
    headers: { "x-forwarded-for": input.ip },
  });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post(`${input.baseURL}/api/auth/callback/${input.provider}`, {
    headers: { origin: input.baseURL, "x-forwarded-for": input.ip },
    form: {
      csrfToken,
      email: input.email,
      password: DEMO_PASSWORD,
      json: "true",
      callbackUrl: `${input.baseURL}/`,
    },
    maxRedirects: 0,
  });
  if (response.status() >= 400)
    throw new Error(`sign-in answered ${response.status()}: ${await response.text()}`);
}

async function trpcMutation<T>(
  request: APIRequestContext,
  baseURL: string,
  path: string,
  input: unknown,
): Promise<T> {
  const response = await request.post(`${baseURL}/api/trpc/${path}`, {
    headers: { origin: baseURL, "content-type": "application/json" },
    data: { json: input },
  });
  const body = (await response.json()) as { result?: { data?: { json?: T } } };
  if (response.status() !== 200 || !body.result?.data)
    throw new Error(`${path} answered ${response.status()}`);
  return body.result.data.json as T;
}

/**
 * Signs a staff member in to the console in `request`'s cookie jar (a page's `page.request`
 * shares it with the page): password, then the mandatory two-factor enrollment with a code
 * computed from the secret the console shows.
 */
export async function signInStaff(
  request: APIRequestContext,
  baseURL: string,
  staff: TestStaff,
): Promise<void> {
  await credentialsSignIn(request, { baseURL, provider: "staff", email: staff.email, ip: clientIp() });
  const enrollment = await trpcMutation<{ otpauthUri: string; enrollment: string }>(
    request,
    baseURL,
    "staff.twoFactor.begin",
    null,
  );
  const secret = new URL(enrollment.otpauthUri).searchParams.get("secret") ?? "";
  await trpcMutation(request, baseURL, "staff.twoFactor.confirm", {
    enrollment: enrollment.enrollment,
    code: totpCode(secret),
  });
}

/** A valid 1×1 PNG: the browser decodes it, so the preview proves the bytes arrived. */
export const ONE_PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * An urgent 入出金 inquiry of the demo customer 山田 花子, already past its first-response time,
 * and her reply with a transfer slip sent through the portal as she would send it.
 */
export async function customerInquiryWithSlip(
  request: APIRequestContext,
  input: { webURL: string; subject: string; fileName: string },
): Promise<string> {
  const number = `Q-E2E-${randomBytes(3).toString("hex").toUpperCase()}`;
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO ticket (id, number, customer_id, contact_email, trouble_type, subtype, subject, status, priority,
         team_id, locale, first_response_due_at, resolution_due_at, created_at, updated_at)
       SELECT gen_random_uuid(), $1, c.id, c.email, 'funds', 'jpy_deposit_missing', $2, 'new', 'urgent',
         t.id, 'ja', now() - interval '30 minutes', now() + interval '1 day', now() - interval '2 hours', now()
       FROM customer c, team t WHERE c.email = 'hanako@example.jp' AND t.key = 'funds'`,
      [number, input.subject],
    );
    await client.query(
      `INSERT INTO message (id, ticket_id, author_kind, customer_id, visibility, body, created_at)
       SELECT gen_random_uuid(), t.id, 'customer', t.customer_id, 'public', $2, now() - interval '2 hours'
       FROM ticket t WHERE t.number = $1`,
      [number, "昨日振り込んだ50,000円が反映されていません。"],
    );
  });
  const ip = clientIp();
  await credentialsSignIn(request, {
    baseURL: input.webURL,
    provider: "customer",
    email: "hanako@example.jp",
    ip,
  });
  const response = await request.post(`${input.webURL}/api/inquiries/${number}/messages`, {
    headers: { origin: input.webURL, accept: "application/json", "x-forwarded-for": ip },
    multipart: {
      formKey: randomBytes(12).toString("base64url"),
      body: "振込明細書を添付します。",
      files: { name: input.fileName, mimeType: "image/png", buffer: ONE_PIXEL_PNG },
    },
  });
  if (response.status() !== 201)
    throw new Error(`the portal reply answered ${response.status()}: ${await response.text()}`);
  return number;
}
