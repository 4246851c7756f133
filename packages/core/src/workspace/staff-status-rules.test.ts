import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import type { TicketStatus } from "../ticket/ticket-lifecycle";
import { canStaffMoveTo, checkStaffStatusChange, statusAfterStaffReply } from "./staff-status-rules";

describe("staff status changes", () => {
  it.each<[TicketStatus, TicketStatus, boolean]>([
    ["new", "open", true],
    ["new", "waiting_on_customer", true],
    ["open", "waiting_on_customer", true],
    ["open", "new", false],
    ["waiting_on_customer", "open", true],
    ["waiting_on_customer", "resolved", true],
    ["resolved", "open", true],
    ["resolved", "waiting_on_customer", false],
    ["resolved", "closed", true],
    ["closed", "open", false],
    ["closed", "resolved", false],
    ["open", "open", true],
  ])("%s -> %s: %s", (from, to, allowed) => {
    expect(canStaffMoveTo(from, to)).toBe(allowed);
    if (allowed) expect(checkStaffStatusChange(from, to)).toBe(to);
    else expect(() => checkStaffStatusChange(from, to)).toThrow(DomainError);
  });

  it.each<[TicketStatus, TicketStatus | null, TicketStatus | "refused"]>([
    ["new", null, "open"],
    ["open", null, "open"],
    ["waiting_on_customer", null, "waiting_on_customer"],
    ["new", "waiting_on_customer", "waiting_on_customer"],
    ["open", "resolved", "resolved"],
    ["resolved", null, "resolved"],
    ["resolved", "waiting_on_customer", "refused"],
    ["closed", null, "refused"],
  ])("a reply on %s with %s leaves the ticket %s", (current, requested, expected) => {
    if (expected === "refused") {
      expect(() => statusAfterStaffReply(current, requested)).toThrow(DomainError);
    } else {
      expect(statusAfterStaffReply(current, requested)).toBe(expected);
    }
  });
});
