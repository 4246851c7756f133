import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import busboy from "busboy";
import { fileTypeFromBuffer } from "file-type";
import type { AttachmentStorage } from "./attachment-storage";
import { sanitizeFileName } from "./sanitize-file-name";

export interface UploadLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxFields: number;
  maxFieldBytes: number;
  /** Detected (by content) MIME types that may be stored. */
  allowedTypes: readonly string[];
}

/** The inquiry form's limits: 5 files of 10 MB, screenshots and PDFs (transfer slips). */
export const inquiryUploadLimits: UploadLimits = {
  maxFiles: 5,
  maxFileBytes: 10 * 1024 * 1024,
  maxFields: 60,
  maxFieldBytes: 20_000,
  allowedTypes: ["image/png", "image/jpeg", "image/heic", "image/heif", "application/pdf"],
};

export interface StoredUpload {
  field: string;
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface ParsedUpload {
  fields: Map<string, string>;
  files: StoredUpload[];
  /** Removes every stored file: call it when what the upload was for did not happen. */
  discard(): Promise<void>;
}

export type UploadProblem =
  | "too_many_files"
  | "file_too_large"
  | "unsupported_type"
  | "empty_file"
  | "too_many_fields"
  | "field_too_large"
  | "malformed";

function problem(kind: UploadProblem): DomainError {
  return new DomainError("INVALID", `attachment.${kind}`);
}

const HEAD_BYTES = 4100;

/**
 * Parses a multipart form while it streams in: each file's type is checked from its first bytes
 * (not its name or declared type), its size is capped as it arrives, and its bytes go straight
 * to storage under a random key. On any failure every file stored so far is removed and a
 * DomainError INVALID with `attachment.<problem>` is thrown.
 */
export async function parseMultipartUpload(
  request: Request,
  options: { storage: AttachmentStorage; limits?: UploadLimits; keyPrefix?: string },
): Promise<ParsedUpload> {
  const limits = options.limits ?? inquiryUploadLimits;
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !contentType.toLowerCase().startsWith("multipart/form-data"))
    throw problem("malformed");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limits.maxFiles * limits.maxFileBytes + limits.maxFields * limits.maxFieldBytes) {
    throw problem("file_too_large");
  }

  // Files are stored concurrently and finish in any order; `index` keeps the order they were sent in.
  const stored: { index: number; file: StoredUpload }[] = [];
  let received = 0;
  const discard = async () => {
    await Promise.all(
      stored.map(({ file }) => options.storage.delete(file.storageKey).catch(() => undefined)),
    );
  };
  const fields = new Map<string, string>();
  const pending: Promise<void>[] = [];
  let failure: DomainError | undefined;
  const fail = (error: unknown) => {
    failure ??= error instanceof DomainError ? error : problem("malformed");
  };

  const parser = busboy({
    headers: { "content-type": contentType },
    // Browsers send file names as raw UTF-8; busboy's default would read them as Latin-1.
    defParamCharset: "utf8",
    defCharset: "utf8",
    limits: {
      files: limits.maxFiles,
      fileSize: limits.maxFileBytes,
      fields: limits.maxFields,
      fieldSize: limits.maxFieldBytes,
      parts: limits.maxFiles + limits.maxFields,
    },
  });
  const source = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);

  const finished = new Promise<void>((resolve) => {
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) fail(problem("field_too_large"));
      else fields.set(name, value);
    });
    parser.on("file", (field, stream, info) => {
      // A file input left empty still sends a part, with no name and no bytes: nothing chosen.
      if (failure || !info.filename) {
        stream.resume();
        return;
      }
      const index = received++;
      const task = storeFile(field, stream, info.filename ?? "", limits, options)
        .then((file) => {
          stored.push({ index, file });
        })
        .catch((error: unknown) => {
          fail(error);
          stream.resume();
        });
      pending.push(task);
    });
    parser.on("filesLimit", () => fail(problem("too_many_files")));
    parser.on("fieldsLimit", () => fail(problem("too_many_fields")));
    parser.on("partsLimit", () => fail(problem("too_many_fields")));
    parser.on("error", (error) => {
      fail(error);
      resolve();
    });
    parser.on("close", () => resolve());
    source.on("error", (error) => {
      fail(error);
      resolve();
    });
  });
  source.pipe(parser);
  await finished;
  await Promise.all(pending);

  if (failure) {
    source.destroy();
    await discard();
    throw failure;
  }
  const files = stored.toSorted((a, b) => a.index - b.index).map(({ file }) => file);
  return { fields, files, discard };
}

async function storeFile(
  field: string,
  stream: Readable & { truncated?: boolean },
  originalName: string,
  limits: UploadLimits,
  options: { storage: AttachmentStorage; keyPrefix?: string },
): Promise<StoredUpload> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    headChunks.push(next.value);
    headLength += next.value.length;
  }
  const head = Buffer.concat(headChunks);
  if (head.length === 0) throw problem("empty_file");
  const detected = await fileTypeFromBuffer(head);
  if (!detected || !limits.allowedTypes.includes(detected.mime)) throw problem("unsupported_type");

  const hash = createHash("sha256");
  let size = 0;
  async function* body(): AsyncGenerator<Buffer> {
    for (const chunk of [head]) {
      hash.update(chunk);
      size += chunk.length;
      yield chunk;
    }
    if (!ended) {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        hash.update(next.value);
        size += next.value.length;
        yield next.value;
      }
    }
    if (stream.truncated) throw problem("file_too_large");
  }

  const storageKey = `${options.keyPrefix ?? "att"}/${randomBytes(16).toString("hex")}`;
  try {
    await options.storage.put(storageKey, Readable.from(body()));
  } catch (error) {
    await options.storage.delete(storageKey).catch(() => undefined);
    throw error instanceof DomainError ? error : problem("malformed");
  }
  return {
    field,
    storageKey,
    fileName: sanitizeFileName(originalName, detected.ext),
    contentType: detected.mime,
    size,
    sha256: hash.digest("hex"),
  };
}
