import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Session } from "../context/session";

/** Test helpers for the multipart handlers: real requests, a real local store, a fixed session. */
export const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
export const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
export const HTML = Buffer.from("<html><script>alert(1)</script></html>");

export interface TestFile {
  name: string;
  bytes: Buffer;
  type?: string;
}

/** A same-origin multipart POST, as the portal's form sends it (JSON unless `plain`). */
export function multipartRequest(
  url: string,
  fields: Record<string, string>,
  files: readonly TestFile[] = [],
  options: { plain?: boolean; origin?: string; ip?: string } = {},
): Request {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  for (const file of files) {
    data.append(
      "files",
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }),
      file.name,
    );
  }
  return new Request(url, {
    method: "POST",
    body: data,
    headers: {
      host: "portal.test",
      origin: options.origin ?? "http://portal.test",
      ...(options.plain ? {} : { accept: "application/json" }),
      ...(options.ip ? { "x-forwarded-for": options.ip } : {}),
    },
  });
}

export async function storedFiles(root: string): Promise<string[]> {
  try {
    return (await readdir(path.join(root, "att"))).filter((name) => !name.endsWith(".partial")).sort();
  } catch {
    return [];
  }
}

/** A session source that answers whatever session the test currently plays. */
export function switchableSession(): {
  source: () => Promise<Session | null>;
  as(session: Session | null): void;
} {
  let current: Session | null = null;
  return {
    source: async () => current,
    as(session) {
      current = session;
    },
  };
}
