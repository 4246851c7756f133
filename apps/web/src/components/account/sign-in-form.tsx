"use client";

import { signInErrors, signInProviderId } from "@madoguchi/api/auth/sign-in-errors";
import type { Locale } from "@madoguchi/core/locale/locale";
import { signIn } from "next-auth/react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { localePath } from "@/i18n/locale-path";
import { authText } from "./auth-text";
import { errorText } from "./error-text";
import { FormError, TextField } from "./text-field";

type Step = "password" | "code";
type Method = "totp" | "recovery";
type Errors = Partial<Record<"email" | "password" | "code" | "form", string>>;

/**
 * Email and password, then (when the account has two-factor) a code from the authenticator app
 * or a recovery code; next-auth checks all of them again at that second step.
 */
export function SignInForm({ locale, callbackUrl }: { locale: Locale; callbackUrl: string }) {
  const t = authText(locale);
  const [step, setStep] = useState<Step>("password");
  const [method, setMethod] = useState<Method>("totp");
  const [credentials, setCredentials] = useState({ email: "", password: "" });
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  // The field to fix (or the new one to fill) gets the focus, so keyboard users land on it.
  useEffect(() => {
    if (errors.email) emailRef.current?.focus();
    else if (errors.password) passwordRef.current?.focus();
    else if (step === "code") codeRef.current?.focus();
  }, [errors, step, method]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "").trim();
    const email = step === "password" ? value("email") : credentials.email;
    const password = step === "password" ? String(form.get("password") ?? "") : credentials.password;
    const code = step === "code" ? value("code") : "";

    const missing: Errors = {};
    if (!email) missing.email = errorText(locale, "account.email.required");
    if (!password) missing.password = errorText(locale, "account.password.required");
    if (step === "code" && !code) missing.code = t.signIn.codeRequired;
    if (Object.keys(missing).length > 0) return setErrors(missing);

    setPending(true);
    setErrors({});
    try {
      const result = await signIn(signInProviderId.web, {
        email,
        password,
        ...(step === "code" ? (method === "totp" ? { totpCode: code } : { recoveryCode: code }) : {}),
        redirect: false,
        callbackUrl,
      });
      if (result?.ok && !result.error) {
        window.location.assign(callbackUrl);
        return;
      }
      setCredentials({ email, password });
      switch (result?.error) {
        case signInErrors.secondFactorRequired:
          setStep("code");
          break;
        case signInErrors.secondFactorInvalid:
          setErrors({
            code: method === "totp" ? t.signIn.secondFactorInvalid : t.signIn.recoveryCodeInvalid,
          });
          break;
        case signInErrors.rateLimited:
          setErrors({ form: t.signIn.rateLimited });
          break;
        case signInErrors.invalid:
          setStep("password");
          setErrors({ password: t.signIn.invalid });
          break;
        default:
          setErrors({ form: t.signIn.failed });
      }
    } catch {
      setErrors({ form: t.signIn.failed });
    } finally {
      setPending(false);
    }
  }

  function startOver() {
    setStep("password");
    setMethod("totp");
    setErrors({});
  }

  return (
    <form className="account-form" onSubmit={submit} noValidate data-testid="sign-in-form">
      <FormError error={errors.form} />
      {step === "password" ? (
        <>
          <TextField
            ref={emailRef}
            id="sign-in-email"
            name="email"
            label={t.fields.email}
            type="email"
            autoComplete="username"
            inputMode="email"
            maxLength={254}
            defaultValue={credentials.email}
            error={errors.email}
            required
          />
          <TextField
            ref={passwordRef}
            id="sign-in-password"
            name="password"
            label={t.fields.password}
            type="password"
            autoComplete="current-password"
            error={errors.password}
            hint={errors.password === t.signIn.invalid ? t.signIn.invalidHelp : undefined}
            required
          />
        </>
      ) : (
        <fieldset className="account-fieldset" data-testid="second-factor">
          <legend className="account-legend">{t.signIn.secondFactorTitle}</legend>
          <p>{t.signIn.secondFactorLead}</p>
          {method === "totp" ? (
            <TextField
              key="totp"
              ref={codeRef}
              id="sign-in-code"
              name="code"
              label={t.fields.totpCode}
              hint={t.hints.totpCode}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={12}
              error={errors.code}
              required
            />
          ) : (
            <TextField
              key="recovery"
              ref={codeRef}
              id="sign-in-recovery-code"
              name="code"
              label={t.fields.recoveryCode}
              hint={t.hints.recoveryCode}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={64}
              error={errors.code}
              required
            />
          )}
          <p>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setMethod(method === "totp" ? "recovery" : "totp");
                setErrors({});
              }}
            >
              {method === "totp" ? t.signIn.useRecoveryCode : t.signIn.useAuthenticator}
            </button>
          </p>
          {method === "recovery" && (
            <p className="account-hint" data-testid="lost-device">
              {t.signIn.lostDevice}{" "}
              <a href={localePath(locale, "/contact/login/two_factor")}>{t.signIn.lostDeviceLink}</a>
            </p>
          )}
        </fieldset>
      )}
      <div className="account-actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending || undefined}>
          {pending ? t.signIn.submitting : step === "password" ? t.signIn.submit : t.signIn.verify}
        </button>
        {step === "code" && (
          <button type="button" className="link-button" onClick={startOver}>
            {t.signIn.startOver}
          </button>
        )}
      </div>
    </form>
  );
}
