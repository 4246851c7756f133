/** Whose account: the customer and staff flows share tokens, sessions, two-factor and locks. */
export type AccountSubject = { kind: "customer"; id: string } | { kind: "staff"; id: string };

export type AccountKind = AccountSubject["kind"];
