import { feedResponse } from "../status-feed";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

/** Atom 1.0 of the status page (`/status/feed.atom`, `/en/status/feed.atom`). */
export function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string }> },
): Promise<Response> {
  return feedResponse(params, "atom");
}
