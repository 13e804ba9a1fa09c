import type { Decision, KpiHistoryEntry, KpiRecord, KpiStore, PendingKpi } from "../../app/kpi/ports.js";
import { vnDate } from "../../core/local-date.js";
import type { Db } from "../client.js";
import { toMetricValue } from "./mappers.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * KPI values with their history (issue #12, item 1). Nothing is erased: a correction marks the values it
 * replaces superseded (with the id of the value that replaced them and when), and only current values are
 * what the catalogue, and so the answers, read.
 */
export function createKpiStore(db: Db): KpiStore {
  return {
    record: (value) => db.$transaction((tx) => write(tx, value)),
    async recordAll(values) {
      return db.$transaction(async (tx) => {
        const out: Array<{ id: number; superseded: number[] }> = [];
        for (const value of values) out.push(await write(tx, value));
        return out;
      });
    },
    async pending(id) {
      const row = await db.metricValue.findUnique({ where: { id }, include: { metric: { select: { key: true } } } });
      if (!row) return null;
      const pending: PendingKpi = {
        id: row.id, status: row.status, metricId: row.metricId, metricKey: row.metric.key, scope: row.scope, unitId: row.unitId,
        value: row.value, qualifier: row.qualifier, asOf: row.asOf, periodFrom: row.periodFrom, periodTo: row.periodTo, source: row.sourceTitle,
        sourceTitle: row.sourceTitle, recordedById: row.recordedById, channel: row.channel, chatId: row.chatId,
      };
      return pending;
    },
    async decide(id: number, decision: Decision, personId: number, now: Date) {
      return db.$transaction(async (tx) => {
        // One conditional update: of two decisions at once, one finds the value still pending.
        const claimed = await tx.metricValue.updateMany({
          where: { id, status: "pending" },
          data: { status: decision.approve ? "current" : "rejected", decidedById: personId, decidedAt: now, ...(decision.approve ? {} : { note: decision.reason }) },
        });
        if (claimed.count === 0) return { ok: false as const, reason: "not_pending" as const };
        if (!decision.approve) return { ok: true as const, superseded: [] };
        const row = await tx.metricValue.findUniqueOrThrow({ where: { id } });
        return { ok: true as const, superseded: await supersede(tx, row, id, now) };
      });
    },
    async history(metricId, scope, unitId) {
      const rows = await db.metricValue.findMany({
        where: { metricId, scope, unitId },
        include: { recordedBy: { select: { name: true } } },
        orderBy: [{ id: "asc" }],
      });
      return rows.map((r): KpiHistoryEntry => ({
        id: r.id, value: r.value, status: r.status, asOf: r.asOf, periodFrom: r.periodFrom, periodTo: r.periodTo, sourceTitle: r.sourceTitle,
        origin: r.origin, recordedAt: r.recordedAt, recordedBy: r.recordedBy?.name ?? null, supersededById: r.supersededById,
      }));
    },
    async seriesTouchedSince(since) {
      const day = vnDate(since);
      const touched = await db.metricValue.findMany({
        where: { OR: [{ recordedAt: { gt: since } }, { decidedAt: { gt: since } }, { supersededAt: { gt: since } }, { recordedAt: null, OR: [{ asOf: { gte: day } }, { periodTo: { gte: day } }] }] },
        select: { metricId: true, scope: true, unitId: true },
        distinct: ["metricId", "scope", "unitId"],
      });
      if (touched.length === 0) return [];
      const rows = await db.metricValue.findMany({ where: { OR: touched.map((t) => ({ metricId: t.metricId, scope: t.scope, unitId: t.unitId })) }, orderBy: { id: "asc" } });
      return rows.map((r) => ({ ...toMetricValue(r), status: r.status, recordedAt: r.recordedAt, decidedAt: r.decidedAt, supersededAt: r.supersededAt }));
    },
  };
}

async function write(tx: Tx, v: KpiRecord): Promise<{ id: number; superseded: number[] }> {
  const created = await tx.metricValue.create({
    data: {
      metricId: v.metricId, scope: v.scope, unitId: v.unitId, value: v.value, qualifier: v.qualifier, denominator: v.denominator,
      target: v.target, targetDate: v.targetDate, periodFrom: v.periodFrom, periodTo: v.periodTo, asOf: v.asOf,
      source: v.sourceKey, sourceTitle: v.sourceTitle, status: v.status, origin: v.origin, recordedAt: v.recordedAt,
      recordedById: v.recordedById, channel: v.channel, chatId: v.chatId, messageId: v.messageId,
    },
    select: { id: true },
  });
  const superseded = v.status === "current" ? await supersede(tx, v, created.id, v.recordedAt) : [];
  return { id: created.id, superseded };
}

/** Marks the other current values of the same figure (metric, scope, unit, date) as replaced by `byId`. */
async function supersede(
  tx: Tx,
  v: Pick<KpiRecord, "metricId" | "scope" | "unitId" | "asOf" | "periodFrom" | "periodTo">,
  byId: number,
  now: Date,
): Promise<number[]> {
  const where = { metricId: v.metricId, scope: v.scope, unitId: v.unitId, asOf: v.asOf, periodFrom: v.periodFrom, periodTo: v.periodTo, status: "current" as const, id: { not: byId } };
  const old = await tx.metricValue.findMany({ where, select: { id: true } });
  if (old.length === 0) return [];
  await tx.metricValue.updateMany({ where: { id: { in: old.map((o) => o.id) } }, data: { status: "superseded", supersededById: byId, supersededAt: now } });
  return old.map((o) => o.id);
}
