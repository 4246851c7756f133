import { describe, expect, it } from "vitest";
import type { StaffRole } from "../access/permissions";
import {
  type ArticleAction,
  type ArticleStatus,
  applyArticleAction,
  availableArticleActions,
  canChangeSettings,
  canChangeSlug,
  isDue,
  scheduleAfterSave,
  validateSchedule,
} from "./article-workflow";

const now = new Date("2026-11-28T00:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe("article workflow", () => {
  it.each<[ArticleAction, ArticleStatus, ArticleStatus]>([
    ["save", "draft", "draft"],
    ["save", "review", "review"],
    ["save", "published", "published"],
    ["submit_for_review", "draft", "review"],
    ["return_to_draft", "review", "draft"],
    ["return_to_draft", "archived", "draft"],
    ["publish", "draft", "published"],
    ["publish", "review", "published"],
    ["schedule", "draft", "draft"],
    ["schedule", "review", "review"],
    ["unpublish", "published", "draft"],
    ["archive", "draft", "archived"],
    ["archive", "review", "archived"],
    ["archive", "published", "archived"],
  ])("a lead's %s on %s -> %s", (action, status, expected) => {
    expect(applyArticleAction({ role: "lead", status, hasUnpublishedChanges: false }, action)).toBe(expected);
  });

  it.each<[ArticleAction, ArticleStatus]>([
    ["save", "archived"],
    ["submit_for_review", "review"],
    ["submit_for_review", "published"],
    ["return_to_draft", "draft"],
    ["return_to_draft", "published"],
    ["schedule", "published"],
    ["schedule", "archived"],
    ["unpublish", "draft"],
    ["publish", "archived"],
    ["archive", "archived"],
  ])("refuses %s on %s as a conflict", (action, status) => {
    expect(() => applyArticleAction({ role: "admin", status, hasUnpublishedChanges: false }, action)).toThrow(
      expect.objectContaining({ code: "CONFLICT", messageKey: `knowledgeBase.${action}NotAllowed` }),
    );
  });

  it("publishes a published article again only when it has changes waiting", () => {
    expect(
      applyArticleAction({ role: "lead", status: "published", hasUnpublishedChanges: true }, "publish"),
    ).toBe("published");
    expect(() =>
      applyArticleAction({ role: "lead", status: "published", hasUnpublishedChanges: false }, "publish"),
    ).toThrow(expect.objectContaining({ code: "CONFLICT", messageKey: "knowledgeBase.nothingToPublish" }));
  });

  it.each<[StaffRole, ArticleAction[]]>([
    ["agent", ["save", "submit_for_review"]],
    ["lead", ["save", "submit_for_review", "publish", "schedule", "archive"]],
    ["admin", ["save", "submit_for_review", "publish", "schedule", "archive"]],
  ])("offers a %s on a draft: %j", (role, actions) => {
    expect(availableArticleActions({ role, status: "draft", hasUnpublishedChanges: false })).toEqual(actions);
  });

  it.each<ArticleAction>(["publish", "schedule", "unpublish", "archive", "return_to_draft"])(
    "lets no agent %s",
    (action) => {
      for (const status of ["draft", "review", "published", "archived"] as const) {
        expect(() =>
          applyArticleAction({ role: "agent", status, hasUnpublishedChanges: true }, action),
        ).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
      }
    },
  );

  it("schedules at least a minute and at most a year ahead", () => {
    expect(() => validateSchedule(minutes(1), now)).not.toThrow();
    expect(() => validateSchedule(minutes(0.5), now)).toThrow(
      expect.objectContaining({ messageKey: "knowledgeBase.schedule.tooSoon" }),
    );
    expect(() => validateSchedule(minutes(-10), now)).toThrow(expect.objectContaining({ code: "INVALID" }));
    expect(() => validateSchedule(minutes(366 * 24 * 60), now)).toThrow(
      expect.objectContaining({ messageKey: "knowledgeBase.schedule.tooFar" }),
    );
    expect(() => validateSchedule(new Date(Number.NaN), now)).toThrow(
      expect.objectContaining({ code: "INVALID" }),
    );
  });

  it.each<[ArticleStatus, Date | null, boolean]>([
    ["review", minutes(-1), true],
    ["draft", now, true],
    ["review", minutes(1), false],
    ["review", null, false],
    ["published", minutes(-1), false],
    ["archived", minutes(-1), false],
  ])("a %s article scheduled at %s is due: %s", (status, scheduledAt, due) => {
    expect(isDue({ status, scheduledAt }, now)).toBe(due);
  });

  it("drops a schedule when someone who may not publish changes the text", () => {
    expect(scheduleAfterSave("agent", minutes(60))).toBeNull();
    expect(scheduleAfterSave("lead", minutes(60))).toEqual(minutes(60));
    expect(scheduleAfterSave("admin", null)).toBeNull();
  });

  it("fixes the slug once published", () => {
    expect(canChangeSlug({ publishedAt: null })).toBe(true);
    expect(canChangeSlug({ publishedAt: now })).toBe(false);
  });
});

describe("settings of a published article", () => {
  it("are changed only by someone who may publish", () => {
    expect(canChangeSettings("agent", "draft")).toBe(true);
    expect(canChangeSettings("agent", "published")).toBe(false);
    expect(canChangeSettings("lead", "published")).toBe(true);
  });
});
