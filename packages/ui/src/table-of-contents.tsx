import type { TocHeading } from "./article-body";

export interface TableOfContentsProps {
  headings: readonly TocHeading[];
  title: string;
  /** Shorter articles need no table of contents. */
  minHeadings?: number;
}

/** In-page links to the article's h2 headings, with their h3 headings nested. */
export function TableOfContents({ headings, title, minHeadings = 3 }: TableOfContentsProps) {
  if (headings.length < minHeadings) return null;
  const sections: { heading: TocHeading; children: TocHeading[] }[] = [];
  for (const heading of headings) {
    const last = sections[sections.length - 1];
    if (heading.depth === 3 && last) last.children.push(heading);
    else sections.push({ heading, children: [] });
  }
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc-title">
        {title}
      </h2>
      <ol>
        {sections.map(({ heading, children }) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>{heading.text}</a>
            {children.length > 0 && (
              <ol>
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
