"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "./content-labels";

/** Brings an old revision back as the newest one (history itself is never rewritten). */
export function RestoreRevisionButton({
  articleId,
  revisionId,
  number,
}: {
  articleId: string;
  revisionId: string;
  number: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const restore = useMutation(trpc.articles.restore.mutationOptions());
  return (
    <>
      <button
        type="button"
        className="content-button"
        data-variant="secondary"
        disabled={restore.isPending}
        onClick={async () => {
          if (!window.confirm(`第${number}版の内容を最新版として復元します。よろしいですか？`)) return;
          setError(null);
          try {
            await restore.mutateAsync({ articleId, revisionId });
            router.push(`/knowledge/${articleId}`);
            router.refresh();
          } catch (caught) {
            setError(errorMessage(caught));
          }
        }}
      >
        第{number}版を復元
      </button>
      {error && (
        <span className="content-message" data-tone="danger" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
