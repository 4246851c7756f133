import { feedResponse } from "../status-feed";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

/** RSS 2.0 of the status page (`/status/feed.xml`, `/en/status/feed.xml`). */
export function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string }> },
): Promise<Response> {
  return feedResponse(params, "rss");
}
