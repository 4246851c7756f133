import { describe, expect, it } from "vitest";
import { approximatePlace } from "./approximate-place";
import { describeUserAgent } from "./device-label";
import { checkSession, lastSeenDue, sessionExpiry, type SessionFacts } from "./session-rules";

const now = new Date("2026-03-01T10:00:00Z");
const live: SessionFacts = {
  revokedAt: null,
  expiresAt: new Date(now.getTime() + 60_000),
  subjectVersion: 3,
  subjectActive: true,
  subjectFrozen: false,
};

describe("checkSession", () => {
  it.each([
    ["a live row", live, 3, "live"],
    ["no row", null, 3, "missing"],
    ["a revoked row", { ...live, revokedAt: now }, 3, "revoked"],
    ["an expired row", { ...live, expiresAt: now }, 3, "expired"],
    ["an older session version", live, 2, "version"],
    ["a deactivated subject", { ...live, subjectActive: false }, 3, "inactive"],
    ["a frozen subject", { ...live, subjectFrozen: true }, 3, "frozen"],
  ] as const)("%s -> %s", (_, facts, version, check) => {
    expect(checkSession(facts, version, now)).toBe(check);
  });

  it("writes lastSeenAt at most once a minute", () => {
    expect(lastSeenDue(new Date(now.getTime() - 59_999), now)).toBe(false);
    expect(lastSeenDue(new Date(now.getTime() - 60_000), now)).toBe(true);
  });

  it("keeps staff sessions shorter than customers'", () => {
    expect(sessionExpiry("staff", now).getTime()).toBeLessThan(sessionExpiry("customer", now).getTime());
  });
});

describe("describeUserAgent", () => {
  it.each([
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Chrome · Windows",
      "desktop",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51",
      "Edge · Windows",
      "desktop",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "Safari · iOS",
      "mobile",
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      "Safari · macOS",
      "desktop",
    ],
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
      "Chrome · Android",
      "mobile",
    ],
    [
      "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
      "Firefox · Linux",
      "desktop",
    ],
    [
      "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0 Mobile/15E148 Safari/604.1",
      "Chrome · iPadOS",
      "tablet",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.5.0",
      "LINE · iOS",
      "mobile",
    ],
    ["curl/8.5.0", "curl", "unknown"],
    ["", "unknown", "unknown"],
    [null, "unknown", "unknown"],
  ])("%j -> %s", (ua, label, kind) => {
    const device = describeUserAgent(ua);
    expect(device.label).toBe(label);
    expect(device.kind).toBe(kind);
  });
});

describe("approximatePlace", () => {
  it.each([
    ["127.0.0.1", "local_network"],
    ["10.1.2.3", "local_network"],
    ["172.16.0.9", "local_network"],
    ["172.31.255.1", "local_network"],
    ["172.32.0.1", "unknown"],
    ["192.168.1.20", "local_network"],
    ["100.64.0.1", "local_network"],
    ["203.0.113.9", "unknown"],
    ["::1", "local_network"],
    ["::ffff:192.168.0.3", "local_network"],
    ["fd12:3456::1", "local_network"],
    ["fe80::1", "local_network"],
    ["2001:db8::1", "unknown"],
    ["not an ip", "unknown"],
    [null, "unknown"],
  ])("%s -> %s", (ip, place) => {
    expect(approximatePlace(ip)).toBe(place);
  });
});
