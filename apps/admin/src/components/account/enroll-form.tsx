"use client";

import { useActionState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { accountText } from "./account-text";
import { fieldError, type FormState, idleForm } from "./form-state";
import { FormError, TextField } from "./text-field";

type EnrollState = FormState<{ recoveryCodes: string[] }>;

/** The QR code and key of a new secret, the first code to confirm it, then the recovery codes once. */
export function EnrollForm({
  action: serverAction,
  qrDataUrl,
  manualKey,
  enrollment,
}: {
  action: (previous: EnrollState, form: FormData) => Promise<EnrollState>;
  qrDataUrl: string;
  manualKey: string;
  enrollment: string;
}) {
  const [state, action, pending] = useActionState<EnrollState, FormData>(serverAction, idleForm);
  const text = accountText[useConsoleLocale()].enroll;
  if (state.status === "done" && state.data) {
    return (
      <section data-testid="recovery-codes-panel">
        <p className="notice" data-tone="ok" role="status">
          {text.done}
        </p>
        <h2>{text.recoveryTitle}</h2>
        <p>{text.recoveryLead}</p>
        <ol className="account-codes" data-testid="recovery-codes">
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <p>
          <a className="account-button" href="/">
            {text.savedGoOn}
          </a>
        </p>
      </section>
    );
  }
  return (
    <form action={action} className="account-form" noValidate data-testid="enroll-form">
      <input type="hidden" name="enrollment" value={enrollment} />
      <FormError error={fieldError(state, "form")} />
      <p>{text.step1}</p>
      <img className="account-qr" src={qrDataUrl} alt={text.qrAlt} width={200} height={200} />
      <p>{text.manualLead}</p>
      <dl className="account-facts">
        <dt>{text.manualKey}</dt>
        <dd>
          <code className="account-key" data-testid="manual-key">
            {manualKey}
          </code>
        </dd>
      </dl>
      <p>{text.step2}</p>
      <TextField
        id="enroll-code"
        name="code"
        label={text.code}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={12}
        error={fieldError(state, "code")}
        required
      />
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending}>
          {text.finish}
        </button>
      </div>
    </form>
  );
}
