import "@madoguchi/ui/styles.css";

/** For URLs outside every locale (the proxy sends nearly all to one): a plain document. */
export default function GlobalNotFound() {
  return (
    <html lang="ja">
      <body>
        <main id="main" className="shell-main">
          <h1>ページが見つかりません</h1>
          <p>
            <a href="/">ヘルプセンターのトップへ</a>
          </p>
        </main>
      </body>
    </html>
  );
}
