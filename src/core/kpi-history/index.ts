export { changeOverTime, PACE_DAYS, type ChangeOutcome } from "./change.js";
export { referenceValue } from "./reference.js";
export { chronological, dateOf } from "./series.js";
export type { ChangeAsk, ChangeReference, PacePeriod } from "./types.js";
