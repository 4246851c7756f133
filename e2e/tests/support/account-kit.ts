import { createHmac, randomBytes } from "node:crypto";
import { withDatabase } from "./help-center-db";

/**
 * Setup for the account specs: the dev inbox's messages (scripts/e2e.ts starts a mail catcher and
 * passes MAILBOX_URL), an authenticator that computes TOTP codes from the key the page shows, and
 * accounts of their own for each test.
 */

/** The demo password (scripts/e2e.ts provisions it for every demo account). */
export const DEMO_PASSWORD = "madoguchi-demo-2026";

export interface Mail {
  id: number;
  to: string[];
  subject: string;
  text: string;
}

/** The newest email to `address` that `matches`, waiting for the outbox worker to send it. */
export async function waitForMail(
  address: string,
  matches: (mail: Mail) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<Mail> {
  const inbox = process.env.MAILBOX_URL;
  if (!inbox) throw new Error("MAILBOX_URL is not set: run the suite with `npm run test:e2e`");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${inbox}/messages.json`);
    const mails = (await response.json()) as Mail[];
    const found = mails.filter((mail) => mail.to.includes(address) && matches(mail)).at(-1);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`no matching email to ${address} within ${timeoutMs} ms`);
}

/** The action link to `path` in an email's text part (`.../reset-password?token=...`). */
export function linkIn(mail: Mail, path: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`https?://[^\\s"<>]*${escaped}\\?token=[A-Za-z0-9_%-]+`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in "${mail.subject}":\n${mail.text}`);
  return match[0];
}

/** The newest email to `address` with a link to `path`, and that link. */
export async function mailedLink(address: string, path: string): Promise<string> {
  const mail = await waitForMail(address, (candidate) => candidate.text.includes(`${path}?token=`));
  return linkIn(mail, path);
}

function base32Decode(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of text.replace(/[\s=-]/g, "").toUpperCase()) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    bits += index.toString(2).padStart(5, "0");
  }
  return Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
}

/** RFC 6238 as every authenticator app does it: HMAC-SHA-1, 30-second steps, 6 digits. */
export function totpForStep(key: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac("sha1", base32Decode(key)).update(counter).digest();
  const offset = (digest[digest.length - 1] ?? 0) & 0x0f;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

const currentStep = () => Math.floor(Date.now() / 30_000);

/**
 * An authenticator app in a test: the server refuses a code of a step it has seen already (no
 * replay), so each code is of a step not used yet, the next one if need be (one step of drift is
 * accepted), waiting only when even that one is spent.
 */
export class Authenticator {
  private lastStep = -1;

  constructor(readonly key: string) {}

  async nextCode(): Promise<string> {
    let step = Math.max(currentStep(), this.lastStep + 1);
    while (step > currentStep() + 1) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      step = Math.max(currentStep(), this.lastStep + 1);
    }
    this.lastStep = step;
    return totpForStep(this.key, step);
  }

  /** A well-formed code that is not the right one now. */
  wrongCode(): string {
    const valid = new Set([-1, 0, 1].map((drift) => totpForStep(this.key, currentStep() + drift)));
    for (let n = 0; ; n++) {
      const candidate = String(n).padStart(6, "0");
      if (!valid.has(candidate)) return candidate;
    }
  }
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.jp`;
}

/** A verified customer of a test's own, signing in with the demo password. */
export async function createCustomer(fullName = "試験 花子"): Promise<string> {
  const email = uniqueEmail("e2e-account");
  await withDatabase((client) =>
    client.query(
      `INSERT INTO customer (id, email, email_verified_at, password_hash, full_name, date_of_birth, locale, plan_id, updated_at)
       SELECT gen_random_uuid(), $1, now(), c.password_hash, $2, '1990-04-01', 'ja', c.plan_id, now()
       FROM customer c WHERE c.email = 'hanako@example.jp'`,
      [email, fullName],
    ),
  );
  return email;
}

/** An active staff member of a test's own (role and window), with the demo password and no two-factor yet. */
export async function createStaff(role: "agent" | "lead" | "admin", displayName: string): Promise<string> {
  const email = `e2e.${role}.${randomBytes(4).toString("hex")}@staff.example.jp`;
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO staff (id, email, display_name, role, password_hash, active, locale, created_at, updated_at)
       SELECT gen_random_uuid(), $1, $2, $3::"StaffRole", password_hash, true, 'ja', now(), now()
       FROM staff WHERE email = 'admin@staff.example.jp'`,
      [email, displayName, role],
    );
    await client.query(
      `INSERT INTO team_membership (staff_id, team_id)
       SELECT s.id, t.id FROM staff s, team t WHERE s.email = $1 AND t.key = 'general'`,
      [email],
    );
  });
  return email;
}
