"use client";

import { useState } from "react";
import styles from "./console.module.css";

/** Copies a value (a TXID, a trade ID ...) so nobody retypes a 64-character hash. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={styles.copy}
      aria-label={`${label}をコピー`}
      onClick={async () => {
        await navigator.clipboard.writeText(value);
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      }}
    >
      {copied ? "コピーしました" : "コピー"}
    </button>
  );
}
