import { describe, expect, it } from "vitest";
import { authCookieNames, parseCookieHeader, readChunkedCookie } from "./session-cookie";

describe("auth cookies", () => {
  it("names each app's cookies apart, with __Host-/__Secure- prefixes over HTTPS", () => {
    expect(authCookieNames("web", false).sessionToken).toBe("madoguchi-web.session");
    expect(authCookieNames("admin", false).sessionToken).toBe("madoguchi-admin.session");
    const secure = authCookieNames("admin", true);
    expect(secure.sessionToken).toBe("__Host-madoguchi-admin.session");
    expect(secure.csrfToken).toBe("__Host-madoguchi-admin.csrf");
    expect(secure.callbackUrl).toBe("__Secure-madoguchi-admin.callback-url");
  });

  it("reads a Cookie header, whole or in next-auth's chunks", () => {
    const cookies = parseCookieHeader(
      "a=1; madoguchi-web.session.1=def; madoguchi-web.session.0=abc; b=x%3Dy",
    );
    expect(cookies.get("b")).toBe("x=y");
    expect(readChunkedCookie(cookies, "madoguchi-web.session")).toBe("abcdef");
    expect(readChunkedCookie(parseCookieHeader("madoguchi-web.session=whole"), "madoguchi-web.session")).toBe(
      "whole",
    );
    expect(readChunkedCookie(parseCookieHeader(null), "madoguchi-web.session")).toBeNull();
  });
});
