import { describe, expect, it } from "vitest";
import { locales } from "../locale/locale";
import type { EmailMessage, EmailTemplate, OutgoingEmail } from "./email-message";
import { escapeHtml, isAllowedEmailLink, parseOutgoingEmail, renderEmail } from "./render-email";
import { emailTemplateKeys } from "./templates/email-templates";
import { formatDuration } from "./templates/template-kit";

const brand = { nameJa: "ミライコイン", nameEn: "MiraiCoin" };
const url = "https://portal.example.jp/verify?token=abc123&x=1";
const url2 = "https://portal.example.jp/status/unsubscribe?token=def456";

/** One sample per template, with the facts its email must state and the links it may carry. */
const samples: Record<EmailTemplate, { message: EmailMessage; facts: string[]; links: string[] }> = {
  verify_email: {
    message: { template: "verify_email", data: { name: "山田 花子", url, expiresInHours: 24 } },
    facts: ["山田 花子|Hanako", "24時間|24 hours"],
    links: [url],
  },
  reset_password: {
    message: { template: "reset_password", data: { name: "山田 花子", url, expiresInMinutes: 30 } },
    facts: ["30分|30 minutes"],
    links: [url],
  },
  password_changed: {
    message: { template: "password_changed", data: { name: "山田 花子" } },
    facts: ["パスワードが変更|password of your account was changed", "緊急凍結|Emergency account freeze"],
    links: [],
  },
  account_locked: {
    message: { template: "account_locked", data: { name: "山田 花子", unlockUrl: url, lockedMinutes: 90 } },
    facts: ["1時間30分|1 hour 30 minutes"],
    links: [url],
  },
  freeze_confirm: {
    message: { template: "freeze_confirm", data: { url, expiresInMinutes: 15 } },
    facts: ["15分|15 minutes", "凍結|freeze"],
    links: [url],
  },
  account_frozen: {
    message: { template: "account_frozen", data: { name: "山田 花子" } },
    facts: ["凍結しました|froze your account", "ご本人確認|identity verification"],
    links: [],
  },
  email_change_confirm: {
    message: { template: "email_change_confirm", data: { name: "山田 花子", url, expiresInHours: 1 } },
    facts: ["1時間|1 hour"],
    links: [url],
  },
  email_change_notice: {
    message: {
      template: "email_change_notice",
      data: { name: "山田 花子", newEmailMasked: "h***@example.com" },
    },
    facts: ["h***@example.com"],
    links: [],
  },
  two_factor_changed: {
    message: { template: "two_factor_changed", data: { name: "山田 花子", enabled: false } },
    facts: ["無効|off"],
    links: [],
  },
  sessions_revoked: {
    message: { template: "sessions_revoked", data: { name: "山田 花子" } },
    facts: ["サインアウト|signed out"],
    links: [],
  },
  staff_invite: {
    message: { template: "staff_invite", data: { name: "佐藤 一郎", url, expiresInHours: 72 } },
    facts: ["佐藤 一郎", "72時間|72 hours"],
    links: [url],
  },
  inquiry_code: {
    message: { template: "inquiry_code", data: { code: "482913", expiresInMinutes: 10 } },
    facts: ["482913", "10分|10 minutes"],
    links: [],
  },
  inquiry_received: {
    message: {
      template: "inquiry_received",
      data: {
        number: "Q-2026-000123",
        teamKey: "funds",
        firstResponseDueAt: "2026-11-30T03:00:00.000Z",
        followUp: "sign_in",
      },
    },
    facts: [
      "Q-2026-000123",
      "入出金サポート|Deposits & withdrawals",
      "11月30日（月）12:00|30 Nov 2026, 12:00",
    ],
    links: [],
  },
  ticket_replied: {
    message: { template: "ticket_replied", data: { number: "Q-2026-000123", followUp: "email_code" } },
    facts: ["Q-2026-000123", "確認コード|confirmation code"],
    links: [],
  },
  ticket_status_changed: {
    message: {
      template: "ticket_status_changed",
      data: { number: "Q-2026-000123", status: "resolved", followUp: "sign_in" },
    },
    facts: ["Q-2026-000123", "解決済み|Resolved", "14日|14 days"],
    links: [],
  },
  ticket_auto_close_notice: {
    message: {
      template: "ticket_auto_close_notice",
      data: { number: "Q-2026-000123", closesAt: "2026-12-02T03:00:00.000Z", followUp: "email_code" },
    },
    facts: [
      "Q-2026-000123",
      "12月2日（水）12:00|2 Dec 2026, 12:00",
      "ご返信|reply",
      "確認コード|confirmation code",
    ],
    links: [],
  },
  ticket_auto_closed: {
    message: { template: "ticket_auto_closed", data: { number: "Q-2026-000123", followUp: "sign_in" } },
    facts: ["Q-2026-000123", "解決済み|resolved", "14日|14 days", "7日間|7 days"],
    links: [],
  },
  ticket_escalated: {
    message: {
      template: "ticket_escalated",
      data: {
        number: "Q-2026-000123",
        teamKey: "funds",
        clock: "first_response",
        priority: "high",
        dueAt: "2026-11-30T03:00:00.000Z",
        lateMinutes: 95,
        url: "https://console.example.jp/tickets/Q-2026-000123",
      },
    },
    facts: [
      "Q-2026-000123",
      "入出金サポート|Deposits & withdrawals",
      "初回回答期限|first response deadline",
      "1時間35分|1 hour 35 minutes",
      "11月30日（月）12:00|30 Nov 2026, 12:00",
    ],
    links: ["https://console.example.jp/tickets/Q-2026-000123"],
  },
  status_subscription_confirm: {
    message: { template: "status_subscription_confirm", data: { confirmUrl: url, unsubscribeUrl: url2 } },
    facts: ["障害・メンテナンス|outage and maintenance"],
    links: [url, url2],
  },
  status_incident_update: {
    message: {
      template: "status_incident_update",
      data: {
        title: "出金の遅延",
        status: "monitoring",
        body: "復旧しました。\n引き続き監視しています。",
        statusUrl: "https://status.example.jp/incidents/42",
        unsubscribeUrl: url2,
      },
    },
    facts: ["出金の遅延", "経過観察中|Monitoring", "引き続き監視しています。"],
    links: ["https://status.example.jp/incidents/42", url2],
  },
  incident_resolved_ticket: {
    message: {
      template: "incident_resolved_ticket",
      data: {
        number: "Q-2026-000123",
        title: "出金の遅延",
        statusUrl: "https://portal.example.jp/status",
        followUp: "sign_in",
      },
    },
    facts: ["Q-2026-000123", "出金の遅延", "復旧いたしました|has been resolved"],
    links: ["https://portal.example.jp/status"],
  },
  announcement_published: {
    message: {
      template: "announcement_published",
      data: {
        title: "年末年始の営業について",
        excerpt: "12月31日から1月3日まで、電話サポートをお休みいたします。",
        announcementUrl: "https://portal.example.jp/announcements/year-end",
        unsubscribeUrl: url2,
      },
    },
    facts: ["年末年始の営業について", "電話サポートをお休みいたします"],
    links: ["https://portal.example.jp/announcements/year-end", url2],
  },
};

