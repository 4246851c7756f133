"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import {
  type GuestCodeState,
  type GuestReplyState,
  guestLookup,
  sendGuestReply,
} from "@/app/[locale]/inquiries/guest/guest-actions";
import { guestText } from "./guest-text";
import { inquiryText, problemText } from "./inquiry-text";
import { SecretWarning } from "./secret-warning";

/** Email + inquiry number, then the emailed code: works with and without JavaScript. */
export function GuestLookup({ locale }: { locale: Locale }) {
  const t = guestText(locale);
  const [state, action, pending] = useActionState<GuestCodeState, FormData>(guestLookup, { step: "ask" });
  if (state.step === "sent") {
    return (
      <form action={action} className="inquiry-form" data-testid="guest-code-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="email" value={state.email} />
        <input type="hidden" name="number" value={state.number} />
        <p className="notice" data-tone="ok" role="status">
          {t.sent}
        </p>
        <div className="inquiry-field" data-invalid={state.error ? "true" : undefined}>
          <label htmlFor="guest-code">{inquiryText(locale).code.codeLabel}</label>
          <div className="inquiry-field-input">
            <input
              id="guest-code"
              name="code"
              required
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={12}
            />
            {state.error && <p className="field-error">{problemText(locale, state.error)}</p>}
          </div>
        </div>
        <p>
          <button type="submit" className="button" disabled={pending}>
            {t.open}
          </button>
        </p>
      </form>
    );
  }
  return (
    <form action={action} className="inquiry-form" data-testid="guest-lookup-form">
      <input type="hidden" name="locale" value={locale} />
      {state.error && (
        <p className="notice" data-tone="danger" role="alert">
          {problemText(locale, state.error)}
        </p>
      )}
      <div className="inquiry-field">
        <label htmlFor="guest-email">{t.email}</label>
        <input
          id="guest-email"
          type="email"
          name="email"
          required
          maxLength={254}
          autoComplete="email"
          defaultValue={state.email}
        />
      </div>
      <div className="inquiry-field">
        <label htmlFor="guest-number">{t.number}</label>
        <input
          id="guest-number"
          name="number"
          required
          maxLength={32}
          placeholder="Q-2026-000123"
          defaultValue={state.number}
        />
      </div>
      <p>
        <button type="submit" className="button" disabled={pending}>
          {t.send}
        </button>
      </p>
    </form>
  );
}

/** A text reply from a ticket opened without signing in. */
export function GuestReply({ locale }: { locale: Locale }) {
  const t = inquiryText(locale);
  const [state, action, pending] = useActionState<GuestReplyState, FormData>(sendGuestReply, { step: "ask" });
  if (state.step === "sent") {
    return (
      <p className="notice" data-tone="ok" role="status">
        {t.detail.replied}
      </p>
    );
  }
  return (
    <form action={action} className="inquiry-form" data-testid="guest-reply-form">
      <input type="hidden" name="locale" value={locale} />
      {state.error && (
        <p className="notice" data-tone="danger" role="alert">
          {problemText(locale, state.error)}
        </p>
      )}
      <div className="inquiry-field">
        <label htmlFor="guest-reply">{t.detail.replyLabel}</label>
        <textarea id="guest-reply" name="body" rows={6} required maxLength={5000} defaultValue={state.body} />
        {state.kinds && state.kinds.length > 0 && <SecretWarning locale={locale} kinds={state.kinds} />}
      </div>
      {state.kinds && state.kinds.length > 0 && (
        <label className="send-anyway">
          <input type="checkbox" name="sendDespiteSecrets" /> {t.form.sendAnyway}
        </label>
      )}
      <p>
        <button type="submit" className="button" disabled={pending}>
          {t.detail.replySend}
        </button>
      </p>
    </form>
  );
}
