import { describe, expect, it } from "vitest";
import {
  announcementExcerpt,
  announcementNotice,
  announcementPublishAt,
  announcementSaveSchema,
  announcementState,
  canChangeAnnouncementSlug,
  noticeGoesNow,
} from "./announcement-rules";

const now = new Date("2026-11-28T03:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

describe("announcements", () => {
  it("is a draft, scheduled or published by its publication time", () => {
    expect(announcementState(null, now)).toBe("draft");
    expect(announcementState(days(1), now)).toBe("scheduled");
    expect(announcementState(now, now)).toBe("published");
    expect(announcementState(days(-1), now)).toBe("published");
  });

  it("publishes now, or later within a year, never backdated", () => {
    expect(announcementPublishAt(undefined, now)).toEqual(now);
    expect(announcementPublishAt(days(-3), now)).toEqual(now);
    expect(announcementPublishAt(days(2), now)).toEqual(days(2));
    expect(() => announcementPublishAt(days(400), now)).toThrow(expect.objectContaining({ code: "INVALID" }));
  });

  it("takes English as both title and body or neither", () => {
    const base = { slug: "new-listing", titleJa: "新規上場", bodyJa: "本文" };
    expect(announcementSaveSchema.safeParse(base).success).toBe(true);
    expect(announcementSaveSchema.safeParse({ ...base, titleEn: "Listing", bodyEn: "Body" }).success).toBe(
      true,
    );
    expect(announcementSaveSchema.safeParse({ ...base, titleEn: "Listing" }).success).toBe(false);
    expect(announcementSaveSchema.parse({ ...base, titleEn: " ", bodyEn: "" })).toMatchObject({
      titleEn: undefined,
      bodyEn: undefined,
    });
  });

  it("fixes the slug once published", () => {
    expect(canChangeAnnouncementSlug(null)).toBe(true);
    expect(canChangeAnnouncementSlug(now)).toBe(false);
  });
});

describe("announcementExcerpt", () => {
  it.each([
    [
      "# 見出し\n\n**重要**：[詳細](https://example.jp)をご確認ください。",
      "見出し 重要：詳細をご確認ください。",
    ],
    ["- 一つ目\n- 二つ目", "一つ目 二つ目"],
    ["![図](x.png)本文", "本文"],
  ])("turns %j into plain text", (markdown, expected) => {
    expect(announcementExcerpt(markdown)).toBe(expected);
  });

  it("cuts long text with an ellipsis, within the limit", () => {
    const excerpt = announcementExcerpt("あ".repeat(300), 20);
    expect([...excerpt]).toHaveLength(20);
    expect(excerpt.endsWith("…")).toBe(true);
  });
});

describe("noticeGoesNow", () => {
  const at = new Date("2026-11-28T00:00:00Z");
  it("emails with publishing now, and leaves a scheduled one to the scheduler", () => {
    expect(noticeGoesNow(at, at)).toBe(true);
    expect(noticeGoesNow(new Date(at.getTime() - 1), at)).toBe(true);
    expect(noticeGoesNow(new Date(at.getTime() + 60_000), at)).toBe(false);
  });
});

describe("announcementNotice", () => {
  const now = new Date("2026-11-28T00:00:00Z");
  const later = new Date(now.getTime() + 3_600_000);
  const decide = (publishedAt: Date | null, asked: boolean, alreadyEmailed = false) =>
    announcementNotice({ publishedAt, asked, alreadyEmailed, now });
  it("sends now with publishing now, and at the publication time when scheduled", () => {
    expect(decide(now, true)).toBe("now");
    expect(decide(later, true)).toBe("atPublication");
  });
  it("withdraws the email when not asked or taken off the portal", () => {
    expect(decide(now, false)).toBe("none");
    expect(decide(later, false)).toBe("none");
    expect(decide(null, true)).toBe("none");
  });
  it("keeps no request for an announcement already emailed", () => {
    expect(decide(later, true, true)).toBe("none");
    expect(decide(now, true, true)).toBe("now");
  });
});
