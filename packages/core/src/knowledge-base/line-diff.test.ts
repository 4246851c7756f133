import { describe, expect, it } from "vitest";
import { diffHunks, diffLines, diffStats, splitLines } from "./line-diff";

const render = (before: string, after: string) =>
  diffLines(before, after).map((line) => `${{ equal: " ", insert: "+", delete: "-" }[line.op]}${line.text}`);

/** Applying the script to the old text must give the new one, and keeping only old lines the old one. */
function roundTrips(before: string, after: string): void {
  const lines = diffLines(before, after);
  expect(lines.filter((l) => l.op !== "insert").map((l) => l.text)).toEqual(splitLines(before));
  expect(lines.filter((l) => l.op !== "delete").map((l) => l.text)).toEqual(splitLines(after));
}

describe("line diff", () => {
  it.each([
    ["", "", []],
    ["a", "a", [" a"]],
    ["", "a\nb", ["+a", "+b"]],
    ["a\nb", "", ["-a", "-b"]],
    ["a\nb\nc", "a\nc", [" a", "-b", " c"]],
    ["a\nc", "a\nb\nc", [" a", "+b", " c"]],
    ["a\nb\nc", "a\nB\nc", [" a", "-b", "+B", " c"]],
  ])("diffs %j -> %j", (before, after, expected) => {
    expect(render(before, after)).toEqual(expected);
  });

  it("finds the shortest edit script (Myers' example ABCABBA -> CBABAC has 5 edits)", () => {
    const before = "A\nB\nC\nA\nB\nB\nA";
    const after = "C\nB\nA\nB\nA\nC";
    const stats = diffStats(diffLines(before, after));
    expect(stats.added + stats.removed).toBe(5);
    roundTrips(before, after);
  });

  it("numbers lines in both texts and treats CRLF like LF", () => {
    expect(diffLines("一\r\n二\r\n三", "一\n三\n四")).toEqual([
      { op: "equal", text: "一", oldNumber: 1, newNumber: 1 },
      { op: "delete", text: "二", oldNumber: 2, newNumber: null },
      { op: "equal", text: "三", oldNumber: 3, newNumber: 2 },
      { op: "insert", text: "四", oldNumber: null, newNumber: 3 },
    ]);
  });

  it("round-trips random edits", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 200; round += 1) {
      const words = ["a", "b", "c", "d"];
      const pick = () => words[Math.floor(random() * words.length)] ?? "a";
      const before = Array.from({ length: Math.floor(random() * 12) }, pick).join("\n");
      const after = Array.from({ length: Math.floor(random() * 12) }, pick).join("\n");
      roundTrips(before, after);
    }
  });

  it("stays correct on a long article with a small change and on two unrelated long texts", () => {
    const long = Array.from({ length: 5000 }, (_, i) => `行 ${i}`);
    const edited = [...long.slice(0, 2500), "新しい行", ...long.slice(2501)];
    expect(diffStats(diffLines(long.join("\n"), edited.join("\n")))).toEqual({ added: 1, removed: 1 });
    const other = Array.from({ length: 3000 }, (_, i) => `別 ${i}`);
    roundTrips(long.join("\n"), other.join("\n"));
  });

  it("groups changes into hunks with context and counts what is skipped", () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i}`).join("\n");
    const after = before.replace("l2\n", "L2\n").replace("l15\n", "L15\n");
    const hunks = diffHunks(diffLines(before, after), 2);
    expect(hunks.map((h) => [h.skippedBefore, h.lines.length])).toEqual([
      [0, 6],
      [8, 6],
    ]);
    expect(hunks[0]?.lines.map((l) => l.text)).toEqual(["l0", "l1", "l2", "L2", "l3", "l4"]);
  });
});
