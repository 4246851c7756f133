"use client";

import { useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import styles from "./console.module.css";
import { workspaceText } from "./workspace-text";

/** Copies a value (a TXID, a trade ID ...) so nobody retypes a 64-character hash. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const text = workspaceText[useConsoleLocale()].copy;
  return (
    <button
      type="button"
      className={styles.copy}
      aria-label={text.label(label)}
      onClick={async () => {
        await navigator.clipboard.writeText(value);
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      }}
    >
      {copied ? text.copied : text.copy}
    </button>
  );
}
