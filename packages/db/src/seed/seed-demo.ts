import { subtypes } from "@madoguchi/core/trouble/subtypes";
import { teams } from "@madoguchi/core/team/teams";
import { formatTicketNumber, ticketYear } from "@madoguchi/core/ticket/ticket-number";
import type { Db } from "../client/create-client";
import { seedArticles, seedCategories } from "./content/faq-articles";
import { seedCustomers, seedPlans, seedStaff } from "./content/demo-people";
import {
  seedAnnouncements,
  seedComponents,
  seedIncidents,
  seedTickets,
  type SeedTicket,
} from "./content/demo-support";
import { seedMacros } from "./seed-macros";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const DEMO_TAG = "demo";

/**
 * Writes the demo exchange. Create-only: rows that exist (by natural key) are left as they are,
 * so a second run, or a run over data edited in the console, changes nothing.
 */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await seedPeople(tx);
      await seedCatalogue(tx);
      await seedHelpCenter(tx, now);
      await seedStatus(tx, now);
      await seedDemoTickets(tx, now);
      await seedMacros(tx);
    },
    { timeout: 60_000 },
  );
}

async function seedPeople(tx: Tx): Promise<void> {
  for (const [position, team] of teams.entries()) {
    await tx.team.upsert({
      where: { key: team.key },
      update: {},
      create: {
        key: team.key,
        nameJa: team.name.ja,
        nameEn: team.name.en,
        alwaysOpen: team.alwaysOpen,
        position,
      },
      select: { id: true },
    });
  }
  for (const plan of seedPlans) {
    await tx.plan.upsert({ where: { code: plan.code }, update: {}, create: plan, select: { id: true } });
  }
  const teamIds = await idsByKey(tx);
  for (const person of seedStaff) {
    const staff = await tx.staff.upsert({
      where: { email: person.email },
      update: {},
      create: {
        email: person.email,
        displayName: person.displayName,
        role: person.role,
        locale: person.locale,
      },
      select: { id: true },
    });
    await tx.teamMembership.createMany({
      data: person.teams.map((key) => ({ staffId: staff.id, teamId: required(teamIds.get(key), key) })),
      skipDuplicates: true,
    });
  }
  const plans = new Map(
    (await tx.plan.findMany({ select: { id: true, code: true } })).map((p) => [p.code, p.id]),
  );
  for (const customer of seedCustomers) {
    await tx.customer.upsert({
      where: { email: customer.email },
      update: {},
      create: {
        email: customer.email,
        fullName: customer.fullName,
        fullNameKana: customer.fullNameKana,
        dateOfBirth: new Date(`${customer.dateOfBirth}T00:00:00Z`),
        locale: customer.locale,
        planId: required(plans.get(customer.plan), customer.plan),
        emailVerifiedAt: new Date("2026-01-05T00:00:00Z"),
      },
      select: { id: true },
    });
  }
}

async function seedCatalogue(tx: Tx): Promise<void> {
  const teamIds = await idsByKey(tx);
  for (const [position, subtype] of subtypes.entries()) {
    await tx.troubleSubtype.upsert({
      where: { troubleType_key: { troubleType: subtype.troubleType, key: subtype.key } },
      update: {},
      create: {
        troubleType: subtype.troubleType,
        key: subtype.key,
        nameJa: subtype.name.ja,
        nameEn: subtype.name.en,
        teamId: required(teamIds.get(subtype.team), subtype.team),
        requiredFields: [...subtype.requiredFields],
        position,
      },
      select: { id: true },
    });
  }
}

