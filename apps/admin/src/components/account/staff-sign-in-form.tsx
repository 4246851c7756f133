"use client";

import { signInErrors, signInProviderId } from "@madoguchi/api/auth/sign-in-errors";
import { signIn } from "next-auth/react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { FormError, TextField } from "./text-field";

type Step = "password" | "code";
type Method = "totp" | "recovery";
type Errors = Partial<Record<"email" | "password" | "code" | "form", string>>;

const text = {
  invalid: "メールアドレスまたはパスワードが正しくないか、現在サインインできない状態です。",
  invalidHelp:
    "続けて間違えると、一時的にサインインできなくなります。ロック中は管理者に解除を依頼してください。",
  codeInvalid: "コードが正しくないか、有効期限が切れています。最新のコードを入力してください。",
  recoveryInvalid: "リカバリーコードが正しくないか、すでに使用されています。",
  rateLimited:
    "サインインの試行が続いたため、一時的に受け付けを停止しています。15分ほど待ってから、もう一度お試しください。",
  failed: "サインインできませんでした。時間をおいて、もう一度お試しください。",
};

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
    if (!email) missing.email = "メールアドレスを入力してください。";
    if (!password) missing.password = "パスワードを入力してください。";
    if (step === "code" && !code) missing.code = "コードを入力してください。";
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
            label="メールアドレス"
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
            label="パスワード"
            type="password"
            autoComplete="current-password"
            error={errors.password}
            hint={errors.password === text.invalid ? text.invalidHelp : undefined}
            required
          />
        </>
      ) : (
        <fieldset className="account-fieldset" data-testid="second-factor">
          <legend className="account-legend">二段階認証</legend>
          {method === "totp" ? (
            <TextField
              key="totp"
              ref={codeRef}
              id="sign-in-code"
              name="code"
              label="確認コード（6桁）"
              hint="認証アプリに表示されている6桁の数字を入力してください。"
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
              label="リカバリーコード"
              hint="二段階認証の設定時に保存したコードのうち、未使用のものを1つ入力してください。"
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
              {method === "totp"
                ? "認証アプリを使えない場合（リカバリーコードを使う）"
                : "認証アプリのコードを使う"}
            </button>
          </p>
          {method === "recovery" && (
            <p className="account-hint">
              認証アプリもリカバリーコードも使えない場合は、管理者に二段階認証のリセットを依頼してください。
            </p>
          )}
        </fieldset>
      )}
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending} aria-busy={pending || undefined}>
          {pending ? "確認しています…" : step === "password" ? "サインインする" : "確認する"}
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
            メールアドレスの入力からやり直す
          </button>
        )}
      </div>
    </form>
  );
}
