import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { type AttachmentStorage, localAttachmentStorage } from "./attachment-storage";
import { s3AttachmentStorage } from "./s3-attachment-storage";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

const schema = z.discriminatedUnion("ATTACHMENT_STORAGE", [
  z.object({
    ATTACHMENT_STORAGE: z.literal("local"),
    ATTACHMENT_DIR: z
      .string()
      .min(1)
      .default(path.join(repoRoot, ".data", "attachments")),
  }),
  z.object({
    ATTACHMENT_STORAGE: z.literal("s3"),
    S3_ENDPOINT: z.string().url(),
    S3_REGION: z.string().min(1).default("ap-northeast-1"),
    S3_BUCKET: z.string().min(1),
    S3_ACCESS_KEY_ID: z.string().min(1),
    S3_SECRET_ACCESS_KEY: z.string().min(1),
    S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("true"),
  }),
]);

let storage: AttachmentStorage | undefined;

/** The configured store: a local directory by default, S3-compatible with ATTACHMENT_STORAGE=s3. */
export function attachmentStorage(): AttachmentStorage {
  if (!storage) {
    const env = schema.parse({ ATTACHMENT_STORAGE: "local", ...process.env });
    storage =
      env.ATTACHMENT_STORAGE === "local"
        ? localAttachmentStorage(env.ATTACHMENT_DIR)
        : s3AttachmentStorage({
            endpoint: env.S3_ENDPOINT,
            region: env.S3_REGION,
            bucket: env.S3_BUCKET,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            forcePathStyle: env.S3_FORCE_PATH_STYLE === "true",
          });
  }
  return storage;
}
