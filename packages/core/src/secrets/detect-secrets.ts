import { findSeedPhrases } from "./seed-phrase";

export const secretKinds = [
  "seed_phrase",
  "private_key",
  "api_secret",
  "password",
  "two_factor_code",
] as const;
export type SecretKind = (typeof secretKinds)[number];

/** A span of the original text, [start, end) in UTF-16 code units. */
export interface SecretFinding {
  kind: SecretKind;
  start: number;
  end: number;
}

export interface DetectSecretsOptions {
  /**
   * Values the customer gave in the form's own fields (TXID, address, trade ID): the same
   * value repeated in free text is not a secret.
   */
  knownValues?: readonly string[];
}

/**
 * Full-width ASCII and the ideographic space typed with a Japanese IME, folded to ASCII one
 * character for one, so that positions in the folded text are positions in the original.
 */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) =>
    char === "\u3000" ? " " : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

const base58 = "[1-9A-HJ-NP-Za-km-z]";
const notWord = "(?<![A-Za-z0-9+/=_-])";
const endWord = "(?![A-Za-z0-9+/=_-])";

const pemBlock =
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g;
const extendedKey = new RegExp(`${notWord}[xyztuvYZ]prv${base58}{100,112}${endWord}`, "g");
const wif = new RegExp(`${notWord}(?:5[HJK]${base58}{49}|[KL]${base58}{51})${endWord}`, "g");
const hex64 = new RegExp(`${notWord}(?:0x)?[0-9a-fA-F]{64}${endWord}`, "g");

const keyWords = /秘密鍵|プライベートキー|private\s*key|priv\s*key/i;
const keyContext = new RegExp(
  `(?:${keyWords.source})[^\\n]{0,30}?${notWord}([A-Za-z0-9+/=]{32,})${endWord}`,
  "gi",
);
/** A 64-hex after these words names a transaction, not a key. */
const txidWords =
  /tx\s*id|tx\s*hash|transaction|トランザクション|ハッシュ|hash|取引ID|送金ID|ブロック|block/i;

// Dots inside for JWTs. Not "token" alone: in Japanese crypto talk トークン is an asset
// (ERC-20 トークン), not a credential.
const apiContext =
  /(?:api[\s_]*(?:key|secret|token)|apiキー|apiシークレット|シークレット(?:キー)?|secret(?:\s*key)?|アクセスキー|access\s*key|アクセストークン|access\s*token|bearer)[^\n]{0,40}?(?<![A-Za-z0-9+/=_.-])([A-Za-z0-9+/=_-][A-Za-z0-9+/=_.-]{18,}[A-Za-z0-9+/=_-])(?![A-Za-z0-9+/=_-])/gi;

const passwordLead =
  /(?:パスワード|暗証番号|パスコード|\bPW\b|\bpassword\b|\bpasscode\b|\bpasswd\b|\bpwd\b)\s*(?:は|が|:|=|\bis\b|\bwas\b)\s*/gi;
// Passwords are ASCII: 「変更済み」 in quotes is a remark, not a password.
const quotedValue =
  /^(?:「([\x20-\x7E]{1,64})」|『([\x20-\x7E]{1,64})』|"([\x20-\x21\x23-\x7E]{1,64})"|'([\x20-\x26\x28-\x7E]{1,64})'|“([\x20-\x7E]{1,64})”)/;
const bareValue = /^[\x21-\x7E]{6,64}/;

const codeWords =
  /認証コード|確認コード|セキュリティコード|ワンタイム|二段階認証|2段階認証|二要素|2要素|認証アプリ|2FA|TOTP|OTP|one[- ]?time|verification|authenticat|2-step|two[- ]factor|\bcode\b|コード/i;
/** Numbers next to these are not login codes. */
const otherCodes =
  /エラーコード|error\s*code|注文コード|order\s*code|promo(?:tion)?\s*code|紹介コード|招待コード|referral\s*code|銀行コード|支店コード|金融機関コード|bank\s*code|branch\s*code|郵便番号|zip\s*code|postal\s*code/gi;
