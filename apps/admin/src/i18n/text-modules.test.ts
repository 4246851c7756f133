import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { eventKindsByLocale, eventText } from "@/components/console/console-events-text";
import { problemMessages, problemText } from "@/components/console/console-problems-text";
import { formatDateTime } from "@/components/console/console-text";
import { workspaceText } from "@/components/console/workspace-text";
import { contentLabels, errorMessage } from "@/components/content/content-labels";
import { shellText } from "@/components/shell/shell-text";

/**
 * Every text module of the console (`*-text.ts`, `*-labels.ts` under src/), found on disk so a new
 * one is checked without being listed here; each export shaped `{ ja, en }` is one case.
 */
const src = fileURLToPath(new URL("..", import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: "utf8" })
  .map((file) => file.split(path.sep).join("/"))
  .filter((file) => /(?:-text|-labels)\.ts$/.test(file))
  .sort();

const isLocalized = (value: unknown): value is { ja: unknown; en: unknown } =>
  typeof value === "object" &&
  value !== null &&
  Object.keys(value).sort().join() === "en,ja" &&
  typeof (value as { ja: unknown }).ja === "object";

const modules: Record<string, { ja: unknown; en: unknown }> = {
  "timeline event kinds": {
    ja: Object.fromEntries(eventKindsByLocale.ja.map((kind) => [kind, kind])),
    en: Object.fromEntries(eventKindsByLocale.en.map((kind) => [kind, kind])),
  },
};
for (const file of files) {
  const exports = (await import(path.join(src, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exports)) {
    if (isLocalized(value)) modules[`${file} ${name}`] = value;
  }
}

/** The shape of a text tree: keys, strings (non-empty), functions (by arity), arrays (by length). */
function shape(value: unknown, path: string, problems: string[]): unknown {
  if (typeof value === "string") {
    if (value.trim() === "") problems.push(`${path} is empty`);
    return "string";
  }
  if (typeof value === "function") return `function/${value.length}`;
  if (Array.isArray(value)) return value.map((item, index) => shape(item, `${path}[${index}]`, problems));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shape((value as Record<string, unknown>)[key], `${path}.${key}`, problems)]),
    );
  }
  return typeof value;
}

describe("console text modules", () => {
  it("finds the text modules", () => {
    expect(Object.keys(modules)).toEqual(
      expect.arrayContaining([
        "components/shell/shell-text.ts shellText",
        "components/console/workspace-text.ts workspaceText",
        "components/account/error-text.ts errorMessages",
      ]),
    );
  });

  it.each(Object.entries(modules))("%s has the same keys in Japanese and English", (name, text) => {
    const problems: string[] = [];
    const ja = shape(text.ja, `${name}.ja`, problems);
    const en = shape(text.en, `${name}.en`, problems);
    expect(problems).toEqual([]);
    expect(en).toEqual(ja);
  });

  it("reads as different words in the two languages", () => {
    expect(shellText.en.nav.queues).not.toBe(shellText.ja.nav.queues);
    expect(workspaceText.en.queue.takeNext).not.toBe(workspaceText.ja.queue.takeNext);
  });
});

describe("eventText", () => {
  const newKinds: readonly [string, unknown][] = [
    ["auto_assigned", { assigneeId: "s1", assigneeName: "佐藤" }],
    ["escalated", { clock: "first_response", dueAt: "2026-11-28T03:00:00.000Z" }],
    ["auto_close_notice", {}],
    ["auto_closed", null],
    ["incident_resolved_notice", { incidentTitle: "入金遅延" }],
    ["unfreeze_requested", {}],
    ["unfreeze_approved", {}],
    ["unfreeze_rejected", {}],
    ["unfreeze_withdrawn", {}],
  ];

  it.each(newKinds)("has a line of its own for %s in both languages", (kind, data) => {
    for (const locale of ["ja", "en"] as const) {
      const line = eventText(kind, data, locale);
      expect(line).not.toContain(kind);
      expect(line.length).toBeGreaterThan(3);
    }
  });

  it("keeps the Japanese lines as they were", () => {
    expect(eventText("status_changed", { to: "waiting_on_customer" })).toBe(
      "ステータスを「お客様の返信待ち」にしました",
    );
    expect(eventText("assigned", { via: "take_next" })).toBe("担当者が次のチケットとして引き受けました");
  });

  it("translates labels inside a line", () => {
    expect(eventText("status_changed", { to: "waiting_on_customer" }, "en")).toBe(
      "Status set to “Waiting on customer”",
    );
    expect(eventText("escalated", { clock: "resolution" }, "en")).toBe(
      "Escalated: resolution deadline passed",
    );
    expect(eventText("auto_assigned", { assigneeName: "Sato" }, "en")).toBe("Assigned automatically (Sato)");
  });

  it("reads odd data defensively and names unknown kinds", () => {
    expect(eventText("escalated", "not an object", "ja")).toBe(
      "期限を超過したため、エスカレーションしました",
    );
    expect(eventText("auto_assigned", { assigneeName: 42 }, "en")).toBe("Assigned automatically");
    expect(eventText("something_new", {}, "en")).toBe("Recorded: something_new");
    expect(eventText("something_new", undefined, "ja")).toBe("記録がありました（something_new）");
    expect(eventText("toString", {}, "en")).toBe("Recorded: toString");
  });
});

describe("content errors", () => {
  it("names a known key in either language and never an unknown one", () => {
    const taken = { data: { messageKey: "knowledgeBase.slugTaken", code: "CONFLICT" } };
    expect(errorMessage(taken)).toBe(contentLabels.ja.errors["knowledgeBase.slugTaken"]);
    expect(errorMessage(taken, "en")).toBe(contentLabels.en.errors["knowledgeBase.slugTaken"]);
    expect(errorMessage({ data: { messageKey: "constructor", code: "NOT_FOUND" } }, "en")).toBe(
      contentLabels.en.codes.NOT_FOUND,
    );
  });
});

describe("problemText and formatDateTime", () => {
  it("answers a known key, a refusal code or a generic failure in the chosen language", () => {
    const conflict = { data: { messageKey: "workspace.conflict", code: "CONFLICT" } };
    expect(problemText(conflict)).toMatch(/^ほかの担当者が/);
    expect(problemText(conflict, "en")).toMatch(/^Another member/);
    expect(problemText({ data: { code: "FORBIDDEN" } }, "en")).toBe(problemMessages.en.FORBIDDEN);
    expect(problemText(new Error("internal detail"), "en")).toBe(problemMessages.en.failed);
  });

  it("writes Japan time, labelled in English", () => {
    const at = new Date("2026-11-28T03:05:00.000Z");
    expect(formatDateTime(at)).toBe("2026/11/28 12:05");
    expect(formatDateTime(at, "en")).toBe("Nov 28, 2026, 12:05 JST");
  });
});
