"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { useTRPC } from "@/trpc/client";
import { contentEditorText } from "./content-editor-text";
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
  const locale = useConsoleLocale();
  const t = contentEditorText[locale].restore;
  const restore = useMutation(trpc.articles.restore.mutationOptions());
  return (
    <>
      <button
        type="button"
        className="content-button"
        data-variant="secondary"
        disabled={restore.isPending}
        onClick={async () => {
          if (!window.confirm(t.confirm(number))) return;
          setError(null);
          try {
            await restore.mutateAsync({ articleId, revisionId });
            router.push(`/knowledge/${articleId}`);
            router.refresh();
          } catch (caught) {
            setError(errorMessage(caught, locale));
          }
        }}
      >
        {t.button(number)}
      </button>
      {error && (
        <span className="content-message" data-tone="danger" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
