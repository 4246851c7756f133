import { describe, expect, it } from "vitest";
import { can, permissions, rolePermissions, staffRoles } from "./permissions";

describe("role permissions", () => {
  it.each([
    ["agent", "ticket.reply", true],
    ["agent", "ticket.assign", false],
    ["agent", "article.publish", false],
    ["agent", "staff.manage", false],
    ["lead", "ticket.assign", true],
    ["lead", "macro.manage", true],
    ["lead", "staff.manage", false],
    ["lead", "audit.read", false],
    ["admin", "staff.manage", true],
    ["admin", "audit.read", true],
  ] as const)("%s may %s: %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it("widens with seniority: each role has what the one below has", () => {
    for (const [lower, upper] of [
      ["agent", "lead"],
      ["lead", "admin"],
    ] as const) {
      for (const permission of rolePermissions[lower]) expect(can(upper, permission)).toBe(true);
    }
  });

  it("grants only known permissions", () => {
    for (const role of staffRoles)
      for (const permission of rolePermissions[role]) expect(permissions).toContain(permission);
  });
});
