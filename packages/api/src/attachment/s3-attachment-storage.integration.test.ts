import { text } from "node:stream/consumers";
import { makeTempDir } from "@madoguchi/db/testing/temp-dir";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readableFrom } from "./attachment-storage";
import { s3AttachmentStorage, signS3Request } from "./s3-attachment-storage";

const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("the S3-compatible store, against a real S3 protocol server", () => {
  let server: S3rver;
  let endpoint: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    const temp = await makeTempDir("s3");
    remove = temp.remove;
    server = new S3rver({
      port: 0,
      address: "127.0.0.1",
      silent: true,
      directory: temp.dir,
      configureBuckets: [{ name: "attachments", configs: [] }],
    });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server.close();
    await remove();
  });

  const config = () => ({
    endpoint,
    region: "us-east-1",
    bucket: "attachments",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  });

  it("puts, reads, checks and deletes an object with signed requests", async () => {
    const storage = s3AttachmentStorage(config());
    const key = "att/0123456789abcdef0123456789abcdef";
    await storage.put(key, readableFrom(Buffer.from("%PDF-1.7 振込明細書")));
    expect(await storage.exists(key)).toBe(true);
    expect(await text(await storage.get(key))).toBe("%PDF-1.7 振込明細書");
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it("signs requests exactly as AWS's published Signature V4 example (GET Object)", () => {
    const authorization = signS3Request({
      method: "GET",
      url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"),
      headers: {
        host: "examplebucket.s3.amazonaws.com",
        range: "bytes=0-9",
        "x-amz-content-sha256": EMPTY_SHA256,
        "x-amz-date": "20130524T000000Z",
      },
      payloadHash: EMPTY_SHA256,
      region: "us-east-1",
      accessKeyId: "AKIAIOSFODNN7EXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    });
    expect(authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, " +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });
});
