import { describe, expect, it } from "vitest";
import { csatInputSchema, replyBodySchema, ticketNumberInputSchema } from "./customer-ticket-input";
import { ticketStatusLabel, ticketStatusLabels } from "./ticket-labels";
import { ticketStatuses } from "./ticket-lifecycle";

describe("customer ticket input", () => {
  it("cleans a reply and refuses an empty or overlong one", () => {
    expect(replyBodySchema.parse(" 追記です\r\n\u0007よろしくお願いします ")).toBe(
      "追記です\nよろしくお願いします",
    );
    expect(replyBodySchema.safeParse(" \n ").success).toBe(false);
    expect(replyBodySchema.safeParse("x".repeat(5001)).success).toBe(false);
  });

  it.each([
    [{ score: 5 }, true],
    [{ score: 1, comment: "  " }, true],
    [{ score: 0 }, false],
    [{ score: 6 }, false],
    [{ score: 4.5 }, false],
  ])("rates %j: %s", (input, ok) => {
    expect(csatInputSchema.safeParse(input).success).toBe(ok);
  });

  it("reads a ticket number as typed", () => {
    expect(ticketNumberInputSchema.parse(" q-2026-000042 ")).toBe("Q-2026-000042");
  });

  it("labels every status in both languages", () => {
    for (const status of ticketStatuses) {
      expect(ticketStatusLabels[status].ja).not.toBe("");
      expect(ticketStatusLabels[status].en).not.toBe("");
    }
    expect(ticketStatusLabel("resolved", "ja")).toBe("解決済み");
    expect(ticketStatusLabel("unknown", "en")).toBe("unknown");
  });
});
