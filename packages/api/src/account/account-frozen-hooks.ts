import type { DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";

export type AccountFrozenSource = "email_link" | "signed_in";

export interface AccountFrozenEvent {
  customerId: string;
  source: AccountFrozenSource;
  at: Date;
}

/** Runs in the freezing transaction: what it writes commits with the freeze, or not at all. */
export type AccountFrozenHook = (tx: DbOrTx, event: AccountFrozenEvent) => Promise<void>;

// Whoever must act on a freeze adds a hook here (the security window's urgent ticket).
const hooks: AccountFrozenHook[] = [];

/** Adds a hook; returns a function that removes it again. */
export function registerAccountFrozenHook(hook: AccountFrozenHook): () => void {
  hooks.push(hook);
  return () => {
    const index = hooks.indexOf(hook);
    if (index >= 0) hooks.splice(index, 1);
  };
}

export async function onAccountFrozen(tx: DbOrTx, event: AccountFrozenEvent): Promise<void> {
  for (const hook of hooks) await hook(tx, event);
}
