import type { TroubleType } from "../trouble/trouble-types";
import { requireSubtype } from "./inquiry-form";

/**
 * The status-page components a subtype is about (the same keys as the status page and the
 * `component` field): an incident on one of them is shown before anything else in self-help.
 */
const componentsBySubtype: Readonly<Record<string, readonly string[]>> = {
  site_unreachable: ["web"],
  app_malfunction: ["app"],
  api_error: ["api"],
  order_not_filled: ["trading"],
  cancellation: ["trading"],
  history_mismatch: ["trading"],
  jpy_deposit_missing: ["jpy_deposit"],
  jpy_withdrawal_refused: ["jpy_withdrawal"],
  crypto_deposit_missing: ["crypto_transfer"],
  crypto_withdrawal_pending: ["crypto_transfer"],
  wrong_address: ["crypto_transfer"],
};

const componentsByType: Readonly<Partial<Record<TroubleType, readonly string[]>>> = {
  login: ["web", "app"],
  system: ["web", "app", "api"],
};

export function statusComponentsFor(type: TroubleType, subtype: string): readonly string[] {
  const definition = requireSubtype(type, subtype);
  return componentsBySubtype[definition.key] ?? componentsByType[type] ?? [];
}
