/**
 * A file name safe to store and to show: no path, no control or bidi characters, NFKC, at most
 * 120 characters, and the extension of the type detected from the content (never the one the
 * customer's file claimed).
 */
export function sanitizeFileName(original: string, extension: string): string {
  const base = (original.split(/[\\/]/).pop() ?? "")
    .normalize("NFKC")
    .replace(/\p{Cc}|\p{Cf}/gu, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\.[^.]*$/, "")
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, 120 - extension.length - 1);
  return `${base || "attachment"}.${extension}`;
}
