import { describe, expect, it } from "vitest";
import { liveViewers, type PresenceEntry } from "./presence";

const NOW = new Date("2026-11-28T10:00:00+09:00");
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

describe("who else is on a ticket", () => {
  const entries: PresenceEntry[] = [
    { staffId: "me", name: "山本", seenAt: ago(1), typingAt: ago(1) },
    { staffId: "a", name: "渡辺", seenAt: ago(5), typingAt: ago(3) },
    { staffId: "b", name: "伊藤", seenAt: ago(20), typingAt: ago(15) },
    { staffId: "c", name: "中村", seenAt: ago(45), typingAt: null },
  ];

  it("lists the others seen lately, typing only when the last keystroke is recent", () => {
    expect(liveViewers(entries, NOW, "me")).toEqual([
      { staffId: "b", name: "伊藤", typing: false },
      { staffId: "a", name: "渡辺", typing: true },
    ]);
  });
});
