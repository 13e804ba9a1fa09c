/** Task commands typed in chat: parsing, the rules that decide what they change, and the words of the answers. */
export { parsePromptAnswer, parseTaskCommand } from "./parse.js";
export { MAX_FREE_TEXT } from "./free-text.js";
export { applyCommand, canChangeTask, canDecide, type Change, type Refusal, type RefusalReason, type Transition } from "./transitions.js";
export { lastUndoable, undoChange, UNDO_WINDOW_MINUTES } from "./undo.js";
export * from "./types.js";
