export const staffRequestKinds = [
  "password",
  "two_factor_code",
  "seed_phrase",
  "private_key",
  "remote_access",
] as const;
export type StaffRequestKind = (typeof staffRequestKinds)[number];

/** A phrase in a staff reply that asks the customer for something staff must never ask for. */
export interface StaffRequestFinding {
  kind: StaffRequestKind;
  start: number;
  end: number;
}

const nouns: Readonly<Record<Exclude<StaffRequestKind, "remote_access">, { ja: string; en: string }>> = {
  password: {
    ja: "(?:ログイン)?パスワード|暗証番号|パスコード",
    en: "(?:login |account )?(?:password|passcode|pin)",
  },
  two_factor_code: {
    ja: "(?:二段階|2段階|二要素)?認証(?:アプリの)?コード|確認コード|ワンタイムパスワード|ワンタイムコード|(?:6|６)桁の(?:数字|コード)|2FA(?:の)?コード|SMSコード",
    en: "(?:2fa|two[- ]factor|verification|authentication|authenticator|security|one[- ]time|otp|sms|\\d-digit)\\s*(?:code|password)s?|2fa|otp",
  },
  seed_phrase: {
    ja: "シードフレーズ|リカバリーフレーズ|復元フレーズ|秘密のフレーズ|ニーモニック|バックアップフレーズ|(?:12|24)(?:個の)?単語",
    en: "(?:secret )?(?:seed|recovery|backup|mnemonic) (?:phrase|words)|mnemonic|(?:12|24)[- ]word (?:phrase|seed)",
  },
  private_key: {
    ja: "秘密鍵|プライベートキー",
    en: "private keys?",
  },
};

/**
 * Japanese requests: a verb of giving or telling in a request form (〜てください, お〜ください,
 * 〜いただけますか). 「認証コードをお送りしました」 (we sent it) is not a request.
 */
const jaAsk =
  "(?:教え|お教え|お知らせ|知らせ|お伝え|伝え|送っ|お送り|送信し|ご送付|送付し|ご提供|提供し|ご記入|記入し|ご記載|記載し|ご返信|返信し|ご共有|共有し|お聞かせ|ご連絡|連絡し|ご提示|提示し|添付し)" +
  "て?(?:ください|下さい|いただけ|頂け|いただき|頂き|願い|のうえ|の上|ほしい|欲しい)";
const jaQuestion = "は(?:何|なん)(?:です|でしょう)";

// Not "type" or "enter": "enter the code on the sign-in page" is an instruction, not a request.
const enAsk =
  "send|provide|tell|share|give|reply with|email|e-mail|disclose|submit|forward|we (?:will )?(?:need|require)|we'll need|let us know|what(?:'s| is| was)";
/** "your password reset link" is about a password, not the password itself. */
const notThePassword =
  "(?!\\s*(?:reset|change|recovery|manager|policy|rules?|requirements?|settings?|screen|page|link))";

/** Phrasings in which the noun is the object of the request (the noun's own phrase). */
function requestPatterns(kind: keyof typeof nouns): RegExp[] {
  const noun = nouns[kind];
  return [
    new RegExp(
      `(?:${noun.ja})(?:[（(][^）)\\n]{0,20}[）)])?(?:${jaQuestion}|(?:を|も|について)?[\\s、]*(?:そのまま|すべて|全て|こちらに|こちらまで|メールで|本メールに|返信にて|ご返信にて|当社に|弊社に|担当者に)*${jaAsk})`,
      "gi",
    ),
    new RegExp(
      `\\b(?:${enAsk})\\b(?:\\s+(?:us|me|our team|the team|support))?(?:\\s+with)?\\s+(?:your|the|all|all of your|us your)?\\s*(?:current |new |old |full |exact )?(?:${noun.en})\\b${notThePassword}`,
      "gi",
    ),
    new RegExp(
      `\\b(?:${noun.en})\\b[^.!?\\n]{0,20}\\b(?:please|kindly)?\\s*(?:send|provide|reply|share)\\b[^.!?\\n]{0,10}\\b(?:to us|to me|here|in (?:your|this) reply)`,
      "gi",
    ),
  ];
}

const remoteAccess =
  /AnyDesk|TeamViewer|Chrome\s*Remote\s*Desktop|Quick\s*Assist|クイックアシスト|リモートアクセス|遠隔操作|リモート操作|リモートサポート|画面共有|remote\s*(?:access|control|desktop|assistance|support session)|screen\s*shar(?:e|ing)/gi;

/**
 * A sentence that says staff will NOT ask, or tells the customer not to share. Not a bare
 * 「ません」: 「教えていただけませんか」 is a request.
 */
const negation =
  /ないで|ないよう|必要はありません|必要はございません|不要です|ことはありません|ことはございません|ことは一切|決して|絶対に|お控えください|\bnever\b|\bnot\b|n't\b|\bno need\b|under no circumstances/i;

/** Sentences with their offsets: split after 。！？!? and line breaks, and after ". ". */
function sentences(text: string): { start: number; text: string }[] {
  const found: { start: number; text: string }[] = [];
  let start = 0;
  for (const boundary of text.matchAll(/[。！？!?\n]+|\.(?=\s|$)/g)) {
    const end = boundary.index + boundary[0].length;
    found.push({ start, text: text.slice(start, end) });
    start = end;
  }
  if (start < text.length) found.push({ start, text: text.slice(start) });
  return found.filter((sentence) => sentence.text.trim().length > 0);
}

/**
 * Phrases in a staff reply that ask for a password, a 2FA code, a seed phrase, a private key
 * or remote access (ja/en), for the console to flag before the reply is sent. A sentence that
 * says "we never ask" or "do not share" is not a request.
 */
export function detectStaffAskingForSecrets(replyText: string): StaffRequestFinding[] {
  const findings: StaffRequestFinding[] = [];
  for (const sentence of sentences(replyText)) {
    if (negation.test(sentence.text)) continue;
    const add = (kind: StaffRequestKind, match: RegExpMatchArray) => {
      const start = sentence.start + (match.index ?? 0);
      const end = start + match[0].length;
      if (!findings.some((other) => start < other.end && other.start < end))
        findings.push({ kind, start, end });
    };
    for (const kind of Object.keys(nouns) as (keyof typeof nouns)[])
      for (const pattern of requestPatterns(kind))
        for (const match of sentence.text.matchAll(pattern)) add(kind, match);
    for (const match of sentence.text.matchAll(remoteAccess)) add("remote_access", match);
  }
  return findings.sort((a, b) => a.start - b.start);
}
