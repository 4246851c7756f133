import { clientIp } from "../http/client-ip";

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

/** Same rule as the request context (see `clientIp`). */
export function requestMeta(headers: HeaderBag): RequestMeta {
  return {
    ip: clientIp({ get: (name) => header(headers, name) }),
    userAgent: header(headers, "user-agent"),
  };
}
