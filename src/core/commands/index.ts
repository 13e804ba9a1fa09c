export { parseTaskCommand } from "./parse.js";
export { MAX_FREE_TEXT } from "./free-text.js";
export * from "./types.js";
