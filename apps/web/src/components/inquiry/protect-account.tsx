import type { PreFormNotice } from "@madoguchi/core/inquiry/subtype-guidance";
import type { Locale } from "@madoguchi/core/locale/locale";
import { localePath } from "@/i18n/locale-path";
import { inquiryText } from "./inquiry-text";

/**
 * A notice shown before the form: the security window's "protect your account now" with its
 * immediate steps and the emergency freeze (which works without signing in), or a warning.
 */
export function PreFormNoticeView({ notice, locale }: { notice: PreFormNotice; locale: Locale }) {
  return (
    <section
      className="notice inquiry-notice"
      data-tone={notice.tone}
      data-notice={notice.key}
      aria-labelledby={`notice-${notice.key}`}
    >
      <h2 id={`notice-${notice.key}`}>{notice.title[locale]}</h2>
      <p>{notice.body[locale]}</p>
      {notice.action === "freeze_account" && (
        <p>
          <a className="button button-danger" href={localePath(locale, "/freeze")}>
            {inquiryText(locale).form.freezeNow}
          </a>
        </p>
      )}
      {notice.steps.length > 0 && (
        <ol>
          {notice.steps.map((step) => (
            <li key={step.ja}>{step[locale]}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
