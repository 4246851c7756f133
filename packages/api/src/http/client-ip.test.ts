import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientIp", () => {
  it("takes the address the last trusted proxy saw, not what the client wrote before it", () => {
    const forged = headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" });
    expect(clientIp(forged, 1)).toBe("198.51.100.7");
    expect(clientIp(forged, 2)).toBe("203.0.113.9");
  });

  it("never reaches past the leftmost entry", () => {
    expect(clientIp(headers({ "x-forwarded-for": "198.51.100.7" }), 3)).toBe("198.51.100.7");
  });

  it("ignores empty hops and falls back to X-Real-IP, then to nothing", () => {
    expect(clientIp(headers({ "x-forwarded-for": " , 198.51.100.7 ," }), 1)).toBe("198.51.100.7");
    expect(clientIp(headers({ "x-real-ip": "192.0.2.1" }), 1)).toBe("192.0.2.1");
    expect(clientIp(headers({}), 1)).toBeNull();
  });
});
