import { readdir } from "node:fs/promises";
import path from "node:path";
import { text } from "node:stream/consumers";
import { makeTempDir } from "@madoguchi/db/testing/temp-dir";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AttachmentStorage, localAttachmentStorage } from "./attachment-storage";
import { inquiryUploadLimits, parseMultipartUpload } from "./parse-multipart-upload";

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
const JPEG = Buffer.from("ffd8ffe000104a46494600010100000100010000ffdb", "hex");
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
const HTML = Buffer.from("<html><script>alert(1)</script></html>");

function form(files: { name: string; bytes: Buffer; type?: string }[], fields: Record<string, string> = {}) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  for (const file of files)
    data.append(
      "files",
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }),
      file.name,
    );
  return new Request("http://localhost/upload", { method: "POST", body: data });
}

async function storedFiles(root: string): Promise<string[]> {
  try {
    return (await readdir(path.join(root, "att"))).sort();
  } catch {
    return [];
  }
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).messageKey;
}

describe("streaming attachment uploads", () => {
  let root: string;
  let remove: () => Promise<void>;
  let storage: AttachmentStorage;

  beforeEach(async () => {
    ({ dir: root, remove } = await makeTempDir("uploads"));
    storage = localAttachmentStorage(root);
  });
  afterEach(async () => remove());

  it("stores PNG, JPEG and PDF by their content, with sha256, size and a safe name", async () => {
    const parsed = await parseMultipartUpload(
      form(
        [
          { name: "../振込明細書.PNG", bytes: PNG },
          { name: "photo.jpeg", bytes: JPEG },
          { name: "slip.pdf", bytes: PDF },
        ],
        { description: "入金が反映されません" },
      ),
      { storage },
    );
    expect(parsed.fields.get("description")).toBe("入金が反映されません");
    expect(parsed.files.map((f) => [f.fileName, f.contentType, f.size])).toEqual([
      ["振込明細書.png", "image/png", PNG.length],
      ["photo.jpg", "image/jpeg", JPEG.length],
      ["slip.pdf", "application/pdf", PDF.length],
    ]);
    expect(parsed.files[2]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await text(await storage.get(parsed.files[2]!.storageKey))).toBe(PDF.toString());
    expect(await storedFiles(root)).toHaveLength(3);
    await parsed.discard();
    expect(await storedFiles(root)).toHaveLength(0);
  });

  it("keeps the files in the order they were sent, though a large one is stored last", async () => {
    const large = Buffer.concat([PNG, Buffer.alloc(4 * 1024 * 1024)]);
    const parsed = await parseMultipartUpload(
      form([
        { name: "large.png", bytes: large },
        { name: "a.pdf", bytes: PDF },
        { name: "b.jpg", bytes: JPEG },
      ]),
      { storage },
    );
    expect(parsed.files.map((f) => f.fileName)).toEqual(["large.png", "a.pdf", "b.jpg"]);
    await parsed.discard();
  });

  it("refuses HTML named .png, whatever the declared type, and keeps nothing", async () => {
    const request = form([
      { name: "ok.png", bytes: PNG },
      { name: "evil.png", bytes: HTML, type: "image/png" },
    ]);
    expect(await problemOf(parseMultipartUpload(request, { storage }))).toBe("attachment.unsupported_type");
    expect(await storedFiles(root)).toEqual([]);
  });

  it("refuses a file over 10 MB while streaming, and keeps nothing", async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(inquiryUploadLimits.maxFileBytes)]);
    expect(await problemOf(parseMultipartUpload(form([{ name: "big.png", bytes: big }]), { storage }))).toBe(
      "attachment.file_too_large",
    );
    expect(await storedFiles(root)).toEqual([]);
  });

  it("refuses a sixth file", async () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.png`, bytes: PNG }));
    expect(await problemOf(parseMultipartUpload(form(six), { storage }))).toBe("attachment.too_many_files");
    expect(await storedFiles(root)).toEqual([]);
  });

  it("refuses empty files and bodies that are not multipart", async () => {
    expect(
      await problemOf(
        parseMultipartUpload(form([{ name: "empty.png", bytes: Buffer.alloc(0) }]), { storage }),
      ),
    ).toBe("attachment.empty_file");
    const json = new Request("http://localhost/upload", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(await problemOf(parseMultipartUpload(json, { storage }))).toBe("attachment.malformed");
  });

  it("refuses a declared length beyond every limit before reading the body", async () => {
    const request = new Request("http://localhost/upload", {
      method: "POST",
      body: "x",
      headers: {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(200 * 1024 * 1024),
      },
    });
    expect(await problemOf(parseMultipartUpload(request, { storage }))).toBe("attachment.file_too_large");
  });
});
