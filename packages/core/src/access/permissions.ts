export const staffRoles = ["agent", "lead", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

export const permissions = [
  "ticket.read",
  "ticket.reply",
  "ticket.assign",
  "queue.manage",
  "macro.manage",
  "article.write",
  "article.publish",
  "status.manage",
  "announcement.manage",
  "customer.pii.reveal",
  "customer.unfreeze",
  "report.read",
  "audit.read",
  "staff.manage",
  "settings.manage",
] as const;
export type Permission = (typeof permissions)[number];

const agent: readonly Permission[] = ["ticket.read", "ticket.reply", "article.write", "customer.pii.reveal"];
const lead: readonly Permission[] = [
  ...agent,
  "ticket.assign",
  "queue.manage",
  "macro.manage",
  "article.publish",
  "status.manage",
  "announcement.manage",
  "customer.unfreeze",
  "report.read",
];

/** Role -> permissions. Rules as data: the procedures ask this table, never the role name. */
export const rolePermissions: Readonly<Record<StaffRole, readonly Permission[]>> = {
  agent,
  lead,
  admin: [...permissions],
};

export function can(role: StaffRole, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
