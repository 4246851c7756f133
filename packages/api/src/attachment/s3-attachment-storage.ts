import { createHash, createHmac } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { AttachmentStorage } from "./attachment-storage";

export interface S3Config {
  /** e.g. https://s3.ap-northeast-1.amazonaws.com, or a MinIO / R2 / local endpoint. */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (endpoint/bucket/key), as most S3-compatible servers want. */
  forcePathStyle: boolean;
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data).digest();

/**
 * An S3-compatible store over plain HTTPS with AWS Signature V4. Objects are at most the upload
 * limit (10 MB), so a put buffers one object to sign its payload hash.
 */
export function s3AttachmentStorage(config: S3Config, fetchImpl: typeof fetch = fetch): AttachmentStorage {
  const endpoint = new URL(config.endpoint);

  function objectUrl(key: string): URL {
    const encodedKey = key.split("/").map(encodeURIComponent).join("/");
    if (config.forcePathStyle) return new URL(`${endpoint.origin}/${config.bucket}/${encodedKey}`);
    return new URL(`${endpoint.protocol}//${config.bucket}.${endpoint.host}/${encodedKey}`);
  }

  async function send(method: string, key: string, body?: Buffer): Promise<Response> {
    const url = objectUrl(key);
    const payloadHash = sha256(body ?? "");
    const headers: Record<string, string> = {
      host: url.host,
      "x-amz-content-sha256": payloadHash,
      "x-amz-date": amzDate(new Date()),
      ...(body ? { "content-type": "application/octet-stream" } : {}),
    };
    const authorization = signS3Request({ method, url, headers, payloadHash, ...config });
    const { host: _host, ...sent } = headers;
    return fetchImpl(url, {
      method,
      headers: { ...sent, authorization },
      ...(body ? { body: new Uint8Array(body) } : {}),
    });
  }

  async function expectOk(response: Response, what: string): Promise<void> {
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`S3 ${what} failed with HTTP ${response.status}`);
    }
  }

  return {
    async put(key, body) {
      const response = await send("PUT", key, await buffer(body));
      await expectOk(response, "put");
      await response.body?.cancel();
    },
    async get(key) {
      const response = await send("GET", key);
      await expectOk(response, "get");
      if (!response.body) throw new Error("S3 get returned no body");
      return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    },
    async delete(key) {
      const response = await send("DELETE", key);
      if (response.status !== 404) await expectOk(response, "delete");
      await response.body?.cancel();
    },
    async exists(key) {
      const response = await send("HEAD", key);
      await response.body?.cancel();
      return response.ok;
    },
  };
}

export function amzDate(date: Date): string {
  return date.toISOString().replace(/[:-]|\.\d{3}/g, "");
}

/**
 * The Authorization header of AWS Signature V4 for S3 (single-chunk payload). `headers` must
 * hold every header to sign, including host, x-amz-date and x-amz-content-sha256.
 */
export function signS3Request(input: {
  method: string;
  url: URL;
  headers: Record<string, string>;
  payloadHash: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}): string {
  const date = input.headers["x-amz-date"];
  if (!date) throw new Error("x-amz-date is required");
  const day = date.slice(0, 8);
  const names = Object.keys(input.headers)
    .map((name) => name.toLowerCase())
    .sort();
  const lower = Object.fromEntries(
    Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v.trim()]),
  );
  const canonicalHeaders = names.map((name) => `${name}:${lower[name]}\n`).join("");
  const query = [...input.url.searchParams.entries()]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join("&");
  const canonicalRequest = [
    input.method,
    input.url.pathname,
    query,
    canonicalHeaders,
    names.join(";"),
    input.payloadHash,
  ].join("\n");
  const scope = `${day}/${input.region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", date, scope, sha256(canonicalRequest)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), "s3"), "aws4_request");
  const signature = createHmac("sha256", key).update(stringToSign).digest("hex");
  return `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${names.join(";")}, Signature=${signature}`;
}
