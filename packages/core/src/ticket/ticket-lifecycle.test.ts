import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { applyCustomerAction, type CustomerAction, type TicketStatus } from "./ticket-lifecycle";

const now = new Date("2026-11-28T00:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

describe("customer actions on a ticket", () => {
  it.each<[CustomerAction, TicketStatus, TicketStatus]>([
    ["reply", "new", "new"],
    ["reply", "open", "open"],
    ["reply", "waiting_on_customer", "open"],
    ["mark_solved", "open", "resolved"],
    ["mark_solved", "waiting_on_customer", "resolved"],
    ["reopen", "resolved", "open"],
    ["rate", "resolved", "resolved"],
    ["rate", "closed", "closed"],
  ])("%s on %s -> %s", (action, status, expected) => {
    expect(applyCustomerAction({ status, resolvedAt: daysAgo(1), csatScore: null }, action, now)).toBe(
      expected,
    );
  });

  it.each<[CustomerAction, TicketStatus, string]>([
    ["reply", "resolved", "ticket.replyToFinished"],
    ["reply", "closed", "ticket.replyToFinished"],
    ["mark_solved", "resolved", "ticket.mark_solvedNotAllowed"],
    ["reopen", "open", "ticket.reopenNotAllowed"],
    ["reopen", "closed", "ticket.reopenNotAllowed"],
    ["rate", "open", "ticket.rateNotAllowed"],
  ])("refuses %s on %s with %s", (action, status, key) => {
    expect(() =>
      applyCustomerAction({ status, resolvedAt: daysAgo(1), csatScore: null }, action, now),
    ).toThrow(expect.objectContaining({ code: "CONFLICT", messageKey: key }));
  });

  it.each([
    [13.9, true],
    [14, true],
    [14.01, false],
    [30, false],
  ])("reopens %s days after resolution: %s", (days, allowed) => {
    const attempt = () =>
      applyCustomerAction({ status: "resolved", resolvedAt: daysAgo(days), csatScore: null }, "reopen", now);
    if (allowed) expect(attempt()).toBe("open");
    else expect(attempt).toThrow(DomainError);
  });

  it("takes one satisfaction rating per ticket", () => {
    expect(() =>
      applyCustomerAction({ status: "resolved", resolvedAt: daysAgo(1), csatScore: 4 }, "rate", now),
    ).toThrow(expect.objectContaining({ messageKey: "ticket.alreadyRated" }));
  });
});