const codeCandidate =
  /(?<![\w/+#-]|\d[.,:])(?:\d{6,8}|\d{3}[ -]\d{3})(?![\w/%-]|[.,:]\d)(?!\s*(?:円|万|件|回|年|月|日|時|分|秒|個|枚|人|JPY|BTC|ETH|XRP|USDT))/g;

interface Candidate extends SecretFinding {
  /** Lower wins an overlap: a PEM block beats the hex inside it. */
  rank: number;
}

function* allMatches(
  pattern: RegExp,
  text: string,
  group = 0,
): Generator<{ start: number; end: number; value: string }> {
  for (const match of text.matchAll(pattern)) {
    const value = match[group];
    if (value === undefined) continue;
    const start = match.index + match[0].lastIndexOf(value);
    yield { start, end: start + value.length, value };
  }
}

function lineBefore(text: string, start: number, length: number): string {
  const window = text.slice(Math.max(0, start - length), start);
  return window.slice(window.lastIndexOf("\n") + 1);
}

function passwordValues(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const lead of text.matchAll(passwordLead)) {
    const from = lead.index + lead[0].length;
    const rest = text.slice(from);
    const quoted = quotedValue.exec(rest);
    const inner = quoted?.slice(1).find((group) => group !== undefined);
    if (quoted && inner) {
      const start = from + quoted[0].indexOf(inner);
      found.push({ start, end: start + inner.length });
      continue;
    }
    const bare = bareValue.exec(rest)?.[0].replace(/[.,!?)]+$/, "");
    // A bare word is a password only if it mixes letters with digits or symbols, so that
    // "password is incorrect" and "パスワードは2026年に変更" are left alone.
    if (bare && bare.length >= 6 && /[A-Za-z]/.test(bare) && /[^A-Za-z]/.test(bare))
      found.push({ start: from, end: from + bare.length });
  }
  return found;
}

function twoFactorCodes(text: string): { start: number; end: number }[] {
  const cleaned = text.replace(otherCodes, (match) => " ".repeat(match.length));
  const found: { start: number; end: number }[] = [];
  for (const match of cleaned.matchAll(codeCandidate)) {
    const start = match.index;
    const end = start + match[0].length;
    const around = cleaned.slice(Math.max(0, start - 30), start) + " " + cleaned.slice(end, end + 15);
    if (codeWords.test(around)) found.push({ start, end });
  }
  return found;
}

function normalizeKnown(value: string): string {
  return foldWidth(value).trim().toLowerCase().replace(/^0x/, "");
}

/**
 * Text that looks like a secret a customer should never send: a seed phrase, a private key,
 * an API secret, a password or a 2FA code. Findings are sorted and never overlap.
 */
export function detectSecrets(text: string, options: DetectSecretsOptions = {}): SecretFinding[] {
  const scan = foldWidth(text);
  const known = new Set((options.knownValues ?? []).map(normalizeKnown).filter((value) => value.length > 0));
  const candidates: Candidate[] = [];
  const add = (kind: SecretKind, rank: number, spans: Iterable<{ start: number; end: number }>) => {
    for (const { start, end } of spans) candidates.push({ kind, rank, start, end });
  };

  add("private_key", 0, allMatches(pemBlock, scan));
  add("private_key", 1, allMatches(extendedKey, scan));
  add("private_key", 1, allMatches(wif, scan));
  add("private_key", 2, allMatches(keyContext, scan, 1));
  add("seed_phrase", 3, findSeedPhrases(scan));
  add(
    "api_secret",
    4,
    [...allMatches(apiContext, scan, 1)].filter(({ value }) => /\d/.test(value) && /[A-Za-z]/.test(value)),
  );
  add("password", 5, passwordValues(scan));
  add(
    "private_key",
    6,
    [...allMatches(hex64, scan)].filter(({ start }) => {
      const before = lineBefore(scan, start, 40);
      return !scan.slice(start - 1, start).match(/[/=]/) && !txidWords.test(before);
    }),
  );
  add("two_factor_code", 7, twoFactorCodes(scan));

  const accepted: SecretFinding[] = [];
  for (const candidate of candidates.sort((a, b) => a.rank - b.rank || a.start - b.start)) {
    if (known.has(normalizeKnown(scan.slice(candidate.start, candidate.end)))) continue;
    if (accepted.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    accepted.push({ kind: candidate.kind, start: candidate.start, end: candidate.end });
  }
  return accepted.sort((a, b) => a.start - b.start);
}
