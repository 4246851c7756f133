import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client/create-client";
import { seedDemo } from "../seed/seed-demo";
import { openTestDb } from "../testing/test-database";
import { changeCustomerEmail, createCustomer, findSignUpPlanId } from "./customer-account-repository";
import { customerIdByEmail, staffIdByEmail } from "./email-lookup";
import { createInvitedStaff } from "./staff-account-repository";

describe("one account per address, whatever its case", () => {
  let db: Db;
  let close: () => Promise<void>;
  let planId: string;
  const newCustomer = (email: string) =>
    createCustomer(db, {
      email,
      passwordHash: "not-a-real-hash",
      fullName: "試験 太郎",
      dateOfBirth: null,
      locale: "ja",
      planId,
    });

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db);
    planId = (await findSignUpPlanId(db)) ?? "";
  }, 60_000);
  afterAll(async () => close());

  it("finds a customer and a staff member by their address typed in any case", async () => {
    const hanako = await db.customer.findUniqueOrThrow({
      where: { email: "hanako@example.jp" },
      select: { id: true },
    });
    expect(await customerIdByEmail(db, "Hanako@example.jp")).toBe(hanako.id);
    expect(await customerIdByEmail(db, "HANAKO@EXAMPLE.JP")).toBe(hanako.id);
    expect(await customerIdByEmail(db, "hanako2@example.jp")).toBeNull();
    const admin = await db.staff.findUniqueOrThrow({
      where: { email: "admin@staff.example.jp" },
      select: { id: true },
    });
    expect(await staffIdByEmail(db, "Admin@staff.example.jp")).toBe(admin.id);
    expect(await staffIdByEmail(db, "hanako@example.jp")).toBeNull();
  });

  it("keeps the case it was typed in, and refuses a second account differing only in case", async () => {
    const created = await newCustomer("Taro.Case@example.jp");
    expect(created).not.toBeNull();
    expect(
      await db.customer.findUnique({ where: { id: created?.id ?? "" }, select: { email: true } }),
    ).toEqual({
      email: "Taro.Case@example.jp",
    });
    // createCustomer's ON CONFLICT DO NOTHING answers "taken"; a write that skips it fails outright.
    expect(await newCustomer("taro.case@example.jp")).toBeNull();
    await expect(
      db.customer.create({
        data: { email: "TARO.CASE@example.jp", passwordHash: "x", fullName: "別人", locale: "ja", planId },
      }),
    ).rejects.toThrow();
    expect(
      await db.customer.count({ where: { email: { contains: "case@example.jp", mode: "insensitive" } } }),
    ).toBe(1);
  });

  it("refuses to move an account, or invite a staff member, to an address taken in another case", async () => {
    const first = await newCustomer("move.me@example.jp");
    const second = await newCustomer("taken.here@example.jp");
    const now = new Date();
    expect(await changeCustomerEmail(db, first?.id ?? "", { email: "Taken.Here@example.jp", now })).toBe(
      false,
    );
    // Its own address in another case is no conflict: the owner may fix how it is written.
    expect(await changeCustomerEmail(db, second?.id ?? "", { email: "Taken.Here@example.jp", now })).toBe(
      true,
    );
    expect(
      await createInvitedStaff(db, {
        email: "AGENT.FUNDS@staff.example.jp",
        displayName: "重複",
        role: "agent",
        locale: "ja",
        teamKeys: [],
      }),
    ).toBeNull();
  });
});
