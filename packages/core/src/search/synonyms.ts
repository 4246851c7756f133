import { stemEnglish } from "./english-stem";
import { normalizeText } from "./normalize-text";
import { queryTermsOf, scanTokens } from "./tokenize";

/**
 * Synonyms as data: each line is one group of interchangeable expressions, in either language,
 * including readings in hiragana, common misspellings and colloquial forms. A query expression
 * found here is searched as any member of its group. Keep groups narrow: every member of a group
 * matches wherever any other does (ロック and 凍結 are different things here on purpose).
 */
export const synonymGroups: readonly string[] = [
  "2fa|二段階認証|2段階認証|二要素認証|2要素認証|ニ段階認証|二段階|にだんかいにんしょう|認証コード|認証アプリ|two-factor|two factor|2-step|two-step|authenticator|mfa|otp|ワンタイムパスワード",
  "出金|引き出し|引出し|引出|引き出|ひきだし|ひきだせ|withdraw|withdrawal|cash out",
  "入出金|deposits and withdrawals|deposits & withdrawals",
  "ログインできない|サインインできない|ログイン出来ない|サインイン出来ない|ログインできません|ログインできなく|ろぐいんできない|cannot sign in|can't sign in|cannot log in|can't log in|cant login|cannot login|can't login|unable to sign in|unable to log in",
  "ログイン|サインイン|login|log in|sign in|signin|sign-in|logon|log on",
  "txid|tx id|トランザクションid|トランザクションハッシュ|トランザクション|ハッシュ|txハッシュ|tx hash|transaction id|transaction hash|hash",
  "入金|振込|振り込み|振込み|振り込ん|振り込|ふりこみ|着金|deposit|bank transfer",
  "パスワード|pw|パス|password|passwd|pass|passcode|暗証番号",
  "乗っ取り|乗っ取ら|乗っ取られ|乗っとられ|のっとり|のっとられ|不正ログイン|知らないログイン|身に覚えのないログイン|不正アクセス|hacked|hack|takeover|account takeover|unauthorized|unauthorised|unknown sign-in|unknown login",
  "凍結|緊急凍結|アカウント停止|アカウントを止め|freeze|frozen",
  "ロック|ロック解除|lock|locked|unlock|locked out",
  "手数料|料金|fee|commission",
  "暗号資産|仮想通貨|暗号通貨|crypto|cryptocurrency|coin|コイン|ビットコイン|bitcoin|btc|eth|イーサリアム",
  "送金|送付|送った|送っ|transfer|send|sent",
  "間違え|間違っ|間違い|まちがえ|誤っ|誤り|誤送金|wrong|mistake|mistaken|incorrect",
  "届かない|届いていない|届きません|届かず|来ない|こない|来てない|きてない|受信できない|not received|not arrived|didn't arrive|didnt arrive|hasn't arrived|never arrived|does not arrive",
  "反映されない|反映されていない|反映されません|反映しない|着金しない|not credited|not showing|not reflected|not show up",
  "スマホ|スマートフォン|携帯|けいたい|端末|iphone|android|smartphone|phone|mobile|device",
  "紛失|なくし|無くし|失くし|なくなっ|落とし|盗まれ|lost|lose|stolen",
  "機種変更|機種変|new phone|changed phone|phone change",
  "落ちてる|落ちて|おちてる|繋がらない|つながらない|アクセスできない|開かない|ひらかない|表示されない|見れない|見られない|down|unreachable|not loading|won't load|doesn't load|cannot reach|can't reach|not working",
  "障害|システム障害|不具合|outage|incident|status page",
  "エラー|error",
  "キャンセル|取り消し|取消|取り消|取消し|cancel|cancellation",
  "約定|成立|fill|filled|execute|executed",
  "メールアドレス|メアド|メルアド|email|e-mail|email address",
  "確認コード|認証メール|確認メール|verification code|verification email|confirmation code|confirmation email",
  "解約|退会|アカウント削除|アカウントを削除|close account|close my account|delete account|delete my account|closure",
  "苦情|クレーム|不満|complaint|complain",
  "電話|でんわ|電話番号|tel|call|phone call|hotline",
  "問い合わせ|問合せ|問合わせ|といあわせ|連絡|contact|inquiry|enquiry|support ticket|ticket",
  "確定申告|税金|税務|年間取引報告書|tax|taxes|annual report",
  "フィッシング|偽サイト|偽メール|ニセサイト|詐欺|phishing|scam|fake site|fake email",
  "メンテナンス|メンテ|maintenance",
  "アプリ|app|mobile app",
  "上限|上限額|限度額|限度|limit|maximum",
  "宛先タグ|タグ|メモ|destination tag|memo|tag",
  "日本円|jpy|yen",
  "処理中|保留|審査中|止まって|pending|processing|stuck|under review",
  "レート制限|rate limit|too many requests|429",
  "返信|返事|回答|返答|reply|response|answer",
  "スタッフ|サポート担当|担当者|staff|support agent|employee",
  "apiキー|api key|apiシークレット|api secret|シークレットキー|secret key",
  "成行|成り行き|成行注文|market order|slippage|スリッページ",
  "受付時間|営業時間|対応時間|hours|business hours|opening hours",
  "履歴|りれき|history",
  "再設定|リセット|再発行|reset",
  "忘れ|わすれ|forgot|forget|forgotten",
  "注文|オーダー|order",
  "合わない|一致しない|合ってない|mismatch|discrepancy",
  "リカバリーコード|バックアップコード|recovery code|backup code",
  "お金|おかね|資金|money|funds",
  "漏れ|漏えい|漏洩|流出|バレ|leak|leaked|exposed|compromised",
  "聞かれ|聞き出|尋ね|教えて|ask|asked|asking",
];

