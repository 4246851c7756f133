import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { formatDateTime } from "@/components/content/content-labels";
import { knowledgeText } from "@/components/content/knowledge-text";
import { RevisionDiff } from "@/components/content/revision-diff";
import { RestoreRevisionButton } from "@/components/content/restore-revision-button";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: knowledgeText[await getConsoleLocale()].revisions.title };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function RevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const query = await searchParams;
  const consoleLocale = await getConsoleLocale();
  const words = knowledgeText[consoleLocale];
  const text = words.revisions;
  const from = one(query.from);
  const to = one(query.to);
  if (!uuid.test(id) || (from && !uuid.test(from)) || (to && !uuid.test(to))) notFound();
  const caller = await serverCaller();
  const loaded = await loadForPage(() =>
    Promise.all([
      caller.articles.get({ id }),
      caller.articles.revisions({ articleId: id }),
      from ? caller.articles.diff({ articleId: id, from, ...(to ? { to } : {}) }) : Promise.resolve(null),
    ]),
  );
  if (!loaded.ok) return <AccessNotice title={text.title} reason={loaded.reason} locale={consoleLocale} />;
  const [article, revisions, diff] = loaded.data;
  const canRestore = article.actions.includes("save");

  return (
    <>
      <p>
        <Link href={`/knowledge/${article.id}`}>{text.back}</Link>
      </p>
      <h1>{text.heading(article.working.ja?.title ?? article.slug)}</h1>
      {diff && <RevisionDiff diff={diff} locale={consoleLocale} />}
      {(["ja", "en"] as const).map((locale) => {
        const rows = revisions.filter((r) => r.locale === locale);
        if (rows.length === 0) return null;
        const newest = rows[0];
        return (
          <section key={locale} className="content-panel">
            <h2>{words.languages[locale]}</h2>
            <table className="content-table">
              <thead>
                <tr>
                  <th scope="col">{text.columns.number}</th>
                  <th scope="col">{text.columns.title}</th>
                  <th scope="col">{text.columns.author}</th>
                  <th scope="col">{text.columns.at}</th>
                  <th scope="col">{text.columns.actions}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((revision) => (
                  <tr key={revision.id} aria-current={revision.id === from ? "true" : undefined}>
                    <td>{text.number(revision.number, revision.id === newest?.id)}</td>
                    <td>{revision.title}</td>
                    <td>{revision.author ?? "—"}</td>
                    <td>{formatDateTime(revision.createdAt, consoleLocale)}</td>
                    <td className="content-actions">
                      {revision.id !== newest?.id && (
                        <>
                          <Link href={`/knowledge/${article.id}/revisions?from=${revision.id}`}>
                            {text.compare}
                          </Link>
                          {canRestore && (
                            <RestoreRevisionButton
                              articleId={article.id}
                              revisionId={revision.id}
                              number={revision.number}
                            />
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
