import { createHash } from "node:crypto";
import { demoBrand } from "@madoguchi/core/brand/brand";
import { z } from "zod";

/** An unset variable and an empty one mean the same. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  WEB_AUTH_SECRET: optionalText.pipe(z.string().min(32, "WEB_AUTH_SECRET needs 32+ characters").optional()),
  ADMIN_AUTH_SECRET: optionalText.pipe(
    z.string().min(32, "ADMIN_AUTH_SECRET needs 32+ characters").optional(),
  ),
  AUTH_ENCRYPTION_KEY: optionalText.pipe(
    z
      .string()
      .regex(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/, "AUTH_ENCRYPTION_KEY: 32 bytes as hex or base64")
      .optional(),
  ),
  WEB_BASE_URL: z.url().default("http://localhost:3000"),
  ADMIN_BASE_URL: z.url().default("http://localhost:3001"),
  BRAND_NAME_EN: optionalText,
  TRUSTED_PROXY_HOPS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() ? value.trim() : undefined),
    z.coerce.number().int().min(1).max(10).default(1),
  ),
});

export type AuthApp = "web" | "admin";

export interface AuthEnv {
  production: boolean;
  /** next-auth secret per app: a customer's cookie means nothing to the console and back. */
  secrets: Record<AuthApp, string>;
  /** AES-256-GCM key for TOTP secrets at rest and for enrollment tickets. */
  encryptionKey: Buffer;
  /** Public origins, for links in emails and for next-auth redirects (never taken from a request). */
  baseUrls: Record<AuthApp, string>;
  /** The issuer an authenticator app shows next to the code. */
  issuer: string;
  /** How many proxies in front of the app append to X-Forwarded-For (see `clientIp`). */
  trustedProxyHops: number;
}

// Development only: refused when NODE_ENV=production, so a deployment cannot run on them.
const devWebSecret = "madoguchi-DEV-ONLY-web-auth-secret-not-for-production";
const devAdminSecret = "madoguchi-DEV-ONLY-admin-auth-secret-not-for-production";
const devEncryptionSeed = "madoguchi-DEV-ONLY-auth-encryption-key-not-for-production";

function decodeKey(text: string): Buffer {
  return /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, "hex") : Buffer.from(text, "base64url");
}

let parsed: AuthEnv | undefined;

/** The auth settings, parsed once; nothing else in the auth code reads process.env. */
export function authEnv(): AuthEnv {
  if (!parsed) {
    const env = schema.parse(process.env);
    const production = env.NODE_ENV === "production";
    if (production) {
      const missing = (["WEB_AUTH_SECRET", "ADMIN_AUTH_SECRET", "AUTH_ENCRYPTION_KEY"] as const).filter(
        (name) => !env[name],
      );
      if (missing.length > 0) throw new Error(`${missing.join(", ")} must be set in production`);
    }
    parsed = {
      production,
      secrets: {
        web: env.WEB_AUTH_SECRET ?? devWebSecret,
        admin: env.ADMIN_AUTH_SECRET ?? devAdminSecret,
      },
      encryptionKey: env.AUTH_ENCRYPTION_KEY
        ? decodeKey(env.AUTH_ENCRYPTION_KEY)
        : createHash("sha256").update(devEncryptionSeed).digest(),
      baseUrls: {
        web: env.WEB_BASE_URL.replace(/\/+$/, ""),
        admin: env.ADMIN_BASE_URL.replace(/\/+$/, ""),
      },
      issuer: env.BRAND_NAME_EN ?? demoBrand.nameEn,
      trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    };
  }
  return parsed;
}
