"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import { type SubscribeState, subscribeToStatus } from "@/app/[locale]/status/subscribe-action";

export interface SubscribeLabels {
  emailLabel: string;
  subscribe: string;
  subscribed: string;
  subscribeFailed: string;
  subscribeRateLimited: string;
}

export function SubscribeForm({ locale, labels }: { locale: Locale; labels: SubscribeLabels }) {
  const [state, action, pending] = useActionState<SubscribeState, FormData>(subscribeToStatus, {
    step: "ask",
  });
  if (state.step === "sent") {
    return (
      <p className="notice" data-tone="ok" role="status" data-testid="subscribe-result">
        {labels.subscribed}
      </p>
    );
  }
  return (
    <form action={action} className="subscribe-form" data-testid="subscribe-form">
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="subscribe-email">{labels.emailLabel}</label>
      <input id="subscribe-email" type="email" name="email" required autoComplete="email" maxLength={254} />
      <button type="submit" className="button" disabled={pending}>
        {labels.subscribe}
      </button>
      {state.step === "error" && (
        <p role="alert" className="notice" data-tone="danger">
          {state.reason === "rate_limited" ? labels.subscribeRateLimited : labels.subscribeFailed}
        </p>
      )}
    </form>
  );
}
