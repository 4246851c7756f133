"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import { twoFactorAction } from "@/app/[locale]/account/security/security-actions";
import { localePath } from "@/i18n/locale-path";
import { accountPageText } from "./account-page-text";
import { fieldError, type FormState, idleForm } from "./form-state";
import { FormError, TextField } from "./text-field";

export type TwoFactorData =
  | { step: "enrolling"; qrDataUrl: string; manualKey: string; enrollment: string }
  | { step: "codes"; codes: string[]; reason: "enabled" | "regenerated" }
  | { step: "disabled" };
export type TwoFactorState = FormState<TwoFactorData>;

/**
 * Two-factor settings: enroll with a QR code or the key, confirm with a first code, then the
 * recovery codes once; or, when on, new recovery codes and turning it off (both ask the password).
 */
export function TwoFactorPanel({
  locale,
  enabled,
  recoveryCodesRemaining,
  verified,
}: {
  locale: Locale;
  enabled: boolean;
  recoveryCodesRemaining: number;
  verified: boolean;
}) {
  const t = accountPageText(locale).twoFactor;
  const [state, action, pending] = useActionState<TwoFactorState, FormData>(twoFactorAction, idleForm);
  const data = state.data;
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="intent" value={intent} />
    </>
  );

  if (data?.step === "codes") {
    return (
      <div data-testid="recovery-codes-panel">
        <p className="notice" data-tone="ok" role="status">
          {data.reason === "enabled" ? t.enabled : t.regenerateLead}
        </p>
        <h3>{t.codesTitle}</h3>
        <p>{t.codesLead}</p>
        <ol className="account-codes" data-testid="recovery-codes">
          {data.codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <p>
          <a className="button" href={localePath(locale, "/account/security")}>
            {t.codesSaved}
          </a>
        </p>
      </div>
    );
  }

  if (data?.step === "enrolling") {
    return (
      <form action={action} className="account-form" noValidate data-testid="two-factor-enroll">
        {hidden("confirm")}
        <input type="hidden" name="enrollment" value={data.enrollment} />
        <input type="hidden" name="qrDataUrl" value={data.qrDataUrl} />
        <input type="hidden" name="manualKey" value={data.manualKey} />
        <FormError error={fieldError(state, "form")} />
        <p>{t.scan}</p>
        <img className="account-qr" src={data.qrDataUrl} alt={t.qrAlt} width={200} height={200} />
        <p>{t.manual}</p>
        <dl className="account-facts">
          <dt>{t.manualKey}</dt>
          <dd>
            <code className="account-key" data-testid="manual-key">
              {data.manualKey}
            </code>
          </dd>
        </dl>
        <p>{t.enterCode}</p>
        <TextField
          id="two-factor-code"
          name="code"
          label={t.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          error={fieldError(state, "code")}
          required
        />
        <div className="account-check">
          <input id="two-factor-sign-out-others" type="checkbox" name="signOutOthers" value="yes" />
          <label htmlFor="two-factor-sign-out-others">{t.signOutOthers}</label>
        </div>
        <div className="account-actions">
          <button type="submit" className="button" disabled={pending}>
            {t.confirm}
          </button>
        </div>
      </form>
    );
  }

  const lostDevice = (
    <>
      <h3>{t.lostTitle}</h3>
      <p>
        {t.lost} <a href={localePath(locale, "/contact/login/two_factor")}>{t.lostLink}</a>
      </p>
    </>
  );

  if (!enabled || data?.step === "disabled") {
    return (
      <>
        {data?.step === "disabled" && (
          <p className="notice" data-tone="ok" role="status">
            {t.disabled}
          </p>
        )}
        <p>
          {t.status}: <strong data-testid="two-factor-status">{t.off}</strong>
        </p>
        <FormError error={fieldError(state, "form")} />
        {verified ? (
          <form action={action}>
            {hidden("begin")}
            <button type="submit" className="button" disabled={pending}>
              {t.start}
            </button>
          </form>
        ) : (
          <p className="notice">{t.needsVerified}</p>
        )}
      </>
    );
  }

  return (
    <>
      <p>
        {t.status}: <strong data-testid="two-factor-status">{t.on}</strong>{" "}
        <span className="muted">{t.remaining(recoveryCodesRemaining)}</span>
      </p>
      <FormError error={fieldError(state, "form")} />
      <h3>{t.regenerateTitle}</h3>
      <form action={action} className="account-form" noValidate data-testid="two-factor-regenerate">
        {hidden("regenerate")}
        <p>{t.regenerateLead}</p>
        <TextField
          id="two-factor-regenerate-password"
          name="password"
          label={t.password}
          type="password"
          autoComplete="current-password"
          error={fieldError(state, "regeneratePassword")}
          required
        />
        <div className="account-actions">
          <button type="submit" className="button button-secondary" disabled={pending}>
            {t.regenerate}
          </button>
        </div>
      </form>
      <h3>{t.disableTitle}</h3>
      <form action={action} className="account-form" noValidate data-testid="two-factor-disable">
        {hidden("disable")}
        <p>{t.disableLead}</p>
        <TextField
          id="two-factor-disable-password"
          name="password"
          label={t.password}
          type="password"
          autoComplete="current-password"
          error={fieldError(state, "disablePassword")}
          required
        />
        <div className="account-check">
          <input id="two-factor-disable-sign-out" type="checkbox" name="signOutOthers" value="yes" />
          <label htmlFor="two-factor-disable-sign-out">{t.signOutOthers}</label>
        </div>
        <div className="account-actions">
          <button type="submit" className="button button-danger" disabled={pending}>
            {t.disable}
          </button>
        </div>
      </form>
      {lostDevice}
    </>
  );
}
