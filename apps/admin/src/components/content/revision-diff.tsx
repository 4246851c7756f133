import type { DiffHunk } from "@madoguchi/core/knowledge-base/line-diff";
import type { Locale } from "@madoguchi/core/locale/locale";
import { contentEditorText } from "./content-editor-text";
import { formatDateTime } from "./content-labels";

interface RevisionDiffData {
  locale: string;
  from: { number: number; createdAt: Date };
  to: { number: number; createdAt: Date };
  title: { before: string; after: string } | null;
  summary: { before: string; after: string } | null;
  stats: { added: number; removed: number };
  hunks: DiffHunk[];
}

const sign = { equal: " ", insert: "+", delete: "−" } as const;

/** Two revisions line by line: added lines green with +, removed ones red with −, unchanged stretches folded. */
export function RevisionDiff({ diff, locale = "ja" }: { diff: RevisionDiffData; locale?: Locale }) {
  const t = contentEditorText[locale].diff;
  const spoken = { equal: "", insert: t.insert, delete: t.delete } as const;
  return (
    <section className="content-panel" aria-labelledby="revision-diff">
      <h2 id="revision-diff">{t.title(diff.from.number, diff.to.number)}</h2>
      <p className="muted">
        {t.stats(
          formatDateTime(diff.from.createdAt, locale),
          formatDateTime(diff.to.createdAt, locale),
          diff.stats.added,
          diff.stats.removed,
        )}
      </p>
      {diff.title && (
        <p>
          {t.titleLabel}
          <del>{diff.title.before}</del> → <ins>{diff.title.after}</ins>
        </p>
      )}
      {diff.summary && (
        <p>
          {t.summaryLabel}
          <del>{diff.summary.before || t.none}</del> → <ins>{diff.summary.after || t.none}</ins>
        </p>
      )}
      {diff.hunks.length === 0 ? (
        <p className="muted">{t.noBodyChange}</p>
      ) : (
        <div className="content-diff" data-testid="revision-diff">
          <table>
            <tbody>
              {diff.hunks.flatMap((hunk, index) => [
                ...(hunk.skippedBefore > 0
                  ? [
                      <tr key={`skip-${index}`} className="skipped">
                        <td colSpan={4}>{t.skipped(hunk.skippedBefore)}</td>
                      </tr>,
                    ]
                  : []),
                ...hunk.lines.map((line, lineIndex) => (
                  <tr key={`${index}-${lineIndex}`} data-op={line.op}>
                    <td className="line-number">{line.oldNumber ?? ""}</td>
                    <td className="line-number">{line.newNumber ?? ""}</td>
                    <td aria-hidden="true">{sign[line.op]}</td>
                    <td>
                      <span className="content-visually-hidden">{spoken[line.op]}</span>
                      {line.text || " "}
                    </td>
                  </tr>
                )),
              ])}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