async function seedHelpCenter(tx: Tx, now: Date): Promise<void> {
  const categoryIds = new Map<string, string>();
  for (const category of seedCategories) {
    const row = await tx.articleCategory.upsert({
      where: { slug: category.slug },
      update: {},
      create: {
        slug: category.slug,
        troubleType: category.troubleType,
        position: category.position,
        translations: {
          create: [
            { locale: "ja", name: category.ja.name, description: category.ja.description },
            { locale: "en", name: category.en.name, description: category.en.description },
          ],
        },
      },
      select: { id: true },
    });
    categoryIds.set(category.slug, row.id);
  }
  for (const [index, article] of seedArticles.entries()) {
    const existing = await tx.article.findUnique({ where: { slug: article.slug }, select: { id: true } });
    if (existing) continue;
    const publishedAt = new Date(now.getTime() - (60 - (index % 60)) * DAY);
    const locales = [
      { locale: "ja" as const, text: article.ja },
      ...(article.en ? [{ locale: "en" as const, text: article.en }] : []),
    ];
    await tx.article.create({
      data: {
        slug: article.slug,
        categoryId: required(categoryIds.get(article.category), article.category),
        troubleType: article.troubleType,
        subtype: article.subtype ?? null,
        status: "published",
        tags: [...article.tags],
        popularity: article.popularity,
        publishedAt,
        translations: {
          create: locales.map(({ locale, text }) => ({ locale, ...text, updatedAt: publishedAt })),
        },
        revisions: {
          create: locales.map(({ locale, text }) => ({ locale, number: 1, ...text, createdAt: publishedAt })),
        },
      },
      select: { id: true },
    });
  }
  for (const announcement of seedAnnouncements) {
    const { ageDays, ...fields } = announcement;
    await tx.announcement.upsert({
      where: { slug: announcement.slug },
      update: {},
      create: { ...fields, publishedAt: new Date(now.getTime() - ageDays * DAY) },
      select: { id: true },
    });
  }
}

async function seedStatus(tx: Tx, now: Date): Promise<void> {
  for (const [position, component] of seedComponents.entries()) {
    await tx.statusComponent.upsert({
      where: { key: component.key },
      update: {},
      create: { ...component, position },
      select: { id: true },
    });
  }
  const components = new Map(
    (await tx.statusComponent.findMany({ select: { id: true, key: true } })).map((c) => [c.key, c.id]),
  );
  for (const incident of seedIncidents) {
    const exists = await tx.incident.findFirst({
      where: { titleJa: incident.titleJa },
      select: { id: true },
    });
    if (exists) continue;
    const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
    const isMaintenance = incident.kind === "maintenance";
    await tx.incident.create({
      data: {
        kind: incident.kind,
        status: incident.status,
        titleJa: incident.titleJa,
        titleEn: incident.titleEn,
        scheduledStart: isMaintenance ? at(incident.startHours) : null,
        scheduledEnd: isMaintenance ? at(incident.endHours) : null,
        startedAt: isMaintenance ? null : at(incident.startHours),
        resolvedAt: incident.status === "resolved" ? at(incident.endHours) : null,
        createdAt: at(Math.min(incident.startHours, ...incident.updates.map((u) => u.hours))),
        components: {
          create: incident.components.map((c) => ({
            componentId: required(components.get(c.key), c.key),
            state: c.state,
          })),
        },
        updates: {
          create: incident.updates.map((u) => ({
            status: u.status,
            bodyJa: u.bodyJa,
            bodyEn: u.bodyEn,
            createdAt: at(u.hours),
          })),
        },
      },
      select: { id: true },
    });
  }
}

/** Demo-only due times; real ones come from the SLA rules in core when tickets are filed. */
const demoFirstResponseHours = { urgent: 1, high: 4, normal: 24, low: 48 } as const;

async function seedDemoTickets(tx: Tx, now: Date): Promise<void> {
  const already = await tx.ticket.findFirst({ where: { tags: { has: DEMO_TAG } }, select: { id: true } });
  if (already) return;
  const year = ticketYear(now);
  const teamIds = await idsByKey(tx);
  const staff = new Map(
    (await tx.staff.findMany({ select: { id: true, email: true } })).map((s) => [s.email, s.id]),
  );
  const customers = new Map(
    (await tx.customer.findMany({ select: { id: true, email: true } })).map((c) => [c.email, c.id]),
  );
  for (const ticket of seedTickets) {
    await createDemoTicket(tx, ticket, { year, now, teamIds, staff, customers });
  }
  const last = Math.max(...seedTickets.map((t) => t.sequence));
  await tx.ticketSequence.upsert({
    where: { year },
    update: {},
    create: { year, last },
    select: { year: true },
  });
  await tx.$executeRaw`UPDATE ticket_sequence SET last = GREATEST(last, ${last}) WHERE year = ${year}`;
}

