"use client";

import { signInErrors, signInProviderId } from "@madoguchi/api/auth/sign-in-errors";
import { signIn } from "next-auth/react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { accountText } from "./account-text";
import { FormError, TextField } from "./text-field";

type Step = "password" | "code";
type Method = "totp" | "recovery";
type Errors = Partial<Record<"email" | "password" | "code" | "form", string>>;

async function enrollmentRequired(): Promise<boolean> {
  const response = await fetch("/api/auth/session", { cache: "no-store" });
  const body: unknown = response.ok ? await response.json() : null;
  return (
    typeof body === "object" &&
    body !== null &&
    "enrollmentRequired" in body &&
    body.enrollmentRequired === true
  );
}

/**
 * Staff sign-in: email and password, then the authenticator's code (or a recovery code). A member
 * without two-factor yet is signed in for enrollment only, and sent there.
 */
export function StaffSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const text = accountText[useConsoleLocale()].signInForm;
  const [step, setStep] = useState<Step>("password");
  const [method, setMethod] = useState<Method>("totp");
  const [credentials, setCredentials] = useState({ email: "", password: "" });
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (errors.email) emailRef.current?.focus();
    else if (errors.password) passwordRef.current?.focus();
    else if (step === "code") codeRef.current?.focus();
  }, [errors, step, method]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = step === "password" ? String(form.get("email") ?? "").trim() : credentials.email;
    const password = step === "password" ? String(form.get("password") ?? "") : credentials.password;
    const code = step === "code" ? String(form.get("code") ?? "").trim() : "";
    const missing: Errors = {};
    if (!email) missing.email = text.emailRequired;
    if (!password) missing.password = text.passwordRequired;
    if (step === "code" && !code) missing.code = text.codeRequired;
    if (Object.keys(missing).length > 0) return setErrors(missing);

    setPending(true);
    setErrors({});
    try {
      const result = await signIn(signInProviderId.admin, {
        email,
        password,
        ...(step === "code" ? (method === "totp" ? { totpCode: code } : { recoveryCode: code }) : {}),
        redirect: false,
        callbackUrl,
      });
      if (result?.ok && !result.error) {
        window.location.assign((await enrollmentRequired()) ? "/enroll-2fa" : callbackUrl);
        return;
      }
      setCredentials({ email, password });
      switch (result?.error) {
        case signInErrors.secondFactorRequired:
          setStep("code");
          break;
        case signInErrors.secondFactorInvalid:
          setErrors({ code: method === "totp" ? text.codeInvalid : text.recoveryInvalid });
          break;
        case signInErrors.rateLimited:
          setErrors({ form: text.rateLimited });
          break;
        case signInErrors.invalid:
          setStep("password");
          setErrors({ password: text.invalid });
          break;
        default:
          setErrors({ form: text.failed });
      }
    } catch {
      setErrors({ form: text.failed });
    } finally {
      setPending(false);
    }
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
            label={text.email}
            type="email"
            autoComplete="username"
            maxLength={254}
            defaultValue={credentials.email}
            error={errors.email}
            required
          />
          <TextField
            ref={passwordRef}
            id="sign-in-password"
            name="password"
            label={text.password}
            type="password"
            autoComplete="current-password"
            error={errors.password}
            hint={errors.password === text.invalid ? text.invalidHelp : undefined}
            required
          />
        </>
      ) : (
        <fieldset className="account-fieldset" data-testid="second-factor">
          <legend className="account-legend">{text.twoFactor}</legend>
          {method === "totp" ? (
            <TextField
              key="totp"
              ref={codeRef}
              id="sign-in-code"
              name="code"
              label={text.totpCode}
              hint={text.totpHint}
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
              label={text.recoveryCode}
              hint={text.recoveryHint}
              autoComplete="off"
              spellCheck={false}
              maxLength={64}
              error={errors.code}
              required
            />
          )}
          <p>
            <button
              type="button"
              className="account-link-button"
              onClick={() => {
                setMethod(method === "totp" ? "recovery" : "totp");
                setErrors({});
              }}
            >
              {method === "totp" ? text.useRecovery : text.useTotp}
            </button>
          </p>
          {method === "recovery" && <p className="account-hint">{text.noFactorHelp}</p>}
        </fieldset>
      )}
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending} aria-busy={pending || undefined}>
          {pending ? text.checking : step === "password" ? text.submit : text.confirm}
        </button>
        {step === "code" && (
          <button
            type="button"
            className="account-link-button"
            onClick={() => {
              setStep("password");
              setMethod("totp");
              setErrors({});
            }}
          >
            {text.restart}
          </button>
        )}
      </div>
    </form>
  );
}
