import { describe, expect, it } from "vitest";
import {
  replyInputSchema,
  staffTextSchema,
  tagSchema,
  tagsSchema,
  ticketUpdateSchema,
} from "./workspace-schemas";

describe("console inputs", () => {
  it.each([
    ["  VIP ", "vip"],
    ["要 確認", "要-確認"],
    ["ｂａｎｋ", "bank"],
    ["入金_遅延", "入金_遅延"],
  ])("normalizes the tag %j to %j", (raw, tag) => {
    expect(tagSchema.parse(raw)).toBe(tag);
  });

  it.each(["", "a/b", "x".repeat(33), "<script>"])("refuses the tag %j", (raw) => {
    expect(tagSchema.safeParse(raw).success).toBe(false);
  });

  it("drops duplicate tags after normalizing", () => {
    expect(tagsSchema.parse(["VIP", "vip", " Vip "])).toEqual(["vip"]);
    expect(tagsSchema.safeParse(Array.from({ length: 21 }, (_, i) => `t${i}`)).success).toBe(false);
  });

  it("cleans staff text and refuses an empty one", () => {
    expect(staffTextSchema.parse(" 一行目\r\n二行目\u0007 ")).toBe("一行目\n二行目");
    expect(staffTextSchema.safeParse(" \n ").success).toBe(false);
  });

  it("asks an update to change something", () => {
    expect(ticketUpdateSchema.safeParse({ number: "q-2026-000001", version: 3 }).success).toBe(false);
    expect(ticketUpdateSchema.parse({ number: "q-2026-000001", version: 3, assigneeId: null })).toMatchObject(
      {
        number: "Q-2026-000001",
        assigneeId: null,
      },
    );
  });

  it("sends a reply without a warning override unless asked", () => {
    expect(replyInputSchema.parse({ number: "Q-2026-000001", version: 1, body: "x" })).toMatchObject({
      sendDespiteWarning: false,
    });
  });
});