async function createDemoTicket(
  tx: Tx,
  ticket: SeedTicket,
  ctx: {
    year: number;
    now: Date;
    teamIds: Map<string, string>;
    staff: Map<string, string>;
    customers: Map<string, string>;
  },
): Promise<void> {
  const subtype = subtypes.find((s) => s.troubleType === ticket.troubleType && s.key === ticket.subtype);
  if (!subtype) throw new Error(`demo ticket ${ticket.sequence}: unknown subtype ${ticket.subtype}`);
  const createdAt = new Date(ctx.now.getTime() - ticket.ageDays * DAY - 2 * HOUR);
  const customerId = ticket.customer ? required(ctx.customers.get(ticket.customer), ticket.customer) : null;
  const assigneeId = ticket.assignee ? required(ctx.staff.get(ticket.assignee), ticket.assignee) : null;
  const replied = ticket.conversation.some((m) => m.from === "staff");
  const done = ticket.status === "resolved" || ticket.status === "closed";
  const at = (step: number) => new Date(createdAt.getTime() + step * 30 * 60 * 1000);

  await tx.ticket.create({
    data: {
      number: formatTicketNumber(ctx.year, ticket.sequence),
      customerId,
      contactEmail: ticket.contactEmail,
      contactName: ticket.contactName ?? null,
      identityCheck: customerId ? "not_required" : "pending",
      troubleType: ticket.troubleType,
      subtype: ticket.subtype,
      subject: ticket.subject,
      status: ticket.status,
      priority: ticket.priority,
      teamId: required(ctx.teamIds.get(subtype.team), subtype.team),
      assigneeId,
      tags: [DEMO_TAG],
      firstResponseDueAt: new Date(createdAt.getTime() + demoFirstResponseHours[ticket.priority] * HOUR),
      resolutionDueAt: new Date(createdAt.getTime() + 5 * DAY),
      firstRespondedAt: replied ? at(1) : null,
      resolvedAt: done ? at(ticket.conversation.length) : null,
      closedAt: ticket.status === "closed" ? at(ticket.conversation.length + 1) : null,
      csatScore: ticket.csat ?? null,
      createdAt,
      fields: { create: Object.entries(ticket.fields).map(([key, value]) => ({ key, value })) },
      messages: {
        create: ticket.conversation.map((message, step) => ({
          authorKind: message.from === "customer" ? "customer" : "staff",
          customerId: message.from === "customer" ? customerId : null,
          staffId: message.from === "customer" ? null : assigneeId,
          visibility: message.from === "note" ? "internal" : "public",
          body: message.body,
          createdAt: at(step),
        })),
      },
      events: {
        create: [
          { kind: "created", actorKind: customerId ? "customer" : "system", actorId: customerId, createdAt },
          ...(assigneeId
            ? [{ kind: "assigned", actorKind: "system" as const, data: { assigneeId }, createdAt: at(0.5) }]
            : []),
          ...(ticket.status !== "new"
            ? [
                {
                  kind: "status_changed",
                  actorKind: "staff" as const,
                  actorId: assigneeId,
                  data: { to: ticket.status },
                  createdAt: at(ticket.conversation.length),
                },
              ]
            : []),
        ],
      },
    },
    select: { id: true },
  });
}

async function idsByKey(tx: Tx): Promise<Map<string, string>> {
  return new Map((await tx.team.findMany({ select: { id: true, key: true } })).map((t) => [t.key, t.id]));
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`seed: no row for ${name}`);
  return value;
}
