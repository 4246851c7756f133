import styles from "./console.module.css";
import { eventText, formatDateTime, formatSize, type TicketView } from "./console-text";

const inlineImages = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

function authorLabel(message: TicketView["messages"][number]): string {
  if (message.author === "customer") return "お客様";
  if (message.author === "system") return "お客様（未ログイン）";
  return message.staffName ?? "担当者";
}

/** Public replies and internal notes in one thread, told apart by colour, border and label. */
export function Conversation({ view }: { view: TicketView }) {
  return (
    <section aria-labelledby="conversation-title">
      <h2 id="conversation-title" style={{ fontSize: "1rem" }}>
        やりとり
      </h2>
      <ol className={styles.conversation}>
        {view.messages.map((message) => (
          <li
            key={message.id}
            className={styles.message}
            data-author={message.author}
            data-visibility={message.visibility}
            data-testid={message.visibility === "internal" ? "internal-note" : "public-message"}
          >
            <div className={styles.messageMeta}>
              <strong>{authorLabel(message)}</strong>
              <span>
                {message.visibility === "internal" ? "社内メモ（お客様には表示されません）" : "公開"}
              </span>
              <time dateTime={new Date(message.createdAt).toISOString()}>
                {formatDateTime(message.createdAt)}
              </time>
              {message.redacted && <span>機密情報を伏せ字にしました</span>}
            </div>
            <p className={styles.messageBody}>{message.body}</p>
            {message.attachments.length > 0 && (
              <ul className={styles.attachments} aria-label="添付ファイル">
                {message.attachments.map((file) => (
                  <li key={file.id} style={{ listStyle: "none" }}>
                    {inlineImages.has(file.contentType) ? (
                      <a href={`/api/attachments/${file.id}`} target="_blank" rel="noreferrer">
                        <img
                          src={`/api/attachments/${file.id}`}
                          alt={`添付画像: ${file.fileName}`}
                          loading="lazy"
                        />
                      </a>
                    ) : (
                      <a href={`/api/attachments/${file.id}`} download={file.fileName}>
                        {file.fileName}
                      </a>
                    )}
                    <div className={styles.hint}>
                      {file.fileName}（{formatSize(file.size)}）
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Timeline({ view }: { view: TicketView }) {
  return (
    <section className={styles.panel} aria-labelledby="timeline-title">
      <h2 id="timeline-title">経緯</h2>
      <ol className={styles.timeline}>
        {view.events.map((event) => (
          <li key={event.id}>
            <time dateTime={new Date(event.createdAt).toISOString()}>{formatDateTime(event.createdAt)}</time>
            {eventText(event.kind, event.data)}
            {event.actorName && <span className="muted">（{event.actorName}）</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
