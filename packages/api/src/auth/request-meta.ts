/** Who is asking, as far as the request tells: for the audit log, sessions and throttling. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name] ?? headers[name.toLowerCase()];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** Same rule as the request context: the first X-Forwarded-For hop when a trusted proxy sets it. */
export function requestMeta(headers: HeaderBag): RequestMeta {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || header(headers, "x-real-ip"),
    userAgent: header(headers, "user-agent"),
  };
}
