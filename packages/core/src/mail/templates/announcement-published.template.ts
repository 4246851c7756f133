import { z } from "zod";
import {
  action,
  type EmailData,
  type EmailTemplateDefinition,
  link,
  paragraph,
  subjectPrefix,
} from "./template-kit";

/**
 * A new announcement, to the status subscribers who asked for news: its title, the start of its
 * text and the page on the portal, with the same one-click unsubscribe as the incident emails
 * (the mail worker turns `unsubscribeUrl` into the List-Unsubscribe headers).
 */
export const announcementPublishedTemplate: EmailTemplateDefinition<EmailData<"announcement_published">> = {
  schema: z.object({
    title: z.string().min(1),
    excerpt: z.string(),
    announcementUrl: z.string().min(1),
    unsubscribeUrl: z.string().min(1),
  }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}お知らせ：${data.title}`,
      signInToRead: false,
      blocks: [
        paragraph(`${brand}からのお知らせを掲載しました。`),
        { kind: "facts", rows: [{ label: "件名", value: data.title }] },
        ...(data.excerpt ? [{ kind: "quote" as const, text: data.excerpt }] : []),
        action("お知らせを読む", data.announcementUrl),
        link("配信を停止する", data.unsubscribeUrl),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Announcement: ${data.title}`,
      signInToRead: false,
      blocks: [
        paragraph(`${brand} posted a new announcement.`),
        { kind: "facts", rows: [{ label: "Title", value: data.title }] },
        ...(data.excerpt ? [{ kind: "quote" as const, text: data.excerpt }] : []),
        action("Read the announcement", data.announcementUrl),
        link("Unsubscribe", data.unsubscribeUrl),
      ],
    }),
  },
};
