import { describe, expect, it } from "vitest";
import { translationState, translationStates } from "./translation-freshness";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 28, 0, minute));

describe("English is older than Japanese", () => {
  it.each([
    [at(10), at(5), "stale"],
    [at(10), at(10), "current"],
    [at(10), at(20), "current"],
    [at(10), null, "missing"],
  ] as const)("Japanese changed at %s, English at %s: %s", (source, translation, state) => {
    expect(translationState({ sourceChangedAt: source, translationChangedAt: translation })).toBe(state);
  });

  it("states every translation of an article from its newest revision times", () => {
    expect(translationStates({ ja: at(10), en: at(5) }, ["ja", "en"])).toEqual({ en: "stale" });
    expect(translationStates({ ja: at(10) }, ["ja", "en"])).toEqual({ en: "missing" });
    expect(translationStates({ en: at(10) }, ["ja", "en"])).toEqual({});
  });
});
