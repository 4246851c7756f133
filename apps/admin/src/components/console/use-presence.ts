"use client";

import { PRESENCE_HEARTBEAT_MS } from "@madoguchi/core/workspace/presence";
import type { Viewer } from "@madoguchi/core/workspace/presence";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";

/**
 * Announces this tab on the ticket every few seconds and returns who else is there. `typing()`
 * is called on keystrokes and sends at most one extra announcement every few seconds.
 */
export function usePresence(number: string): { viewers: Viewer[]; typing: () => void } {
  const trpc = useTRPC();
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const { mutate } = useMutation(trpc.ticket.presence.mutationOptions({ onSuccess: setViewers }));
  const lastTyping = useRef(0);

  useEffect(() => {
    mutate({ number });
    const timer = setInterval(() => mutate({ number }), PRESENCE_HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      mutate({ number, leaving: true });
    };
  }, [mutate, number]);

  const typing = useCallback(() => {
    const now = Date.now();
    if (now - lastTyping.current < 4_000) return;
    lastTyping.current = now;
    mutate({ number, typing: true });
  }, [mutate, number]);

  return { viewers, typing };
}
