import { describe, expect, it } from "vitest";
import { type StaffRequestKind, detectStaffAskingForSecrets } from "./detect-staff-secret-requests";

function kinds(text: string): StaffRequestKind[] {
  return detectStaffAskingForSecrets(text).map((finding) => finding.kind);
}

describe("staff replies that ask for secrets", () => {
  it.each<[string, StaffRequestKind]>([
    ["お手数ですが、ログインパスワードを教えていただけますか。", "password"],
    ["お手数ですが、パスワードを教えていただけませんか。", "password"],
    ["パスワードは何ですか？", "password"],
    ["本人確認のため、認証コードをこちらにご返信ください。", "two_factor_code"],
    ["認証アプリのコードをお知らせください。", "two_factor_code"],
    ["シードフレーズをご記載のうえ、ご返信ください。", "seed_phrase"],
    ["復元フレーズ（12単語）をすべてお送りください。", "seed_phrase"],
    ["秘密鍵を送ってください。", "private_key"],
    ["AnyDeskをインストールしてください。", "remote_access"],
    ["画面共有で操作をご案内します。", "remote_access"],
    ["Please send us your password so we can check.", "password"],
    ["Could you reply with the 6-digit code from your authenticator app?", "two_factor_code"],
    ["What is your seed phrase?", "seed_phrase"],
    ["We will need your recovery phrase to restore the wallet.", "seed_phrase"],
    ["Kindly share your private key with our team.", "private_key"],
    ["Please install TeamViewer so that we can look at your computer.", "remote_access"],
  ])("flags %j as %s", (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    "当社のスタッフがパスワードをお尋ねすることはありません。",
    "パスワードや認証コードは、絶対にほかの人に教えないでください。",
    "シードフレーズは誰にもお伝えいただく必要はありません。",
    "認証コードをお送りしましたので、ご確認ください。",
    "パスワードを再設定してください。",
    "パスワードを変更した日時を教えてください。",
    "遠隔操作ソフトのインストールをお願いすることは一切ございません。",
    "We will never ask for your password or 2FA codes.",
    "Please do not share your seed phrase with anyone.",
    "We have emailed you a password reset link.",
    "We will email your password reset link shortly.",
    "Please enter the verification code we sent to your email.",
    "Please send us a screenshot of the error.",
    "You can reset your password from the sign-in page.",
  ])("does not flag %j", (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it("judges each sentence on its own", () => {
    const reply = "Please never share your password. Send us your 2FA code, please.";
    const findings = detectStaffAskingForSecrets(reply);
    expect(findings.map((finding) => finding.kind)).toEqual(["two_factor_code"]);
    const [finding] = findings;
    expect(finding && reply.slice(finding.start, finding.end)).toBe("Send us your 2FA code");
  });

  it("gives positions in the whole reply", () => {
    const reply = "いつもご利用ありがとうございます。\n本人確認のため、秘密鍵を送ってください。";
    const [finding] = detectStaffAskingForSecrets(reply);
    expect(finding?.kind).toBe("private_key");
    expect(finding && reply.slice(finding.start, finding.end)).toBe("秘密鍵を送ってください");
  });
});
