import type { ReactElement, ReactNode } from "react";
import Markdown, { type Components } from "react-markdown";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";

export interface TocHeading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/**
 * Links and images may point only at https, mailto, or a relative path on this site: no
 * `javascript:`, `data:` or plain `http:`. Anything else loses its URL.
 */
export function safeArticleUrl(url: string): string | undefined {
  const value = url.trim();
  if (value.startsWith("//")) return undefined;
  if (/^[/#?.]/.test(value)) return value;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return value;
  return scheme === "https" || scheme === "mailto" ? value : undefined;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function textOf(node: HastNode): string {
  if (node.type === "text") return node.value ?? "";
  return (node.children ?? []).map(textOf).join("");
}

/** A rehype step after rehype-slug: records the h2/h3 headings and their ids for the TOC. */
function collectHeadings(sink: TocHeading[]) {
  return () => (tree: HastNode) => {
    const visit = (node: HastNode) => {
      if (node.type === "element" && (node.tagName === "h2" || node.tagName === "h3")) {
        const id = node.properties?.id;
        if (typeof id === "string")
          sink.push({ depth: node.tagName === "h2" ? 2 : 3, id, text: textOf(node) });
        return;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

function plainText(children: ReactNode): string {
  if (typeof children === "string" || typeof children === "number") return String(children);
  if (Array.isArray(children)) return children.map(plainText).join("");
  if (children && typeof children === "object" && "props" in children) {
    return plainText((children.props as { children?: ReactNode }).children);
  }
  return "";
}

export interface ArticleBodyOptions {
  /** Rewrites site-relative links, e.g. `/articles/x` to `/en/articles/x` on English pages. */
  localizeHref?: (href: string) => string;
  /** The accessible name of a heading's anchor link, from the heading's text. */
  anchorLabel?: (heading: string) => string;
}

/**
 * Renders an article's Markdown on the server: GitHub-flavoured Markdown without raw HTML,
 * safe URLs only, headings with ids and anchor links, tables that scroll on narrow screens.
 * Returns the headings too, so that the page can show a table of contents before the body.
 */
export function renderArticle(
  markdown: string,
  options: ArticleBodyOptions = {},
): { body: ReactElement; headings: TocHeading[] } {
  const headings: TocHeading[] = [];
  const anchorLabel = options.anchorLabel ?? ((text: string) => `「${text}」へのリンク`);
  const heading =
    (Tag: "h2" | "h3" | "h4") =>
    ({ id, children }: { id?: string; children?: ReactNode }) => (
      <Tag id={id} className="article-heading">
        {children}
        {id && (
          <a className="heading-anchor" href={`#${id}`} aria-label={anchorLabel(plainText(children))}>
            #
          </a>
        )}
      </Tag>
    );
  const components: Components = {
    h1: heading("h2"),
    h2: heading("h2"),
    h3: heading("h3"),
    h4: heading("h4"),
    a: ({ href, children }) => {
      if (!href) return <span>{children}</span>;
      const external = /^(https|mailto):/i.test(href);
      const target =
        !external && href.startsWith("/") && options.localizeHref ? options.localizeHref(href) : href;
      return (
        <a href={target} {...(external ? { rel: "noopener noreferrer nofollow" } : {})}>
          {children}
        </a>
      );
    },
    img: ({ src, alt }) =>
      typeof src === "string" ? <img src={src} alt={alt ?? ""} loading="lazy" decoding="async" /> : null,
    table: ({ children }) => (
      <div className="table-scroll" role="region" aria-label="表" tabIndex={0}>
        <table>{children}</table>
      </div>
    ),
  };
  const body = Markdown({
    children: markdown,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSlug, collectHeadings(headings)],
    skipHtml: true,
    urlTransform: safeArticleUrl,
    components,
  });
  return { body, headings };
}

/** The article body alone, for pages that need no table of contents. */
export function ArticleBody({ markdown, ...options }: { markdown: string } & ArticleBodyOptions) {
  return <div className="article-body">{renderArticle(markdown, options).body}</div>;
}
