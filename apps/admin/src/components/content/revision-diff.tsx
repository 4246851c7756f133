import type { DiffHunk } from "@madoguchi/core/knowledge-base/line-diff";
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
const spoken = { equal: "", insert: "追加: ", delete: "削除: " } as const;

/** Two revisions line by line: added lines green with +, removed ones red with −, unchanged stretches folded. */
export function RevisionDiff({ diff }: { diff: RevisionDiffData }) {
  return (
    <section className="content-panel" aria-labelledby="revision-diff">
      <h2 id="revision-diff">
        第{diff.from.number}版 → 第{diff.to.number}版の差分
      </h2>
      <p className="muted">
        {formatDateTime(diff.from.createdAt)} → {formatDateTime(diff.to.createdAt)}・追加 {diff.stats.added}
        行・削除 {diff.stats.removed}行
      </p>
      {diff.title && (
        <p>
          タイトル: <del>{diff.title.before}</del> → <ins>{diff.title.after}</ins>
        </p>
      )}
      {diff.summary && (
        <p>
          概要: <del>{diff.summary.before || "（なし）"}</del> → <ins>{diff.summary.after || "（なし）"}</ins>
        </p>
      )}
      {diff.hunks.length === 0 ? (
        <p className="muted">本文に違いはありません。</p>
      ) : (
        <div className="content-diff" data-testid="revision-diff">
          <table>
            <tbody>
              {diff.hunks.flatMap((hunk, index) => [
                ...(hunk.skippedBefore > 0
                  ? [
                      <tr key={`skip-${index}`} className="skipped">
                        <td colSpan={4}>… 変更のない {hunk.skippedBefore}行 …</td>
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