const cases = emailTemplateKeys.flatMap((template) => locales.map((locale) => [template, locale] as const));

/** Every URL a reader could follow: hrefs in the HTML, bare URLs in either part. */
function linksIn(part: string): string[] {
  const hrefs = [...part.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? "");
  const bare = [...part.matchAll(/(?:https?|javascript|data):[^\s"<>]*/gi)].map((match) => match[0]);
  return [...hrefs, ...bare].map((link) => link.replaceAll("&amp;", "&"));
}

function factMatches(part: string, fact: string, html: boolean): boolean {
  return fact.split("|").some((variant) => part.includes(html ? escapeHtml(variant) : variant));
}

describe("renderEmail", () => {
  it("has a sample for every template", () => {
    expect(Object.keys(samples).sort()).toEqual([...emailTemplateKeys].sort());
  });

  it.each(cases)("%s (%s): subject, links, facts and the staff notice", (template, locale) => {
    const sample = samples[template];
    const email: OutgoingEmail = { ...sample.message, to: "hanako@example.jp", locale };
    const { subject, text, html } = renderEmail(email, brand);
    const brandName = locale === "ja" ? brand.nameJa : brand.nameEn;

    expect(subject.trim()).not.toBe("");
    expect(subject).toContain(brandName);
    expect(subject).not.toMatch(/[<>]|https?:/);
    expect(html.toLowerCase()).not.toContain("<script");
    expect(html).toContain(`lang="${locale}"`);

    for (const link of sample.links) {
      expect(text).toContain(link);
      expect(html).toContain(`href="${escapeHtml(link)}"`);
    }
    for (const found of [...linksIn(text), ...linksIn(html)]) expect(sample.links).toContain(found);

    for (const fact of sample.facts) {
      expect(factMatches(text, fact, false), `text states ${fact}`).toBe(true);
      expect(factMatches(html, fact, true), `html states ${fact}`).toBe(true);
    }

    const staffNotice = locale === "ja" ? "決してありません" : "will never ask for your password";
    expect(text).toContain(staffNotice);
    expect(html).toContain(staffNotice);
    expect(text).toMatch(locale === "ja" ? /シードフレーズ/ : /seed phrase/);
  });

  it.each(locales)("says 'sign in to read' without a link in notices (%s)", (locale) => {
    const notice = renderEmail(
      { template: "password_changed", data: { name: "Alex" }, to: "alex@example.com", locale },
      brand,
    );
    expect(notice.text).toMatch(locale === "ja" ? /サインインしてご確認ください/ : /sign in to MiraiCoin/);
    expect(linksIn(notice.text)).toEqual([]);
    expect(linksIn(notice.html)).toEqual([]);
  });

  it("writes Japanese for ja recipients and English for en recipients", () => {
    const message = samples.verify_email.message;
    const ja = renderEmail({ ...message, to: "a@example.jp", locale: "ja" }, brand);
    const en = renderEmail({ ...message, to: "a@example.jp", locale: "en" }, brand);
    expect(ja.subject).toBe("【ミライコイン】メールアドレスのご確認");
    expect(en.subject).toBe("[MiraiCoin] Confirm your email address");
    expect(en.text).not.toMatch(/[ぁ-ん]/);
  });

  it("escapes every interpolated value in the HTML", () => {
    const hostile = `<script>alert(1)</script><img src=x onerror="alert(2)">`;
    const { html, text } = renderEmail(
      {
        template: "status_incident_update",
        data: { title: hostile, status: hostile, body: hostile, statusUrl: url, unsubscribeUrl: url2 },
        to: "a@example.jp",
        locale: "ja",
      },
      { nameJa: hostile, nameEn: hostile },
    );
    expect(html.toLowerCase()).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(text).toContain(hostile);
  });

  it.each([
    "javascript:alert(1)",
    "http://evil.example.com/reset",
    "https://example.com/a b",
    'https://example.com/"onmouseover="x',
    "data:text/html,hi",
    "//example.com/x",
  ])("refuses to send a link that is not https: %s", (bad) => {
    expect(isAllowedEmailLink(bad)).toBe(false);
    expect(() =>
      renderEmail(
        {
          template: "verify_email",
          data: { name: "A", url: bad, expiresInHours: 1 },
          to: "a@b.jp",
          locale: "en",
        },
        brand,
      ),
    ).toThrow(/not https/);
  });

  it.each(["https://portal.example.jp/reset?t=1", "http://localhost:3000/verify?t=1", "http://127.0.0.1/x"])(
    "accepts %s",
    (good) => expect(isAllowedEmailLink(good)).toBe(true),
  );
});

describe("parseOutgoingEmail", () => {
  it("reads back what was enqueued", () => {
    const row = { to: "a@example.jp", locale: "en", ...samples.inquiry_code.message };
    expect(parseOutgoingEmail(row)).toEqual(row);
  });

  it.each([
    [{ template: "no_such_template", data: {} }, /unknown email template/],
    [{ template: "inquiry_code", data: { code: 42 } }, /code, expiresInMinutes/],
  ])("refuses a row it cannot render (%#)", (partial, error) => {
    expect(() => parseOutgoingEmail({ to: "a@example.jp", locale: "ja", ...partial })).toThrow(error);
  });

  it("names the invalid fields, never their values", () => {
    const secret = "https://portal.example.jp/reset?token=SECRET";
    expect(() =>
      parseOutgoingEmail({
        to: "a@example.jp",
        locale: "ja",
        template: "reset_password",
        data: { url: secret, expiresInMinutes: "soon" },
      }),
    ).toThrow(/^(?!.*SECRET).*name, expiresInMinutes/);
  });
});

describe("formatDuration", () => {
  it.each([
    [1, "1分", "1 minute"],
    [45, "45分", "45 minutes"],
    [60, "1時間", "1 hour"],
    [90, "1時間30分", "1 hour 30 minutes"],
    [1440, "24時間", "24 hours"],
  ])("%i minutes", (minutes, ja, en) => {
    expect(formatDuration("ja", minutes)).toBe(ja);
    expect(formatDuration("en", minutes)).toBe(en);
  });
});
