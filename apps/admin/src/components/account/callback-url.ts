/**
 * Where to go after signing in: a path of the console only (`/queues/funds`), never another
 * origin (`//evil.example`, `/\evil.example`, `https://...`), else the console's home.
 */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== "string" || raw.length > 1024) return "/";
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return "/";
  if ([...raw].some((char) => char.charCodeAt(0) <= 0x20 || char.charCodeAt(0) === 0x7f)) return "/";
  return raw;
}
