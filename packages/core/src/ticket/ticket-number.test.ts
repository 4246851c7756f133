import { describe, expect, it } from "vitest";
import { formatTicketNumber, parseTicketNumber, ticketYear } from "./ticket-number";

describe("ticket numbers", () => {
  it.each([
    [2026, 1, "Q-2026-000001"],
    [2026, 123, "Q-2026-000123"],
    [2027, 999_999, "Q-2027-999999"],
    [2027, 1_000_000, "Q-2027-1000000"],
  ])("formats %i #%i as %s and parses it back", (year, sequence, text) => {
    expect(formatTicketNumber(year, sequence)).toBe(text);
    expect(parseTicketNumber(text)).toEqual({ year, sequence });
  });

  it.each([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [1999, 1],
  ])("rejects year %i sequence %i", (year, sequence) => {
    expect(() => formatTicketNumber(year, sequence)).toThrow(RangeError);
  });

  it.each(["", "Q-26-000001", "X-2026-000001", "Q-2026-12"])("does not parse %j", (text) => {
    expect(parseTicketNumber(text)).toBeUndefined();
  });

  it("accepts lower case and spaces a customer may type", () => {
    expect(parseTicketNumber(" q-2026-000042 ")).toEqual({ year: 2026, sequence: 42 });
  });

  it.each([
    ["2026-12-31T14:59:59Z", 2026],
    ["2026-12-31T15:00:00Z", 2027],
  ])("files %s in year %i (JST)", (instant, year) => {
    expect(ticketYear(new Date(instant))).toBe(year);
  });
});
