import type { Metadata } from "next";
import Link from "next/link";
import { ArticleEditor } from "@/components/content/article-editor";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { knowledgeText } from "@/components/content/knowledge-text";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: knowledgeText[await getConsoleLocale()].create.title };
}

export default async function NewArticlePage() {
  const caller = await serverCaller();
  const locale = await getConsoleLocale();
  const text = knowledgeText[locale];
  const loaded = await loadForPage(() => caller.articles.categories());
  if (!loaded.ok) return <AccessNotice title={text.create.title} reason={loaded.reason} locale={locale} />;
  return (
    <>
      <p>
        <Link href="/knowledge">{text.article.back}</Link>
      </p>
      <h1>{text.create.title}</h1>
      <p className="muted">{text.create.lead}</p>
      <ArticleEditor article={null} categories={loaded.data} />
    </>
  );
}
