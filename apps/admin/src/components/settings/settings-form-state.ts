import type { FormState } from "@/components/account/form-state";

export type SettingsState = FormState<{ message: string }>;

export const idleSettings: SettingsState = { status: "idle", errors: {}, values: {} };
