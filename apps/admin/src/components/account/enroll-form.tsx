"use client";

import { useActionState } from "react";
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
  if (state.status === "done" && state.data) {
    return (
      <section data-testid="recovery-codes-panel">
        <p className="notice" data-tone="ok" role="status">
          二段階認証を設定しました。
        </p>
        <h2>リカバリーコード</h2>
        <p>
          認証アプリを使えなくなったときに、コードの代わりに1つずつ使えます。表示されるのは今回だけです。安全な場所に保管してください。
        </p>
        <ol className="account-codes" data-testid="recovery-codes">
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <p>
          <a className="account-button" href="/">
            保管したので管理コンソールへ進む
          </a>
        </p>
      </section>
    );
  }
  return (
    <form action={action} className="account-form" noValidate data-testid="enroll-form">
      <input type="hidden" name="enrollment" value={enrollment} />
      <FormError error={fieldError(state, "form")} />
      <p>
        1. 認証アプリ（Google Authenticator、Microsoft Authenticator
        など）で、次のQRコードを読み取ってください。
      </p>
      <img className="account-qr" src={qrDataUrl} alt="二段階認証の設定用QRコード" width={200} height={200} />
      <p>QRコードを読み取れない場合は、次の設定キーを手入力してください。</p>
      <dl className="account-facts">
        <dt>設定キー</dt>
        <dd>
          <code className="account-key" data-testid="manual-key">
            {manualKey}
          </code>
        </dd>
      </dl>
      <p>2. 認証アプリに表示された6桁のコードを入力してください。</p>
      <TextField
        id="enroll-code"
        name="code"
        label="確認コード（6桁）"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={12}
        error={fieldError(state, "code")}
        required
      />
      <div className="account-actions">
        <button type="submit" className="account-button" disabled={pending}>
          設定を完了する
        </button>
      </div>
    </form>
  );
}
