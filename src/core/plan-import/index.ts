/**
 * Reading a province's plan from a table (pure): the header found by its Vietnamese column names, group rows
 * as areas, deadlines as plans write them, units matched to the unit list, each row's identity, and what
 * importing it would change. The files themselves are read in src/app/plan-import/.
 */
export { type Grid, type GridRow, cleanCell, columnLetter, oneLine } from "./grid.js";
export { type Problem, type ProblemArg, type ProblemCode, type ProblemPlace, type Severity, hasErrors, problem } from "./problems.js";
export { type Field, type TableHeader, REQUIRED_FIELDS, classifyHeader, findHeader, isNumberingRow } from "./headers.js";
export { type Deadline, type DeadlineContext, type DeadlineProblem, type DeadlineResult, parseDeadline } from "./deadline.js";
export { type Heading, headingOf } from "./headings.js";
export { areaOfHeading, defaultArea } from "./areas.js";
export { type GroupHit, type UnitGroupDef, GROUP_BY_KEY, UNIT_GROUPS, findGroups } from "./unit-groups.js";
export { type UnitResolver, type UnitsInCell, createUnitResolver } from "./unit-names.js";
export { type PlanKind, type PlanMeta, type Programme, planMeta, programmeOf } from "./plan-meta.js";
export { rowKeys, sourceRef, titleKey } from "./row-identity.js";
export { type PlanRow, type RowsContext, type RowsResult, readPlanRows } from "./plan-rows.js";
export { type TaskDraft, draftOf } from "./task-draft.js";
export { type ChangedField, type FieldChange, type PlanDiff, type RowPlace, type StoredTask, type TaskChange, changedFields, diffPlan, storedSignature } from "./task-diff.js";
export { assignmentPlanCode, newPlanCode, newTaskCodes } from "./codes.js";
export { planNamed, plansNamed, usualSecretariat } from "./plan-lookup.js";
export { romanValue } from "./roman.js";
