import type { Metric, MetricValue, Plan, Task, Unit } from "../../core/model.js";
import type * as Rows from "../generated/sqlite/client.js";

/** Prisma rows to domain records: Prisma types stop here. */

function stringArray(json: unknown): string[] {
  return Array.isArray(json) ? json.filter((x): x is string => typeof x === "string") : [];
}

export function toUnit(row: Rows.Unit): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortNames: stringArray(row.shortNames),
    aliases: stringArray(row.aliases),
    kind: row.kind,
    parentId: row.parentId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    successorId: row.successorId,
  };
}

export function toPlan(row: Rows.Plan): Plan {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    year: row.year,
    sourceDocument: row.sourceDocument,
    secretariatUnitId: row.secretariatUnitId,
    requiresConfirmation: row.requiresConfirmation,
    evidenceWhenLate: row.evidenceWhenLate,
    kind: row.kind,
    programme: row.programme,
    active: row.active,
    issuedOn: row.issuedOn,
  };
}

export function toTask(row: Rows.Task): Task {
  return {
    id: row.id,
    code: row.code,
    planId: row.planId,
    title: row.title,
    area: row.area,
    leadUnitId: row.leadUnitId,
    deadline: row.deadline,
    status: row.status,
    completedAt: row.completedAt,
    progress: row.progress,
    evidence: row.evidence,
    notes: row.notes,
    deadlineKind: row.deadlineKind,
    deadlineText: row.deadlineText,
    originalDeadline: row.originalDeadline,
    blockedSince: row.blockedSince,
  };
}

export function toMetric(row: Rows.Metric): Metric {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    nameEn: row.nameEn,
    aliases: stringArray(row.aliases),
    excludes: stringArray(row.excludes),
    requires: stringArray(row.requires),
    measure: row.measure,
    direction: row.direction,
    aspects: stringArray(row.aspects ?? []),
    unitLabel: row.unitLabel,
    definition: row.definition,
  };
}

export function toMetricValue(row: Rows.MetricValue): MetricValue {
  return {
    id: row.id,
    metricId: row.metricId,
    scope: row.scope,
    unitId: row.unitId,
    value: row.value,
    qualifier: row.qualifier,
    denominator: row.denominator,
    target: row.target,
    targetDate: row.targetDate,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    asOf: row.asOf,
    source: row.source,
    sourceTitle: row.sourceTitle,
    note: row.note,
  };
}
