import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { checkMerge, fieldsToCarry, type MergeCandidate } from "./merge-rules";

function refusalOf(attempt: () => void): string | null {
  try {
    attempt();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.messageKey;
    throw error;
  }
}

const ticket = (id: string, changes: Partial<MergeCandidate> = {}): MergeCandidate => ({
  id,
  status: "open",
  customerId: "customer-a",
  contactEmail: "hanako@example.jp",
  mergedIntoId: null,
  ...changes,
});

describe("merging a duplicate", () => {
  it.each<[string, MergeCandidate, MergeCandidate, string | null]>([
    ["two tickets of one customer", ticket("1"), ticket("2"), null],
    ["into a resolved ticket", ticket("1"), ticket("2", { status: "resolved" }), null],
    ["a ticket into itself", ticket("1"), ticket("1"), "workspace.merge.self"],
    [
      "an already merged duplicate",
      ticket("1", { mergedIntoId: "3" }),
      ticket("2"),
      "workspace.merge.alreadyMerged",
    ],
    [
      "into a merged ticket",
      ticket("1"),
      ticket("2", { mergedIntoId: "3" }),
      "workspace.merge.alreadyMerged",
    ],
    ["into a closed ticket", ticket("1"), ticket("2", { status: "closed" }), "workspace.merge.targetClosed"],
    [
      "another customer's ticket",
      ticket("1"),
      ticket("2", { customerId: "customer-b" }),
      "workspace.merge.differentRequester",
    ],
    [
      "an anonymous inquiry into an account's ticket",
      ticket("1", { customerId: null }),
      ticket("2"),
      "workspace.merge.differentRequester",
    ],
    [
      "two anonymous inquiries from one address",
      ticket("1", { customerId: null }),
      ticket("2", { customerId: null }),
      null,
    ],
    [
      "two anonymous inquiries from different addresses",
      ticket("1", { customerId: null }),
      ticket("2", { customerId: null, contactEmail: "other@example.jp" }),
      "workspace.merge.differentRequester",
    ],
  ])("%s", (_case, source, target, refusal) => {
    expect(refusalOf(() => checkMerge(source, target))).toBe(refusal);
  });

  it("carries the facts the target lacks, never overwriting its own", () => {
    expect(
      fieldsToCarry(
        [
          { key: "txid", value: "abc" },
          { key: "amount", value: "0.5" },
          { key: "network", value: " " },
        ],
        [{ key: "amount", value: "0.3" }],
      ),
    ).toEqual([{ key: "txid", value: "abc" }]);
  });
});
