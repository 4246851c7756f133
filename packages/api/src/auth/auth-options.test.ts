import { describe, expect, it } from "vitest";
import { authOptionsFor } from "./auth-options";

describe("next-auth options per app", () => {
  it("keeps each app's secret, cookie names and session lifetime apart", () => {
    const web = authOptionsFor("web");
    const admin = authOptionsFor("admin");
    expect(web.secret).not.toBe(admin.secret);
    expect(web.cookies?.sessionToken?.name).toBe("madoguchi-web.session");
    expect(admin.cookies?.sessionToken?.name).toBe("madoguchi-admin.session");
    expect(web.cookies?.sessionToken?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(admin.session?.maxAge).toBe(12 * 3600);
    expect(web.session?.maxAge).toBe(14 * 24 * 3600);
  });

  it.each([
    ["/account", "http://localhost:3001/account"],
    ["http://localhost:3001/queues?x=1", "http://localhost:3001/queues?x=1"],
    ["http://localhost:3000/", "http://localhost:3001"],
    ["https://evil.example/phish", "http://localhost:3001"],
    ["//evil.example/phish", "http://localhost:3001"],
    ["not a url", "http://localhost:3001"],
  ])("redirects the console's %j to %j only", async (url, target) => {
    const redirect = authOptionsFor("admin").callbacks?.redirect;
    expect(await redirect?.({ url, baseUrl: "http://localhost:3000" })).toBe(target);
  });
});
