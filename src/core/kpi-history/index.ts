export { changeOverTime, movementBetween, PACE_DAYS, type ChangeOutcome, type Movement } from "./change.js";
export { referenceValue } from "./reference.js";
export { chronological, dateOf } from "./series.js";
export type { ChangeAsk, ChangeReference, PacePeriod } from "./types.js";
export { changesBetween, currentAt, type SeriesChange, type TrackedValue } from "./since.js";
