import { describe, expect, it } from "vitest";
import { mailFrom } from "./env";
import { redactSmtpUrl, smtpOptionsFromUrl } from "./mail-transport";

describe("SMTP_URL", () => {
  it.each([
    ["smtp://127.0.0.1:1025", { host: "127.0.0.1", port: 1025, secure: false }],
    ["smtps://mail.example.com", { host: "mail.example.com", port: 465, secure: true }],
    ["smtp://mail.example.com", { host: "mail.example.com", port: 587, secure: false }],
    ["smtp://[::1]:2525", { host: "::1", port: 2525, secure: false }],
    [
      "smtp://apikey:p%40ss%3Aword@smtp.example.com:587?requireTLS=true&tls.rejectUnauthorized=false",
      {
        host: "smtp.example.com",
        auth: { user: "apikey", pass: "p@ss:word" },
        requireTLS: true,
        tls: { rejectUnauthorized: false },
      },
    ],
  ])("%s", (url, expected) => {
    expect(smtpOptionsFromUrl(url)).toMatchObject({ ...expected, pool: true, socketTimeout: 30_000 });
  });

  it("refuses anything but smtp and smtps", () => {
    expect(() => smtpOptionsFromUrl("http://mail.example.com")).toThrow(/smtp:\/\//);
  });

  it("hides the password in logs", () => {
    expect(redactSmtpUrl("smtps://user:secret@mail.example.com:465")).toBe(
      "smtps://user:***@mail.example.com:465",
    );
  });
});

describe("MAIL_FROM", () => {
  const env = { smtpUrl: null, workerEnabled: true, pollMs: 5_000 };
  it("defaults to the brand's support desk", () => {
    expect(mailFrom({ ...env, mailFrom: null }, { nameJa: "ミライコイン" })).toBe(
      '"ミライコイン サポート" <support@example.jp>',
    );
  });
  it("is taken as given when set", () => {
    expect(mailFrom({ ...env, mailFrom: "Desk <desk@x.example>" }, { nameJa: "ミライコイン" })).toBe(
      "Desk <desk@x.example>",
    );
  });
});
