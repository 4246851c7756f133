export type DeviceKind = "desktop" | "mobile" | "tablet" | "unknown";

export interface DeviceLabel {
  browser: string | null;
  os: string | null;
  kind: DeviceKind;
  /** Product names only, so one label serves every language: `Chrome · Windows`. */
  label: string;
}

// First match wins: Edge and Opera announce themselves as Chrome too, Chrome as Safari.
const browsers: readonly (readonly [RegExp, string])[] = [
  [/\bEdg(?:e|A|iOS)?\//, "Edge"],
  [/\b(?:OPR|Opera)\//, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bLine\//, "LINE"],
  [/\b(?:Firefox|FxiOS)\//, "Firefox"],
  [/\b(?:Chrome|CriOS|Chromium)\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
  [/\bcurl\//, "curl"],
];

const systems: readonly (readonly [RegExp, string, DeviceKind])[] = [
  [/\biPad\b/, "iPadOS", "tablet"],
  [/\biPhone\b|\biPod\b/, "iOS", "mobile"],
  [/\bAndroid\b.*\bMobile\b/, "Android", "mobile"],
  [/\bAndroid\b/, "Android", "tablet"],
  [/\bWindows\b/, "Windows", "desktop"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS", "desktop"],
  [/\bCrOS\b/, "ChromeOS", "desktop"],
  [/\bLinux\b/, "Linux", "desktop"],
];

/** A readable device for the session list, from the User-Agent header (no lookup service). */
export function describeUserAgent(userAgent: string | null | undefined): DeviceLabel {
  const ua = userAgent ?? "";
  const browser = browsers.find(([pattern]) => pattern.test(ua))?.[1] ?? null;
  const system = systems.find(([pattern]) => pattern.test(ua));
  const os = system?.[1] ?? null;
  const kind = system?.[2] ?? "unknown";
  const parts = [browser, os].filter((part): part is string => part !== null);
  return { browser, os, kind, label: parts.length > 0 ? parts.join(" · ") : "unknown" };
}
