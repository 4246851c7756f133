import type { Locale, Localized } from "../locale/locale";
import {
  type DetectSecretsOptions,
  type SecretFinding,
  type SecretKind,
  detectSecrets,
} from "./detect-secrets";

export const secretLabels: Readonly<Record<SecretKind, Localized>> = {
  seed_phrase: { ja: "シードフレーズ", en: "seed phrase" },
  private_key: { ja: "秘密鍵", en: "private key" },
  api_secret: { ja: "APIシークレット", en: "API secret" },
  password: { ja: "パスワード", en: "password" },
  two_factor_code: { ja: "認証コード", en: "authentication code" },
};

/** Shown before sending when a finding of this kind is in the text. */
export const secretWarnings: Readonly<Record<SecretKind, Localized>> = {
  seed_phrase: {
    ja: "シードフレーズのような文字列が含まれています。シードフレーズを知られると、誰でもあなたの資産を移動できます。当社のスタッフがお尋ねすることはありませんので、削除してから送信してください。",
    en: "This looks like a seed phrase. Anyone who knows it can move your assets. Our staff never need it: please remove it before sending.",
  },
  private_key: {
    ja: "秘密鍵のような文字列が含まれています。秘密鍵を知られると、誰でもあなたの資産を移動できます。当社のスタッフがお尋ねすることはありませんので、削除してから送信してください。",
    en: "This looks like a private key. Anyone who knows it can move your assets. Our staff never need it: please remove it before sending.",
  },
  api_secret: {
    ja: "APIシークレットのような文字列が含まれています。当社のスタッフがお尋ねすることはありません。削除してから送信し、念のためAPIキーを再発行してください。",
    en: "This looks like an API secret. Our staff never need it: please remove it before sending, and consider issuing a new API key.",
  },
  password: {
    ja: "パスワードのような文字列が含まれています。当社のスタッフがパスワードをお尋ねすることはありません。削除してから送信してください。",
    en: "This looks like a password. Our staff never ask for your password: please remove it before sending.",
  },
  two_factor_code: {
    ja: "認証コードのような数字が含まれています。当社のスタッフが二段階認証のコードをお尋ねすることはありません。削除してから送信してください。",
    en: "This looks like an authentication code. Our staff never ask for two-factor codes: please remove it before sending.",
  },
};

const japaneseText = /[\u3040-\u30FF\u3400-\u9FFF]/;

/** The language a marker is written in: Japanese if the text has any Japanese in it. */
export function textLocale(text: string): Locale {
  return japaneseText.test(text) ? "ja" : "en";
}

export function redactionMarker(kind: SecretKind, locale: Locale): string {
  const label = secretLabels[kind][locale];
  return locale === "ja" ? `［削除されました：${label}］` : `[removed: ${label}]`;
}

export interface Redaction {
  text: string;
  redacted: boolean;
  findings: SecretFinding[];
}

/**
 * Replaces every detected secret with a marker in the text's language, for a customer who
 * sends despite the warning: the secret is never stored.
 */
export function redactSecrets(
  text: string,
  options: DetectSecretsOptions & { locale?: Locale } = {},
): Redaction {
  const findings = detectSecrets(text, options);
  const locale = options.locale ?? textLocale(text);
  let redacted = "";
  let position = 0;
  for (const finding of findings) {
    redacted += text.slice(position, finding.start) + redactionMarker(finding.kind, locale);
    position = finding.end;
  }
  redacted += text.slice(position);
  return { text: redacted, redacted: findings.length > 0, findings };
}
