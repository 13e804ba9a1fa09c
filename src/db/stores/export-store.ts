import type { ExportStore, StoredExtension } from "../../app/exports/ports.js";
import type { ReportTask } from "../../core/exports/index.js";
import type { Db } from "../client.js";
import { toMetric, toMetricValue, toTask, toUnit } from "./mappers.js";

/** The reads behind an export (src/app/exports/ports.ts): plain queries, no writes. */
export function createExportStore(db: Db): ExportStore {
  return {
    async plans() {
      const rows = await db.plan.findMany({ orderBy: { id: "asc" } });
      return rows.map((p) => ({ id: p.id, code: p.code, name: p.name, active: p.active, secretariatUnitId: p.secretariatUnitId }));
    },

    async units() {
      return (await db.unit.findMany({ orderBy: { id: "asc" } })).map(toUnit);
    },

    async tasks(planIds) {
      // Joined here rather than with Prisma's include: for thousands of tasks that sends one id per task as a
      // parameter, past SQLite's limit (P2029). Each query below filters by plan instead.
      const inPlans = { planId: { in: [...planIds] } };
      const [rows, plans, units, groups, cooperators, cooperatorGroups] = await Promise.all([
        db.task.findMany({ where: inPlans, orderBy: [{ planId: "asc" }, { id: "asc" }] }),
        db.plan.findMany({ where: { id: { in: [...planIds] } }, select: { id: true, code: true } }),
        db.unit.findMany({ select: { id: true, name: true } }),
        db.unitGroup.findMany({ select: { id: true, name: true } }),
        db.taskCooperator.findMany({ where: { task: inPlans }, select: { taskId: true, unitId: true }, orderBy: [{ taskId: "asc" }, { unitId: "asc" }] }),
        db.taskCooperatorGroup.findMany({ where: { task: inPlans }, select: { taskId: true, groupId: true }, orderBy: [{ taskId: "asc" }, { groupId: "asc" }] }),
      ]);
      const planCode = new Map(plans.map((p) => [p.id, p.code]));
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      const groupName = new Map(groups.map((g) => [g.id, g.name]));
      const cooperating = new Map<number, string[]>();
      const add = (taskId: number, name: string | undefined) => {
        if (name === undefined) return;
        const list = cooperating.get(taskId);
        if (list) list.push(name);
        else cooperating.set(taskId, [name]);
      };
      // Groups first, as the plan writes them ("Các sở, ban, ngành; Sở Tài chính").
      for (const c of cooperatorGroups) add(c.taskId, groupName.get(c.groupId));
      for (const c of cooperators) add(c.taskId, unitName.get(c.unitId));
      return rows.map(
        (row): ReportTask => ({
          ...toTask(row),
          planCode: planCode.get(row.planId) ?? "",
          leadUnitName: unitName.get(row.leadUnitId) ?? "",
          leadGroupName: row.leadGroupId === null ? null : groupName.get(row.leadGroupId) ?? null,
          cooperating: cooperating.get(row.id) ?? [],
          product: row.product,
        }),
      );
    },

    async extensions(planIds) {
      const [rows, tasks, people, units] = await Promise.all([
        db.extensionRequest.findMany({ where: { task: { planId: { in: [...planIds] } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
        db.task.findMany({ where: { planId: { in: [...planIds] }, extensions: { some: {} } }, select: { id: true, code: true, title: true, deadline: true, originalDeadline: true, leadUnitId: true } }),
        db.person.findMany({ select: { id: true, name: true } }),
        db.unit.findMany({ select: { id: true, name: true } }),
      ]);
      const taskById = new Map(tasks.map((t) => [t.id, t]));
      const personName = new Map(people.map((p) => [p.id, p.name]));
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      return rows.flatMap((r): StoredExtension[] => {
        const task = taskById.get(r.taskId);
        if (!task) return [];
        return [{
          taskId: r.taskId,
          taskCode: task.code,
          taskTitle: task.title,
          unitName: unitName.get(task.leadUnitId) ?? "",
          issuedDeadline: task.originalDeadline ?? task.deadline,
          requestedBy: personName.get(r.requestedById) ?? "",
          createdAt: r.createdAt,
          newDeadline: r.newDeadline,
          reason: r.reason,
          status: r.status,
          decidedBy: r.decidedById === null ? null : personName.get(r.decidedById) ?? null,
          decidedAt: r.decidedAt,
          note: r.decisionNote,
        }];
      });
    },

    async kpis() {
      const [metrics, values] = await Promise.all([
        db.metric.findMany({ orderBy: { id: "asc" } }),
        db.metricValue.findMany({ where: { status: "current" }, orderBy: { id: "asc" } }),
      ]);
      return { metrics: metrics.map(toMetric), values: values.map(toMetricValue) };
    },
  };
}
