import { randomUUID } from "node:crypto";
import { DomainError } from "@madoguchi/core/errors/domain-error";
import type { Locale } from "@madoguchi/core/locale/locale";
import {
  type StatusSubscribeInput,
  STATUS_CONFIRM_TTL_HOURS,
  statusSubscribeLimits,
} from "@madoguchi/core/status/status-subscription";
import { enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import {
  confirmStatusSubscriber,
  consumeStatusConfirmToken,
  createStatusConfirmToken,
  deleteStatusSubscriberByTokenHash,
  findStatusSubscriber,
  setStatusSubscriberLocale,
  upsertStatusSubscriber,
} from "@madoguchi/db/status/status-subscription-repository";
import type { Context } from "../context/context";
import { clientKey } from "../help-center/client-key";
import { helpCenterEnv } from "../help-center/env";
import { hashToken, randomToken, statusLinks, unsubscribeToken } from "./status-tokens";

type Ctx = Pick<Context, "db" | "ip" | "now">;

/**
 * Step one of the double opt-in: remember the address unconfirmed and email it a confirmation
 * link. The answer is the same whether the address was new, pending or already confirmed, so
 * the form cannot be used to learn who subscribes.
 */
export async function subscribeToStatus(ctx: Ctx, input: StatusSubscribeInput): Promise<{ accepted: true }> {
  const now = ctx.now();
  const env = helpCenterEnv();
  const client = clientKey(ctx.ip, env.secret);
  const perClient = await hitRateLimit(
    ctx.db,
    { key: `status-subscribe:${client}`, ...statusSubscribeLimits.perClient },
    now,
  );
  if (!perClient.allowed) throw new DomainError("RATE_LIMITED", "status.subscribe.rateLimited");

  await ctx.db.$transaction(async (tx) => {
    const existing = await findStatusSubscriber(tx, input.email);
    if (existing?.confirmedAt) return;
    const perEmail = await hitRateLimit(
      tx,
      {
        key: `status-subscribe-email:${clientKey(input.email, env.secret)}`,
        ...statusSubscribeLimits.perEmail,
      },
      now,
    );
    if (!perEmail.allowed) return;
    const id = randomUUID();
    const subscriber =
      existing ??
      (await upsertStatusSubscriber(tx, {
        id,
        email: input.email,
        locale: input.locale,
        unsubscribeTokenHash: hashToken(unsubscribeToken(id, env.secret)),
        now,
      }));
    if (subscriber.confirmedAt) return;
    if (subscriber.locale !== input.locale) await setStatusSubscriberLocale(tx, subscriber.id, input.locale);
    const token = randomToken();
    await createStatusConfirmToken(tx, {
      tokenHash: hashToken(token),
      email: input.email,
      subscriptionId: subscriber.id,
      expiresAt: new Date(now.getTime() + STATUS_CONFIRM_TTL_HOURS * 60 * 60 * 1000),
      now,
    });
    const links = statusLinks(env.webBaseUrl, input.locale);
    await enqueueEmail(tx, {
      to: input.email,
      locale: input.locale,
      template: "status_subscription_confirm",
      data: {
        confirmUrl: links.confirm(token),
        unsubscribeUrl: links.unsubscribe(unsubscribeToken(subscriber.id, env.secret)),
      },
    });
  });
  return { accepted: true };
}

export type ConfirmResult = { status: "confirmed"; locale: Locale } | { status: "invalid" };

/** Step two: the link from the email, used once, before it expires. */
export async function confirmStatusSubscription(
  ctx: Pick<Context, "db" | "now">,
  token: string,
): Promise<ConfirmResult> {
  const now = ctx.now();
  return ctx.db.$transaction(async (tx) => {
    const used = await consumeStatusConfirmToken(tx, hashToken(token), now);
    if (!used) return { status: "invalid" as const };
    const subscriber = await confirmStatusSubscriber(tx, used.subscriptionId, now);
    return subscriber
      ? { status: "confirmed" as const, locale: subscriber.locale }
      : { status: "invalid" as const };
  });
}

export type UnsubscribeResult = { status: "unsubscribed"; locale: Locale } | { status: "invalid" };

/** One click from any email: the token alone identifies the subscription, and nothing is kept. */
export async function unsubscribeFromStatus(
  ctx: Pick<Context, "db">,
  token: string,
): Promise<UnsubscribeResult> {
  const removed = await deleteStatusSubscriberByTokenHash(ctx.db, hashToken(token));
  return removed ? { status: "unsubscribed", locale: removed.locale } : { status: "invalid" };
}
