import type { $ZodConfig } from "zod/v4/core";

// Runs in the browser before the app. The inquiry forms validate with zod, which probes whether it
// may compile its parsers with `new Function`: the Content Security Policy forbids that, and
// although zod then falls back on its own, the probe reports a violation on every such page.
// Zod reads this global when it loads (its documented way to configure it in advance); calling
// `z.config` instead would ship zod's core to every page of the help center.
const scope = globalThis as { __zod_globalConfig?: $ZodConfig };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
