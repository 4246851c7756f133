"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { useActionState } from "react";
import { localePath } from "@/i18n/locale-path";
import { authText } from "./auth-text";
import { fieldError, type FormState, idleForm } from "./form-state";
import { FormError } from "./text-field";
import { type TokenFlow, tokenLinkAction } from "./token-link-action";

/** Where each link leads once it has done its work. */
const nextStep: Record<TokenFlow, { path: string; label: "toSignIn" | "toAccount" | "home" }> = {
  verifyEmail: { path: "/account", label: "toAccount" },
  unlock: { path: "/sign-in", label: "toSignIn" },
  confirmFreeze: { path: "/", label: "home" },
  confirmEmailChange: { path: "/account", label: "toAccount" },
};

export function TokenLinkForm({ locale, flow, token }: { locale: Locale; flow: TokenFlow; token: string }) {
  const t = authText(locale);
  const text = t.links[flow];
  const [state, action, pending] = useActionState<FormState, FormData>(tokenLinkAction, idleForm);
  const next = nextStep[flow];
  if (state.status === "done") {
    return (
      <div className="notice" data-tone="ok" role="status" data-testid="link-done">
        <p>{text.done}</p>
        {flow === "confirmFreeze" && (
          <ul>
            {t.freeze.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        )}
        <p>
          <a className="button" href={localePath(locale, next.path)}>
            {t.links[next.label]}
          </a>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="account-form" data-testid="link-form">
      <FormError error={fieldError(state, "form")} />
      <p>{text.lead}</p>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="flow" value={flow} />
      <input type="hidden" name="token" value={token} />
      <div className="account-actions">
        <button
          type="submit"
          className={flow === "confirmFreeze" ? "button button-danger" : "button"}
          disabled={pending}
        >
          {text.button}
        </button>
      </div>
    </form>
  );
}
