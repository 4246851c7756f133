import type { Metadata } from "next";
import Link from "next/link";
import { ArticleEditor } from "@/components/content/article-editor";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { serverCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "記事の作成" };

export default async function NewArticlePage() {
  const caller = await serverCaller();
  const loaded = await loadForPage(() => caller.articles.categories());
  if (!loaded.ok) return <AccessNotice title="記事の作成" reason={loaded.reason} />;
  return (
    <>
      <p>
        <Link href="/knowledge">← ナレッジベース</Link>
      </p>
      <h1>記事の作成</h1>
      <p className="muted">下書きとして保存されます。公開するまでヘルプセンターには表示されません。</p>
      <ArticleEditor article={null} categories={loaded.data} />
    </>
  );
}
