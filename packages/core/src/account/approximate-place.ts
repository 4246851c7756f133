/**
 * Where a session began, as precisely as we honestly know without a GeoIP database: a private
 * or loopback address is the local network, anything else is unknown. Stored as a key the
 * pages translate ("社内ネットワーク" / "不明").
 */
export type ApproximatePlace = "local_network" | "unknown";

const privateV4: readonly (readonly [number, number, number])[] = [
  // [first octet, second octet from, second octet to]
  [10, 0, 255],
  [127, 0, 255],
  [172, 16, 31],
  [192, 168, 168],
  [169, 254, 254],
  [100, 64, 127],
];

function isPrivateV4(ip: string): boolean {
  const parts = ip.split(".").map((part) => Number(part));
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) {
    return false;
  }
  const [a, b] = parts as [number, number, number, number];
  return privateV4.some(([first, from, to]) => a === first && b >= from && b <= to);
}

function isPrivateV6(ip: string): boolean {
  const lower = ip.toLowerCase();
  if (lower === "::1") return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1]) return isPrivateV4(mapped[1]);
  // fc00::/7 (unique local) and fe80::/10 (link local)
  return /^f[cd][0-9a-f]{0,2}:/.test(lower) || /^fe[89ab][0-9a-f]?:/.test(lower);
}

export function approximatePlace(ip: string | null | undefined): ApproximatePlace {
  if (!ip) return "unknown";
  const address = ip.trim();
  return (address.includes(":") ? isPrivateV6(address) : isPrivateV4(address)) ? "local_network" : "unknown";
}
