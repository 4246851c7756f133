import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * Where attachment bytes live. Keys are random and carry no customer data; the database holds
 * the metadata (name, type, size, sha256) and decides who may read what.
 */
export interface AttachmentStorage {
  /** Streams `body` under `key`; nothing is visible under the key until the write completed. */
  put(key: string, body: Readable): Promise<void>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

const KEY = /^[a-z0-9][a-z0-9/_-]{15,127}$/;

function checkKey(key: string): string {
  if (!KEY.test(key) || key.includes("..")) throw new Error("invalid storage key");
  return key;
}

/** Local directory storage: the default for development and single-host installs. */
export function localAttachmentStorage(root: string): AttachmentStorage {
  const fileOf = (key: string) => path.join(root, checkKey(key));
  return {
    async put(key, body) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.partial`;
      try {
        await pipeline(body, createWriteStream(partial, { flags: "wx", mode: 0o600 }));
        await rename(partial, file);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async get(key) {
      const file = fileOf(key);
      await stat(file);
      return createReadStream(file);
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
    async exists(key) {
      try {
        await stat(fileOf(key));
        return true;
      } catch {
        return false;
      }
    },
  };
}

export function readableFrom(bytes: Uint8Array): Readable {
  return Readable.from([Buffer.from(bytes)]);
}
