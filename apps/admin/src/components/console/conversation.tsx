import { useConsoleLocale } from "@/i18n/locale-provider";
import styles from "./console.module.css";
import { eventText, formatDateTime, formatSize, type TicketView } from "./console-text";
import { type WorkspaceText, workspaceText } from "./workspace-text";

const inlineImages = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

function authorLabel(message: TicketView["messages"][number], text: WorkspaceText["conversation"]): string {
  if (message.author === "customer") return text.customer;
  if (message.author === "system") return text.guest;
  return message.staffName ?? text.staff;
}

/** Public replies and internal notes in one thread, told apart by colour, border and label. */
export function Conversation({ view }: { view: TicketView }) {
  const locale = useConsoleLocale();
  const text = workspaceText[locale].conversation;
  return (
    <section aria-labelledby="conversation-title">
      <h2 id="conversation-title" style={{ fontSize: "1rem" }}>
        {text.title}
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
              <strong>{authorLabel(message, text)}</strong>
              <span>{message.visibility === "internal" ? text.internal : text.public}</span>
              <time dateTime={new Date(message.createdAt).toISOString()}>
                {formatDateTime(message.createdAt, locale)}
              </time>
              {message.redacted && <span>{text.redacted}</span>}
            </div>
            <p className={styles.messageBody}>{message.body}</p>
            {message.attachments.length > 0 && (
              <ul className={styles.attachments} aria-label={text.attachments}>
                {message.attachments.map((file) => (
                  <li key={file.id} style={{ listStyle: "none" }}>
                    {inlineImages.has(file.contentType) ? (
                      <a href={`/api/attachments/${file.id}`} target="_blank" rel="noreferrer">
                        <img
                          src={`/api/attachments/${file.id}`}
                          alt={text.image(file.fileName)}
                          loading="lazy"
                        />
                      </a>
                    ) : (
                      <a href={`/api/attachments/${file.id}`} download={file.fileName}>
                        {file.fileName}
                      </a>
                    )}
                    <div className={styles.hint}>{text.fileSize(file.fileName, formatSize(file.size))}</div>
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
  const locale = useConsoleLocale();
  const text = workspaceText[locale].conversation;
  return (
    <section className={styles.panel} aria-labelledby="timeline-title">
      <h2 id="timeline-title">{text.timeline}</h2>
      <ol className={styles.timeline}>
        {view.events.map((event) => (
          <li key={event.id}>
            <time dateTime={new Date(event.createdAt).toISOString()}>
              {formatDateTime(event.createdAt, locale)}
            </time>
            {eventText(event.kind, event.data, locale)}
            {event.actorName && <span className="muted">{text.actor(event.actorName)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
