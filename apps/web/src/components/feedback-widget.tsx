"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import { type FeedbackState, submitFeedback } from "@/app/[locale]/articles/[slug]/feedback-action";

export interface FeedbackLabels {
  question: string;
  yes: string;
  no: string;
  thanks: string;
  reasonLabel: string;
  reasonSubmit: string;
  reasonThanks: string;
  contactLead: string;
  contactLink: string;
  rateLimited: string;
  failed: string;
}

/**
 * "Was this helpful?" under an article. A "no" thanks the reader, asks what did not help
 * (optional), and offers the support window for the article's trouble type.
 */
export function FeedbackWidget({
  slug,
  locale,
  contactHref,
  labels,
}: {
  slug: string;
  locale: Locale;
  contactHref: string;
  labels: FeedbackLabels;
}) {
  const [state, action, pending] = useActionState<FeedbackState, FormData>(submitFeedback, { step: "ask" });
  const hidden = (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );

  if (state.step === "thanks" && state.helpful) {
    return (
      <section className="feedback" aria-live="polite" data-testid="feedback">
        <p role="status">{labels.thanks}</p>
      </section>
    );
  }

  if (state.step === "thanks") {
    return (
      <section className="feedback" aria-live="polite" data-testid="feedback">
        <p role="status">{state.reasonSent ? labels.reasonThanks : labels.thanks}</p>
        {!state.reasonSent && (
          <form action={action}>
            {hidden}
            <input type="hidden" name="helpful" value="no" />
            <label htmlFor="feedback-reason">{labels.reasonLabel}</label>
            <textarea id="feedback-reason" name="reason" maxLength={1000} />
            <button type="submit" className="button button-secondary" disabled={pending}>
              {labels.reasonSubmit}
            </button>
          </form>
        )}
        <p>{labels.contactLead}</p>
        <p>
          <a className="button" href={contactHref} data-testid="contact-support">
            {labels.contactLink}
          </a>
        </p>
      </section>
    );
  }

  return (
    <section className="feedback" data-testid="feedback">
      <form action={action}>
        {hidden}
        <fieldset>
          <legend>{labels.question}</legend>
          <div className="actions">
            <button
              type="submit"
              name="helpful"
              value="yes"
              className="button button-secondary"
              disabled={pending}
            >
              {labels.yes}
            </button>
            <button
              type="submit"
              name="helpful"
              value="no"
              className="button button-secondary"
              disabled={pending}
            >
              {labels.no}
            </button>
          </div>
        </fieldset>
      </form>
      {state.step === "error" && (
        <p role="alert">{state.reason === "rate_limited" ? labels.rateLimited : labels.failed}</p>
      )}
    </section>
  );
}
