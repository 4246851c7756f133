"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import { type DeflectState, markDeflected } from "@/app/[locale]/contact/[type]/[subtype]/deflect-action";
import { localePath } from "@/i18n/locale-path";
import { inquiryText } from "./inquiry-text";

/** The end of self-help: "solved" ends the flow (counted as deflected), or go on to the form. */
export function DeflectButtons({ locale, type, subtype }: { locale: Locale; type: string; subtype: string }) {
  const t = inquiryText(locale).selfHelp;
  const [state, action, pending] = useActionState<DeflectState, FormData>(markDeflected, { step: "ask" });
  if (state.step === "solved") {
    return (
      <section className="notice" data-tone="ok" role="status" data-testid="deflected">
        <h2>{t.thanksTitle}</h2>
        <p>{t.thanksBody}</p>
        <p>
          <a href={localePath(locale, "/")}>{t.home}</a>
        </p>
      </section>
    );
  }
  return (
    <section className="inquiry-decision" aria-labelledby="decision-title">
      <h2 id="decision-title">{t.question}</h2>
      <form action={action} className="inquiry-decision-actions">
        <input type="hidden" name="type" value={type} />
        <input type="hidden" name="subtype" value={subtype} />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button" disabled={pending}>
          {t.solved}
        </button>
        <a className="button button-secondary" href={localePath(locale, `/contact/${type}/${subtype}/form`)}>
          {t.stillNeedHelp}
        </a>
      </form>
    </section>
  );
}
