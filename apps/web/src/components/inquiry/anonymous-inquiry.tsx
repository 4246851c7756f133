"use client";

import { inquiryMessage } from "@madoguchi/core/inquiry/inquiry-messages";
import { useActionState } from "react";
import { type CodeState, requestInquiryCode } from "@/app/[locale]/contact/[type]/[subtype]/form/code-action";
import { InquiryForm, type InquiryFormProps } from "./inquiry-form";
import { inquiryText, problemText } from "./inquiry-text";

/**
 * Login trouble without signing in: first a one-time code to the registered address typed (the
 * answer is the same whether an account has it), then the form, which sends the code with it.
 */
export function AnonymousInquiry(
  props: Omit<InquiryFormProps, "anonymousEmail"> & { initialEmail: string | null },
) {
  const { locale, initialEmail, ...form } = props;
  const t = inquiryText(locale).code;
  const [state, action, pending] = useActionState<CodeState, FormData>(
    requestInquiryCode,
    initialEmail ? { step: "sent", email: initialEmail } : { step: "ask" },
  );
  if (state.step === "sent") {
    return (
      <>
        <div className="notice" data-tone="ok" role="status" data-testid="code-sent">
          <p>{t.sent(state.email)}</p>
          <p className="muted">{t.privacy}</p>
          <form action={action}>
            <input type="hidden" name="reset" value="1" />
            <button type="submit" className="button button-secondary">
              {t.resend}
            </button>
          </form>
        </div>
        <p className="muted">{t.matched}</p>
        <InquiryForm {...form} locale={locale} anonymousEmail={state.email} />
      </>
    );
  }
  const error =
    state.error === "invalid"
      ? inquiryMessage("inquiry.email.format", locale)
      : state.error === "rate_limited"
        ? problemText(locale, "inquiry.code.rateLimited")
        : state.error === "failed"
          ? problemText(locale, "failed")
          : null;
  return (
    <section className="inquiry-code" aria-labelledby="code-title">
      <h2 id="code-title">{t.title}</h2>
      <p>{t.lead}</p>
      <form action={action} className="inquiry-form" data-testid="code-form">
        <input type="hidden" name="locale" value={locale} />
        <div className="inquiry-field" data-invalid={error ? "true" : undefined}>
          <label htmlFor="code-email">{t.emailLabel}</label>
          <div className="inquiry-field-input">
            <input
              id="code-email"
              type="email"
              name="email"
              required
              maxLength={254}
              autoComplete="email"
              defaultValue={state.email ?? ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "code-email-error" : undefined}
            />
            {error && (
              <p id="code-email-error" className="field-error">
                {error}
              </p>
            )}
          </div>
        </div>
        <p>
          <button type="submit" className="button" disabled={pending}>
            {t.send}
          </button>
        </p>
      </form>
    </section>
  );
}
