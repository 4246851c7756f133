"use client";

import {
  type ComponentState,
  componentStateLabel,
  componentStates,
} from "@madoguchi/core/status/status-page";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "./content-labels";
import { statusText } from "./status-text";

/** The state staff set by hand on one component; the status page shows it at once. */
export function ComponentStateSelect({
  componentKey,
  name,
  state,
}: {
  componentKey: string;
  name: string;
  state: ComponentState;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const locale = useConsoleLocale();
  const [error, setError] = useState<string | null>(null);
  const setState = useMutation(trpc.components.setState.mutationOptions());
  return (
    <>
      <label htmlFor={id} className="content-visually-hidden">
        {statusText[locale].componentState.label(name)}
      </label>
      <select
        id={id}
        value={state}
        disabled={setState.isPending}
        onChange={async (event) => {
          setError(null);
          try {
            await setState.mutateAsync({ key: componentKey, state: event.target.value as ComponentState });
            router.refresh();
          } catch (caught) {
            setError(errorMessage(caught, locale));
          }
        }}
      >
        {componentStates.map((option) => (
          <option key={option} value={option}>
            {componentStateLabel[option][locale]}
          </option>
        ))}
      </select>
      {error && (
        <span className="content-message" data-tone="danger" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
