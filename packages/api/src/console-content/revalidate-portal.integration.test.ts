import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overrideEnv, type RevalidationCatcher, startRevalidationCatcher } from "./content-test-kit";
import { REVALIDATE_TIMEOUT_MS, revalidatePortal } from "./revalidate-portal";

describe("revalidating the portal after a publish", () => {
  let healthy: RevalidationCatcher;
  let failing: RevalidationCatcher;
  const hanging = createServer(() => {
    // Never answers: the console must not wait on it.
  });
  let hangingUrl: string;
  let restoreEnv: () => void;

  beforeAll(async () => {
    healthy = await startRevalidationCatcher();
    failing = await startRevalidationCatcher();
    failing.answer(503);
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
    restoreEnv = overrideEnv({
      REVALIDATE_ORIGINS: [healthy.url, failing.url, hangingUrl, "http://127.0.0.1:9"].join(", "),
      REVALIDATE_SECRET: "revalidate-test-secret-0123",
    });
  });
  afterAll(async () => {
    await healthy.close();
    await failing.close();
    hanging.closeAllConnections();
    await new Promise<void>((resolve) => hanging.close(() => resolve()));
    restoreEnv();
  });

  it("tells every portal instance with the secret, and reports the ones that failed without throwing", async () => {
    const lines: string[] = [];
    const started = Date.now();
    const result = await revalidatePortal("test", {
      paths: ["/articles/x"],
      log: (line) => lines.push(line),
    });
    expect(Date.now() - started).toBeLessThan(REVALIDATE_TIMEOUT_MS + 2_000);
    expect(result).toEqual({ revalidated: 1, failed: 3 });
    expect(healthy.calls).toEqual([
      { secret: "revalidate-test-secret-0123", body: '{"paths":["/articles/x"]}' },
    ]);
    expect(failing.calls.length).toBe(1);
    expect(lines).toHaveLength(3);
    expect(lines.some((line) => line.includes(`${failing.url} answered 503`))).toBe(true);
    expect(lines.some((line) => line.includes(hangingUrl) && /abort|timeout/i.test(line))).toBe(true);
  });
});
