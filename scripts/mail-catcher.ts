/**
 * The development mail catcher: an SMTP server that keeps the last messages in memory, and a
 * small web inbox to read them. `npm run dev` starts it unless SMTP_URL is set; on its own:
 * `npx tsx scripts/mail-catcher.ts`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { type CaughtMessage, startSmtpCatcher } from "@madoguchi/api/testing/smtp-catcher";

export interface MailCatcher {
  smtpUrl: string;
  inboxUrl: string;
  stop(): Promise<void>;
}

interface Stored {
  id: number;
  message: CaughtMessage;
}

const keep = 200;

// The inbox shows mail written by the app: no scripts anywhere, and the HTML part only in a
// sandboxed frame that cannot reach this page.
const pageCsp =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'";
const frameCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export async function startMailCatcher(options: { smtpPort: number; webPort: number }): Promise<MailCatcher> {
  const smtp = await startSmtpCatcher({ port: options.smtpPort, host: "127.0.0.1", maxMessages: keep });
  const stored: Stored[] = [];
  let nextId = 1;
  smtp.onMessage((message) => {
    stored.push({ id: nextId++, message });
    if (stored.length > keep) stored.splice(0, stored.length - keep);
  });

  const web = createServer((request, response) => {
    try {
      route(request, response, stored);
    } catch (error) {
      send(
        response,
        500,
        "text/plain; charset=utf-8",
        error instanceof Error ? error.message : String(error),
      );
    }
  });
  try {
    await new Promise<void>((resolve, reject) => {
      web.once("error", reject);
      web.listen(options.webPort, "127.0.0.1", () => resolve());
    });
  } catch (error) {
    await smtp.close();
    throw error;
  }
  const { port } = web.address() as AddressInfo;

  return {
    smtpUrl: smtp.url,
    inboxUrl: `http://localhost:${port}`,
    stop: async () => {
      web.closeAllConnections();
      await new Promise<void>((resolve) => web.close(() => resolve()));
      await smtp.close();
    },
  };
}

function route(request: IncomingMessage, response: ServerResponse, stored: Stored[]): void {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (request.method === "POST" && url.pathname === "/clear") {
    stored.length = 0;
    response.writeHead(303, { location: "/" }).end();
    return;
  }
  if (request.method !== "GET") return send(response, 405, "text/plain; charset=utf-8", "method not allowed");
  if (url.pathname === "/") return send(response, 200, "text/html; charset=utf-8", listPage(stored));
  if (url.pathname === "/messages.json") {
    const json = stored.map(({ id, message }) => ({ id, ...message }));
    return send(response, 200, "application/json; charset=utf-8", JSON.stringify(json));
  }
  const match = /^\/messages\/(\d+)$/.exec(url.pathname);
  const found = match ? stored.find((entry) => entry.id === Number(match[1])) : undefined;
  if (found) return send(response, 200, "text/html; charset=utf-8", messagePage(found));
  send(
    response,
    404,
    "text/html; charset=utf-8",
    page("見つかりません", `<p>このメールはありません。<a href="/">受信トレイに戻る</a></p>`),
  );
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response
    .writeHead(status, {
      "content-type": type,
      "content-security-policy": pageCsp,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    })
    .end(body);
}

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const formatDate = (date: Date) => date.toLocaleString("ja-JP", { hour12: false });

function page(title: string, body: string, head = ""): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}
<style>
body{font-family:system-ui,'Noto Sans JP',sans-serif;margin:0;color:#1f2933;background:#f5f7fa}
header{background:#1f2933;color:#fff;padding:12px 24px;display:flex;gap:16px;align-items:center}
header a{color:#fff}main{padding:16px 24px;max-width:1100px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{padding:8px 12px;border-bottom:1px solid #e4e7eb;text-align:left;vertical-align:top}
th{font-size:13px;color:#52606d;font-weight:600}pre{white-space:pre-wrap;word-break:break-all;background:#fff;padding:16px;border:1px solid #e4e7eb}
iframe{width:100%;height:640px;border:1px solid #e4e7eb;background:#fff;resize:vertical}
button{font:inherit;padding:4px 12px}dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:#fff;padding:12px 16px;border:1px solid #e4e7eb}dt{color:#52606d}dd{margin:0}
</style></head><body><header><strong>開発用メール受信トレイ</strong><a href="/">受信トレイ</a></header><main>${body}</main></body></html>`;
}

function listPage(stored: Stored[]): string {
  const rows = [...stored]
    .reverse()
    .map(
      ({ id, message }) =>
        `<tr><td>${escapeHtml(formatDate(message.receivedAt))}</td><td>${escapeHtml(message.to.join(", "))}</td>` +
        `<td><a href="/messages/${id}">${escapeHtml(message.subject || "（件名なし）")}</a></td></tr>`,
    )
    .join("");
  const body =
    stored.length === 0
      ? `<p>まだメールはありません。アプリがメールを送信すると、ここに表示されます（5秒ごとに更新）。</p>`
      : `<form method="post" action="/clear"><p>${stored.length}件（新しい順、最大${keep}件を保持）<button type="submit">すべて削除</button></p></form>` +
        `<table><thead><tr><th>受信日時</th><th>宛先</th><th>件名</th></tr></thead><tbody>${rows}</tbody></table>`;
  return page("受信トレイ", body, `<meta http-equiv="refresh" content="5">`);
}

/** URLs in the text part become links, so a verify or reset link can be followed in development. */
function linkify(text: string): string {
  return escapeHtml(text).replace(
    /https?:\/\/[^\s<]+?(?=(?:&quot;|&#39;|[.,)])?(?:\s|$|<))/g,
    (url) => `<a href="${url}" target="_blank" rel="noopener noreferrer">${url}</a>`,
  );
}

function messagePage({ message }: Stored): string {
  const frame =
    `<!doctype html><html><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${frameCsp}"><base target="_blank"></head>` +
    `<body>${message.html}</body></html>`;
  const body = `<h1 style="font-size:20px">${escapeHtml(message.subject || "（件名なし）")}</h1>
<dl><dt>差出人</dt><dd>${escapeHtml(message.headers.from ?? message.from)}</dd>
<dt>宛先</dt><dd>${escapeHtml(message.to.join(", "))}</dd>
<dt>受信日時</dt><dd>${escapeHtml(formatDate(message.receivedAt))}</dd>
<dt>Message-ID</dt><dd>${escapeHtml(message.messageId)}</dd></dl>
<h2 style="font-size:16px">テキスト版</h2><pre>${linkify(message.text)}</pre>
<h2 style="font-size:16px">HTML版</h2>${
    message.html
      ? `<iframe title="HTML版の本文" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(frame)}"></iframe>`
      : "<p>HTML版はありません。</p>"
  }`;
  return page(message.subject || "メール", body);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const catcher = await startMailCatcher({ smtpPort: 1025, webPort: 1080 });
  console.log(`mail catcher: SMTP ${catcher.smtpUrl}, inbox ${catcher.inboxUrl}`);
  const stop = () => void catcher.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
