import { staffNeverAskNotice } from "@madoguchi/core/inquiry/subtype-guidance";
import type { Locale } from "@madoguchi/core/locale/locale";
import { secretWarnings } from "@madoguchi/core/secrets/redact-secrets";
import { type SecretKind, secretKinds } from "@madoguchi/core/secrets/detect-secrets";
import { inquiryText } from "./inquiry-text";

/** What looks like a secret in a field, why it must not be sent, and that staff never need it. */
export function SecretWarning({ locale, kinds }: { locale: Locale; kinds: readonly string[] }) {
  const known = kinds.filter((kind): kind is SecretKind => (secretKinds as readonly string[]).includes(kind));
  return (
    <div className="notice secret-warning" data-tone="danger" role="alert" data-testid="secret-warning">
      <p>
        <strong>{inquiryText(locale).form.secretsTitle}</strong>
      </p>
      <ul>
        {known.map((kind) => (
          <li key={kind}>{secretWarnings[kind][locale]}</li>
        ))}
      </ul>
      <p>{staffNeverAskNotice[locale]}</p>
    </div>
  );
}
