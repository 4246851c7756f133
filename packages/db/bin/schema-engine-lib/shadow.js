// Shadow databases for `migrate dev` / `migrate diff --from-migrations`.
//
// PrismaPg's own connectToShadowDb is not usable here: it drops the database
// while its pool still holds connections ("being accessed by other users"),
// so every run leaked one, and it derives the shadow pool config with
// `{ ...config, database }`, which pg ignores when `connectionString` is
// set -- the "shadow" was then the main database.
import { randomBytes } from "node:crypto";
import { log } from "./log.js";
import { KnownError, describeUrl, quoteIdent, withClient, withDatabase } from "./datasource.js";

const PREFIX = "prisma_migrate_shadow_db_";
// Leftovers from crashed runs are only reclaimed once clearly abandoned: a
// concurrent `migrate dev` against the same server may be using a young one.
const STALE_AFTER_MS = 60 * 60 * 1000;
const MAX_IDENTIFIER_BYTES = 63;

/**
 * Names carry their creation time (so stale ones can be recognised without
 * superuser-only catalog access) and the main database's name (so a leftover
 * can be traced to whoever created it).
 * @param {string} mainDatabase
 */
function shadowName(mainDatabase) {
  const stamp = Date.now().toString(36);
  const random = randomBytes(3).toString("hex");
  const head = `${PREFIX}${stamp}_${random}_`;
  const tail = mainDatabase.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  return (head + tail).slice(0, MAX_IDENTIFIER_BYTES);
}

/** @param {string} name */
function createdAt(name) {
  const match = new RegExp(`^${PREFIX}([0-9a-z]+)_[0-9a-f]{6}_`).exec(name);
  return match ? parseInt(match[1], 36) : undefined;
}

/**
 * @param {import("pg").Client} client
 * @param {string} name
 */
async function dropDatabaseForce(client, name) {
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } catch (error) {
    // WITH (FORCE) is PostgreSQL 13+; older servers get the plain form.
    if (/** @type {{ code?: string }} */ (error).code !== "42601") throw error;
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
  }
}

export class ShadowDatabases {
  /** @type {Set<string>} */
  #created = new Set();
  #mainUrl;
  #explicitUrl;

  /**
   * @param {string} mainUrl
   * @param {string | undefined} explicitUrl `datasource.shadowDatabaseUrl`
   */
  constructor(mainUrl, explicitUrl) {
    this.#mainUrl = mainUrl;
    this.#explicitUrl = explicitUrl;
  }

  /**
   * @returns {Promise<{ url: string, release(): Promise<void> }>}
   */
  async acquire() {
    if (this.#explicitUrl) {
      await this.#resetExplicit(this.#explicitUrl);
      return { url: this.#explicitUrl, release: async () => {} };
    }
    const name = shadowName(describeUrl(this.#mainUrl).database);
    await withClient(this.#mainUrl, async (client) => {
      await this.#dropStale(client);
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    });
    this.#created.add(name);
    log("INFO", `Created shadow database ${name}`);
    return {
      url: withDatabase(this.#mainUrl, name),
      release: () => this.#drop(name),
    };
  }

  /** Drops whatever this process created and has not released yet. */
  async releaseAll() {
    await Promise.all([...this.#created].map((name) => this.#drop(name)));
  }

  /** @param {string} name */
  async #drop(name) {
    if (!this.#created.has(name)) return;
    await withClient(this.#mainUrl, (client) => dropDatabaseForce(client, name));
    this.#created.delete(name);
    log("INFO", `Dropped shadow database ${name}`);
  }

  /** @param {import("pg").Client} client */
  async #dropStale(client) {
    const { rows } = await client.query(
      "SELECT datname FROM pg_database WHERE left(datname, length($1)) = $1",
      [PREFIX],
    );
    for (const { datname } of rows) {
      const born = createdAt(datname);
      if (born === undefined || Date.now() - born < STALE_AFTER_MS) continue;
      try {
        await dropDatabaseForce(client, datname);
        log("INFO", `Dropped stale shadow database ${datname}`);
      } catch (error) {
        log("WARN", `Could not drop stale shadow database ${datname}: ${String(error)}`);
      }
    }
  }

  /**
   * A configured shadow database is reused, so it is emptied first, as the
   * native engine does. Refuse when it is the main database in disguise.
   * @param {string} url
   */
  async #resetExplicit(url) {
    const main = describeUrl(this.#mainUrl);
    const shadow = describeUrl(url);
    if (main.host === shadow.host && main.port === shadow.port && main.database === shadow.database) {
      throw new KnownError(
        "P3014",
        "The shadow database you configured appears to be the same as the main database. Please specify another shadow database.",
      );
    }
    await withClient(url, async (client) => {
      const { rows } = await client.query(
        "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
      );
      for (const { nspname } of rows) {
        await client.query(`DROP SCHEMA ${quoteIdent(nspname)} CASCADE`);
      }
      await client.query('CREATE SCHEMA IF NOT EXISTS "public"');
    });
  }
}
