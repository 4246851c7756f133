import type { Locale } from "@madoguchi/core/locale/locale";
import { inquiryText } from "./inquiry-text";

const MAX_FILES = 5;
const MAX_BYTES = 10 * 1024 * 1024;
const TYPES = ["image/png", "image/jpeg", "image/heic", "image/heif", "application/pdf"];
const EXTENSIONS = /\.(png|jpe?g|heic|heif|pdf)$/i;

/**
 * The upload limits, checked in the browser before sending so that nobody waits for a 50 MB
 * upload to be refused. The server checks again, by content.
 */
export function checkFiles(locale: Locale, files: readonly File[]): string | null {
  const t = inquiryText(locale).form;
  if (files.length > MAX_FILES) return t.tooManyFiles;
  for (const file of files) {
    if (file.size > MAX_BYTES) return t.fileTooLarge(file.name);
    if (!TYPES.includes(file.type) && !EXTENSIONS.test(file.name)) return t.fileType(file.name);
  }
  return null;
}
