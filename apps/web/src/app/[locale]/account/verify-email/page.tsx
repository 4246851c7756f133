import type { Metadata } from "next";
import {
  TokenLinkPage,
  type TokenLinkPageProps,
  tokenLinkMetadata,
} from "@/components/account/token-link-page";
import { pageLocale } from "../../locale-params";

// Per request: the token is in the query.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: TokenLinkPageProps): Promise<Metadata> {
  return tokenLinkMetadata(await pageLocale(params), "verifyEmail");
}

export default async function VerifyEmailPage({ params, searchParams }: TokenLinkPageProps) {
  const locale = await pageLocale(params);
  return <TokenLinkPage locale={locale} flow="verifyEmail" token={(await searchParams).token} />;
}
