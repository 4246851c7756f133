import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CaughtMessage {
  /** Envelope sender and recipients, as the SMTP client gave them. */
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** Empty when the message had no HTML part. */
  html: string;
  messageId: string;
  /** Decoded, by lower-case name, e.g. `headers.from` is `"ミライコイン サポート" <support@example.jp>`. */
  headers: Record<string, string>;
  receivedAt: Date;
}

export interface SmtpCatcher {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL or createSmtpTransport. */
  url: string;
  port: number;
  /** Oldest first. */
  messages: CaughtMessage[];
  waitFor(predicate: (message: CaughtMessage) => boolean, timeoutMs?: number): Promise<CaughtMessage>;
  /** Answers the next `count` messages with a temporary failure (451), as a busy server would. */
  rejectNext(count: number): void;
  /** Calls `listener` for every message that arrives; returns a function that stops it. */
  onMessage(listener: (message: CaughtMessage) => void): () => void;
  clear(): void;
  close(): Promise<void>;
}

export interface SmtpCatcherOptions {
  /** 0 (default): a free port. */
  port?: number;
  host?: string;
  /** Oldest messages beyond this are dropped. */
  maxMessages?: number;
}

const maxMessageBytes = 10 * 1024 * 1024;

/**
 * A real SMTP server on loopback that keeps what arrives, parsed. Integration tests send to it
 * through the same nodemailer transport the app uses; `npm run dev` uses it as the mail catcher.
 */
export async function startSmtpCatcher(options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
  const messages: CaughtMessage[] = [];
  const listeners = new Set<(message: CaughtMessage) => void>();
  let rejectRemaining = 0;

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: maxMessageBytes,
    closeTimeout: 1_000,
    banner: "Madoguchi mail catcher",
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? "catcher" });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (stream.sizeExceeded)
          return callback(Object.assign(new Error("message too big"), { responseCode: 552 }));
        if (rejectRemaining > 0) {
          rejectRemaining -= 1;
          return callback(Object.assign(new Error("try again later"), { responseCode: 451 }));
        }
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            const message = toCaught(parsed, session.envelope);
            messages.push(message);
            if (options.maxMessages !== undefined && messages.length > options.maxMessages) {
              messages.splice(0, messages.length - options.maxMessages);
            }
            for (const listener of listeners) listener(message);
            callback();
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
      });
    },
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // A client that drops mid-session must not crash the process running the catcher.
  server.on("error", () => undefined);
  const { port } = server.server.address() as AddressInfo;

  const onMessage = (listener: (message: CaughtMessage) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  return {
    url: `smtp://${host}:${port}`,
    port,
    messages,
    onMessage,
    rejectNext(count) {
      rejectRemaining = count;
    },
    clear() {
      messages.length = 0;
    },
    waitFor(predicate, timeoutMs = 10_000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          stop();
          const seen = messages.map((message) => message.subject).join(" | ") || "nothing";
          reject(new Error(`no matching email within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        const stop = onMessage((message) => {
          if (!predicate(message)) return;
          clearTimeout(timer);
          stop();
          resolve(message);
        });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function toCaught(
  parsed: ParsedMail,
  envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] },
): CaughtMessage {
  // Raw lines first (every header is there), then the decoded value where mailparser has one.
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    headers[key] ??= line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
  }
  for (const [key, value] of parsed.headers) {
    const decoded = decodedHeader(value);
    if (decoded !== undefined && key in headers) headers[key] = decoded;
  }
  return {
    from: envelope.mailFrom ? envelope.mailFrom.address : "",
    to: envelope.rcptTo.map((recipient) => recipient.address),
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : "",
    messageId: parsed.messageId ?? "",
    headers,
    receivedAt: new Date(),
  };
}

function decodedHeader(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && value !== null && "text" in value && typeof value.text === "string") {
    return value.text;
  }
  return undefined;
}
