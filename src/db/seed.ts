import type { DemoData } from "../app/demo-file.js";
import { vnInstant } from "../core/local-date.js";
import type { Db } from "./client.js";
import type { Provider } from "./provider.js";
import { syncRows } from "./sync-rows.js";

export interface SeedSummary {
  units: number;
  people: number;
  tasks: number;
  metricValues: number;
}

/** Any fixed number: the advisory lock only has to be the same for every instance seeding. */
const SEED_LOCK_KEY = 6_060_606;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Loads the demo file into the database, matching rows on their codes, so loading it again changes
 * nothing. One transaction: a failure leaves the database as it was.
 */
export async function seedDemoData(db: Db, data: DemoData, provider: Provider = "sqlite"): Promise<SeedSummary> {
  return (await seedInOneTransaction(db, data, provider, { onlyIntoEmpty: false }))!;
}

/** A first start's seeding: the demo data goes only into a database with no plan yet; undefined when it had one. */
export function seedDemoDataIfEmpty(db: Db, data: DemoData, provider: Provider): Promise<SeedSummary | undefined> {
  return seedInOneTransaction(db, data, provider, { onlyIntoEmpty: true });
}

async function seedInOneTransaction(db: Db, data: DemoData, provider: Provider, options: { onlyIntoEmpty: boolean }): Promise<SeedSummary | undefined> {
  return db.$transaction(
    async (tx) => {
      // Two instances starting on one new PostgreSQL database would both insert the same codes: the second
      // waits here for the first to commit, then sees its rows. (On SQLite the first-start lock does this.)
      if (provider === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
      if (options.onlyIntoEmpty && (await tx.plan.count()) > 0) return undefined;
      const unitIds = await seedUnits(tx, data);
      const id = (code: string) => unitIds.get(code)!;
      await seedPeople(tx, data, id);
      const tasks = await seedPlans(tx, data, id);
      const metricValues = await seedMetrics(tx, data, id);
      return { units: data.units.length, people: data.people.length, tasks, metricValues };
    },
    { timeout: 60_000 },
  );
}

async function seedUnits(tx: Tx, data: DemoData): Promise<Map<string, number>> {
  const rows = data.units.map((u) => ({
    code: u.code,
    name: u.name,
    shortNames: u.short,
    aliases: u.aliases,
    kind: u.kind,
    validFrom: u.validFrom ?? null,
    validTo: u.validTo ?? null,
  }));
  const ids = await syncRows("code", rows, {
    existing: (codes) => tx.unit.findMany({ where: { code: { in: codes } } }) as never,
    create: (missing) => tx.unit.createManyAndReturn({ data: missing, select: { id: true, code: true } }),
    update: (id, row) => tx.unit.update({ where: { id }, data: row }),
  });
  // Parents and successors refer to units of the same file, so they are linked once all units exist.
  const links = data.units.map((u) => ({
    code: u.code,
    parentId: u.parent ? ids.get(u.parent)! : null,
    successorId: u.successor ? ids.get(u.successor)! : null,
  }));
  await syncRows("code", links, {
    existing: (codes) => tx.unit.findMany({ where: { code: { in: codes } }, select: { id: true, code: true, parentId: true, successorId: true } }),
    create: async () => [],
    update: (id, row) => tx.unit.update({ where: { id }, data: { parentId: row.parentId, successorId: row.successorId } }),
  });
  return ids;
}

async function seedPeople(tx: Tx, data: DemoData, id: (code: string) => number): Promise<void> {
  const rows = data.people.map((p) => ({ key: p.key, name: p.name, title: p.title ?? null, role: p.role }));
  const personIds = await syncRows("key", rows, {
    existing: (keys) => tx.person.findMany({ where: { key: { in: keys } }, select: { id: true, key: true, name: true, title: true, role: true } }) as never,
    create: (missing) => tx.person.createManyAndReturn({ data: missing, select: { id: true, key: true } }),
    update: (personId, row) => tx.person.update({ where: { id: personId }, data: row }),
  });
  // Every demo person can be played in the console chat (`/as <key>`).
  const identities = data.people.map((p) => ({ channel: "console", externalId: p.key, personId: personIds.get(p.key)! }));
  await replaceLinks(
    identities,
    await tx.channelIdentity.findMany({ where: { channel: "console", personId: { in: [...personIds.values()] } } }),
    (i) => `${i.channel}:${i.externalId}:${i.personId}`,
    (stale) => tx.channelIdentity.deleteMany({ where: { id: { in: stale.map((i) => (i as { id: number }).id) } } }),
    (missing) => tx.channelIdentity.createMany({ data: missing }),
  );
  // …and each persona's console chat is bound to their first unit, so reminders for that unit show up there.
  const bindings = data.people.map((p) => ({ channel: "console", chatId: p.key, unitId: id(p.units[0]!), isGroup: false }));
  await replaceLinks(
    bindings,
    await tx.chatBinding.findMany({ where: { channel: "console", chatId: { in: data.people.map((p) => p.key) } } }),
    (b) => `${b.channel}:${b.chatId}:${b.unitId}`,
    (stale) => tx.chatBinding.deleteMany({ where: { id: { in: stale.map((b) => (b as { id: number }).id) } } }),
    (missing) => tx.chatBinding.createMany({ data: missing }),
  );
  const wanted = data.people.flatMap((p) =>
    p.units.map((code, i) => ({ personId: personIds.get(p.key)!, unitId: id(code), isHead: p.head && i === 0 })),
  );
  await replaceLinks(
    wanted,
    await tx.membership.findMany({ where: { personId: { in: [...personIds.values()] } } }),
    (m) => `${m.personId}:${m.unitId}:${m.isHead}`,
    (stale) => tx.membership.deleteMany({ where: { OR: stale.map((m) => ({ personId: m.personId, unitId: m.unitId })) } }),
    (missing) => tx.membership.createMany({ data: missing }),
  );
}

async function seedPlans(tx: Tx, data: DemoData, id: (code: string) => number): Promise<number> {
  let count = 0;
  for (const plan of data.plans) {
    const fields = {
      name: plan.name,
      year: plan.year,
      sourceDocument: plan.source,
      secretariatUnitId: id(plan.secretariat),
      requiresConfirmation: plan.requiresConfirmation,
      kind: plan.kind,
      programme: plan.programme ?? null,
      issuedOn: plan.issuedOn ?? null,
      active: plan.active,
    };
    const planRow = await tx.plan.upsert({ where: { code: plan.code }, create: { code: plan.code, ...fields }, update: fields });
    const rows = plan.tasks.map((t) => ({
      code: t.code,
      planId: planRow.id,
      title: t.title,
      area: t.area,
      leadUnitId: id(t.lead),
      deadline: t.deadline,
      status: t.status,
      // A completion date in the file stands for the end of that working day, Vietnam time.
      completedAt: t.completedAt ? vnInstant(t.completedAt, 17, 0) : null,
      progress: t.status === "done" ? 100 : t.progress,
      evidence: t.evidence ?? null,
      notes: t.notes ?? null,
    }));
    const taskIds = await syncRows("code", rows, {
      existing: (codes) => tx.task.findMany({ where: { code: { in: codes } } }) as never,
      create: (missing) => tx.task.createManyAndReturn({ data: missing, select: { id: true, code: true } }),
      update: (taskId, row) => tx.task.update({ where: { id: taskId }, data: row }),
    });
    const wanted = plan.tasks.flatMap((t) => t.cooperating.map((c) => ({ taskId: taskIds.get(t.code)!, unitId: id(c) })));
    await replaceLinks(
      wanted,
      await tx.taskCooperator.findMany({ where: { taskId: { in: [...taskIds.values()] } } }),
      (c) => `${c.taskId}:${c.unitId}`,
      (stale) => tx.taskCooperator.deleteMany({ where: { OR: stale } }),
      (missing) => tx.taskCooperator.createMany({ data: missing }),
    );
    count += plan.tasks.length;
  }
  return count;
}

async function seedMetrics(tx: Tx, data: DemoData, id: (code: string) => number): Promise<number> {
  const rows = data.metrics.map((m) => ({
    key: m.key,
    name: m.name,
    nameEn: m.nameEn ?? null,
    aliases: m.aliases,
    excludes: m.excludes,
    requires: m.requires,
    measure: m.measure,
    direction: m.direction,
    aspects: m.aspects,
    unitLabel: m.unit ?? null,
    definition: m.definition,
  }));
  const metricIds = await syncRows("key", rows, {
    existing: (keys) => tx.metric.findMany({ where: { key: { in: keys } } }) as never,
    create: (missing) => tx.metric.createManyAndReturn({ data: missing, select: { id: true, key: true } }),
    update: (metricId, row) => tx.metric.update({ where: { id: metricId }, data: row }),
  });
  const wanted = data.metrics.flatMap((m) =>
    m.values.map((v) => ({
      metricId: metricIds.get(m.key)!,
      scope: v.scope,
      unitId: v.unit ? id(v.unit) : null,
      value: v.value,
      qualifier: v.qualifier,
      denominator: v.denominator ?? null,
      target: v.target ?? null,
      targetDate: v.targetDate ?? null,
      periodFrom: v.periodFrom ?? null,
      periodTo: v.periodTo ?? null,
      asOf: v.asOf ?? null,
      source: v.source,
      sourceTitle: data.sources[v.source]!.short,
      note: v.note ?? null,
      origin: "seed",
    })),
  );
  // A value has no natural key of its own: the file is the truth for its metrics' seeded values, compared as
  // whole rows; values recorded since (chat, kpi set, import) are history and never touched by a seed.
  const existing = await tx.metricValue.findMany({
    where: { metricId: { in: [...metricIds.values()] }, OR: [{ origin: null }, { origin: "seed" }] },
  });
  await replaceLinks(
    wanted,
    existing,
    (v) => JSON.stringify([v.metricId, v.scope, v.unitId, v.value, v.qualifier, v.denominator, v.target, v.targetDate, v.periodFrom, v.periodTo, v.asOf, v.source, v.sourceTitle, v.note]),
    (stale) => tx.metricValue.deleteMany({ where: { id: { in: stale.map((v) => (v as { id: number }).id) } } }),
    (missing) => tx.metricValue.createMany({ data: missing }),
  );
  return wanted.length;
}

/** Brings a set of link rows to the wanted set: deletes the stale ones and creates the missing ones. */
async function replaceLinks<W, E>(
  wanted: W[],
  existing: E[],
  key: (row: W | E) => string,
  remove: (stale: E[]) => Promise<unknown>,
  create: (missing: W[]) => Promise<unknown>,
): Promise<void> {
  const wantedKeys = new Set(wanted.map(key));
  const existingKeys = new Set(existing.map(key));
  const stale = existing.filter((row) => !wantedKeys.has(key(row)));
  const missing = wanted.filter((row) => !existingKeys.has(key(row)));
  if (stale.length > 0) await remove(stale);
  if (missing.length > 0) await create(missing);
}