export interface SynonymAlternative {
  /** Scan form (see `scanForm`). */
  text: string;
  terms: readonly string[];
}

export interface SynonymTable {
  alternatives: readonly (readonly SynonymAlternative[])[];
  /** Multi-word and Japanese expressions in scan form, by first character, longest first. */
  phrases: ReadonlyMap<string, readonly { key: string; groups: readonly number[] }[]>;
  /** Single Latin words, by stem, so inflected and typo-corrected query words find them too. */
  words: ReadonlyMap<string, readonly number[]>;
}

/**
 * The form synonym keys and queries are compared in: normalized tokens joined by one space, so
 * "TX ハッシュ", "txハッシュ" and "tx-hash" meet.
 */
export function scanForm(normalized: string): string {
  return scanTokens(normalized)
    .map((token) => token.text)
    .join(" ");
}

const singleWord = /^[\p{L}\p{N}]+$/u;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export function compileSynonyms(groups: readonly string[]): SynonymTable {
  const alternatives: SynonymAlternative[][] = [];
  const phrases = new Map<string, { key: string; groups: number[] }[]>();
  const words = new Map<string, number[]>();
  groups.forEach((line, group) => {
    const seen = new Set<string>();
    const list: SynonymAlternative[] = [];
    for (const expression of line.split("|")) {
      const text = scanForm(normalizeText(expression));
      if (text === "") continue;
      const isWord = singleWord.test(text) && scanTokens(text)[0]?.kind === "word";
      if (isWord) push(words, stemEnglish(text), group);
      else {
        const first = text[0] as string;
        const entries = phrases.get(first) ?? [];
        const entry = entries.find((candidate) => candidate.key === text);
        if (entry) {
          if (!entry.groups.includes(group)) entry.groups.push(group);
        } else entries.push({ key: text, groups: [group] });
        phrases.set(first, entries);
      }
      const terms = queryTermsOf(text);
      const signature = terms.join(" ");
      if (terms.length === 0 || seen.has(signature)) continue;
      seen.add(signature);
      list.push({ text, terms });
    }
    alternatives.push(list);
  });
  for (const entries of phrases.values()) entries.sort((a, b) => b.key.length - a.key.length);
  return { alternatives, phrases, words };
}

let compiled: SynonymTable | undefined;

/** The built-in table, compiled on first use. */
export function defaultSynonyms(): SynonymTable {
  compiled ??= compileSynonyms(synonymGroups);
  return compiled;
}
