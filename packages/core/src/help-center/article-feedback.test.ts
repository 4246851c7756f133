import { describe, expect, it } from "vitest";
import { articleFeedbackInputSchema, articleSlugSchema } from "./article-feedback";

describe("articleFeedbackInputSchema", () => {
  it("accepts a vote with or without a reason and drops an empty one", () => {
    expect(articleFeedbackInputSchema.parse({ slug: "reset-password", locale: "ja", helpful: true })).toEqual(
      {
        slug: "reset-password",
        locale: "ja",
        helpful: true,
      },
    );
    expect(
      articleFeedbackInputSchema.parse({
        slug: "reset-password",
        locale: "en",
        helpful: false,
        reason: "   ",
      }).reason,
    ).toBeUndefined();
    expect(
      articleFeedbackInputSchema.parse({
        slug: "reset-password",
        locale: "ja",
        helpful: false,
        reason: " 手順が古い ",
      }).reason,
    ).toBe("手順が古い");
  });

  it.each([
    [{ slug: "reset-password", locale: "fr", helpful: true }],
    [{ slug: "../etc/passwd", locale: "ja", helpful: true }],
    [{ slug: "reset-password", locale: "ja", helpful: "yes" }],
    [{ slug: "reset-password", locale: "ja", helpful: false, reason: "x".repeat(1001) }],
  ])("refuses %j", (input) => {
    expect(articleFeedbackInputSchema.safeParse(input).success).toBe(false);
  });

  it.each(["reset-password", "a", "jpy-2fa-setup"])("accepts the slug %s", (slug) => {
    expect(articleSlugSchema.safeParse(slug).success).toBe(true);
  });
  it.each(["Reset", "-a", "a--b", "a b", ""])("refuses the slug %j", (slug) => {
    expect(articleSlugSchema.safeParse(slug).success).toBe(false);
  });
});
