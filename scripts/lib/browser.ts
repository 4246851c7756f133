import { existsSync } from "node:fs";

/**
 * The Chromium for browser tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium. Nothing is
 * ever downloaded. Returns undefined when none is there.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find(
    (path): path is string => typeof path === "string" && path !== "" && existsSync(path),
  );
}

export const NO_BROWSER_MESSAGE =
  "No Chromium for the browser tests: install Debian's (`apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.";
