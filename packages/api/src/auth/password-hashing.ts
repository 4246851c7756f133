import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with the parameters OWASP recommends for it (19 MiB, 2 passes, 1 lane): about 80 ms
 * here, slow enough for an offline attacker, fast enough for a sign-in. The PHC string records
 * the parameters, so raising them later leaves old hashes verifiable.
 */
const parameters = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFKC"), parameters);
}

/** False for a malformed hash too: a broken row must not become an open door or a crash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFKC"));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of a real verification when there is no hash to check (unknown account, no
 * password yet), so that the response time does not tell which accounts exist.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("madoguchi timing equalizer: no account has this password");
  await verifyPassword(await dummyHash, password);
  return false;
}
