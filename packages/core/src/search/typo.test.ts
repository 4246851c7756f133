import { describe, expect, it } from "vitest";
import { analyzeQuery } from "./analyze-query";
import { buildSearchIndex, type SearchDocument } from "./search-index";
import { search } from "./search";
import { allowedEdits, corrections, editDistance } from "./typo";

describe("editDistance", () => {
  it.each([
    ["password", "password", 0],
    ["pasword", "password", 1],
    ["passwrod", "password", 1],
    ["withdrawl", "withdrawal", 1],
    ["wihtdrawl", "withdrawal", 2],
    ["adress", "address", 1],
    ["phone", "phase", 2],
  ])("%s ~ %s = %i", (a, b, distance) => {
    expect(editDistance(a, b, 3)).toBe(distance);
  });

  it("stops early past the limit", () => {
    expect(editDistance("authentication", "maintenance", 2)).toBe(3);
  });
});

describe("allowedEdits", () => {
  it.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [12, 2],
  ])("a %i-letter word may have %i edits", (length, edits) => {
    expect(allowedEdits(length)).toBe(edits);
  });
});

describe("corrections", () => {
  const vocabulary = new Map<number, string[]>([
    [4, ["fill", "fell"]],
    [8, ["password"]],
    [10, ["withdrawal"]],
  ]);
  const frequency = (term: string) => (term === "fill" ? 10 : 1);

  it.each([
    ["pasword", 1, ["password"]],
    ["withdrwl", 2, ["withdrawal"]],
    ["fiil", 1, ["fill"]],
    ["xyzzy", 1, []],
  ])("%s (up to %i edits) -> %j", (word, max, expected) => {
    expect(corrections(word, max, vocabulary, frequency).map((candidate) => candidate.term)).toEqual(
      expected,
    );
  });

  it("prefers the nearest, then the most frequent", () => {
    expect(corrections("fall", 1, vocabulary, frequency).map((candidate) => candidate.term)).toEqual([
      "fill",
      "fell",
    ]);
  });
});

describe("typo tolerance in search", () => {
  const doc = (id: string, title: string): SearchDocument => ({
    id,
    locale: "en",
    title,
    summary: "",
    body: "",
    tags: [],
    popularity: 0,
  });
  const index = buildSearchIndex([
    doc("reset", "Forgot your password? How to reset it"),
    doc("pending", "My crypto withdrawal is stuck in processing"),
    doc("address", "I sent crypto to the wrong address"),
    doc("fees", "About fees"),
  ]);

  it.each([
    ["pasword reset", "reset"],
    ["passwrod", "reset"],
    ["withdrawl pending", "pending"],
    ["wrong adress", "address"],
  ])("%s finds %s", (query, id) => {
    expect(search(index, query, { locale: "en" }).hits[0]?.id).toBe(id);
  });

  it("leaves short and known words alone", () => {
    const units = analyzeQuery(index, "fes adress address");
    expect(units.map((unit) => unit.alternatives.map((alternative) => alternative.text))).toEqual([
      ["fes"],
      ["adress", "address"],
      ["address"],
    ]);
  });
});
