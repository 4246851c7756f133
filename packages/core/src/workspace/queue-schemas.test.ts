import { describe, expect, it } from "vitest";
import { encodeQueueCursor, jstDayRange, queueCursorSchema, queueListInputSchema } from "./queue-schemas";

describe("queue inputs", () => {
  it("round-trips a page cursor", () => {
    const cursor = { at: new Date("2026-11-28T01:00:00Z"), id: "0b5f5c0e-8d2f-4c41-9a57-3f0c7d3f2a10" };
    expect(queueCursorSchema.parse(encodeQueueCursor(cursor))).toEqual(cursor);
    expect(queueCursorSchema.safeParse("1.../etc/passwd").success).toBe(false);
  });

  it("reads days in Japan time, the 'to' day inclusive", () => {
    expect(jstDayRange("2026-11-01", "2026-11-30")).toEqual({
      from: new Date("2026-10-31T15:00:00Z"),
      to: new Date("2026-11-30T15:00:00Z"),
    });
    expect(jstDayRange(undefined, undefined)).toEqual({});
  });

  it("defaults to the due-time order with no filter", () => {
    expect(queueListInputSchema.parse({ queue: { kind: "mine" } })).toEqual({
      queue: { kind: "mine" },
      filters: {},
      sort: "due",
    });
    expect(queueListInputSchema.safeParse({ queue: { kind: "team", team: "nowhere" } }).success).toBe(false);
  });
});
