import type { Locale } from "@madoguchi/core/locale/locale";
import { inquiryText } from "./inquiry-text";

/** Where the customer is in triage: 1 type, 2 subtype, 3 self-help, 4 the form. */
export function StepIndicator({ locale, current }: { locale: Locale; current: 1 | 2 | 3 | 4 }) {
  const t = inquiryText(locale);
  return (
    <nav aria-label={t.stepsLabel}>
      <ol className="inquiry-steps">
        {t.steps.map((label, index) => (
          <li
            key={label}
            aria-current={index + 1 === current ? "step" : undefined}
            data-done={index + 1 < current ? "true" : undefined}
          >
            <span className="inquiry-step-number">{index + 1}</span> {label}
          </li>
        ))}
      </ol>
    </nav>
  );
}
