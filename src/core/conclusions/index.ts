/**
 * Conclusions as tasks: the instructions of a conclusion notice ("Thông báo kết luận") or a meeting article,
 * read as proposed tasks (units, what to do, deadline, the sentence they came from). Pure; nothing is saved.
 */
export { proposeTasks } from "./propose.js";
export { readNoticeDate } from "./notice-date.js";
export type { AssignedUnit, KnownUnit, ProposedTask } from "./types.js";
export { type ProposalEdit, parseProposalEdit } from "./edits.js";
