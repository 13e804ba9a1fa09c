import type { TaskArea } from "../model.js";
import type { TaskListState } from "../answer/tasks.js";
import { fold, type Match } from "../vi/index.js";
import type { ConversationContext } from "./context.js";
import type { CueName } from "./cues.js";
import type { Understanding } from "./types.js";
import { containsAny, foldPhrase, type FoldedText } from "./words.js";

export interface TaskListInput {
  cues: Set<CueName>;
  units: readonly Match<string>[];
  areas: readonly Match<TaskArea>[];
  text: string;
  folded: FoldedText;
  context: ConversationContext | undefined;
  metricNamed: boolean;
}

const LISTING = ["nào", "những", "danh sách", "liệt kê", "which", "list", "show"].map(foldPhrase);

/**
 * A question about tasks: which state, whose, which area, due when. A message that only names a new unit
 * or state after a task list ("còn Sở Tư pháp?", "trong đó quá hạn mấy cái") continues that list.
 */
export function readTaskList(input: TaskListInput): Understanding | undefined {
  const { cues, units, areas, context } = input;
  if (input.metricNamed) return undefined;
  const explicit = taskState(cues);
  const followUp = context?.intent === "task_list" && !cues.has("taskWords");
  const asked =
    cues.has("taskWords") ||
    cues.has("overdue") ||
    cues.has("dueWeek") ||
    cues.has("dueMonth") ||
    (units.length > 0 && (cues.has("planProgress") || cues.has("done") || cues.has("notDone") || cues.has("inProgress") || cues.has("notStarted"))) ||
    (followUp && (explicit !== undefined || units.length > 0 || areas.length > 0));
  if (!asked) return undefined;
  // "Tỷ lệ hoàn thành nhiệm vụ", "hoàn thành bao nhiêu nhiệm vụ": the plan's progress, not a list.
  const listing = containsAny(withoutHow(input.folded), LISTING);
  if (units.length === 0 && (explicit === undefined || explicit === "done") && !listing && (cues.has("planProgress") || (explicit === "done" && cues.has("countWords")))) return undefined;

  const tied = units.filter((u) => u.start === units[0]!.start && u.end === units[0]!.end);
  if (tied.length > 1) {
    return { intent: "unknown", reason: "ambiguous_unit", name: input.text.slice(tied[0]!.start, tied[0]!.end), options: tied.map((u) => u.id) };
  }
  if (units.length === 0) {
    const stranger = unknownUnitName(input.text, input.folded);
    if (stranger) return { intent: "unknown", reason: "unknown_unit", name: stranger };
  }
  const state: TaskListState = explicit ?? (followUp ? context.taskState ?? "open" : "open");
  const unit = units[0]?.id ?? (followUp ? context.unit : undefined);
  const area = areas[0]?.id ?? (followUp ? context.area : undefined);
  const due = cues.has("dueWeek") ? "week" : cues.has("dueMonth") ? "month" : undefined;
  return { intent: "task_list", state, ...(unit ? { unit } : {}), ...(area ? { area } : {}), ...(due ? { due } : {}) };
}

/** "thế nào" and "ra sao" ask how, not which: their "nào" does not ask for a list. */
function withoutHow(folded: FoldedText): FoldedText {
  return { words: folded.words, padded: folded.padded.replace(/ (the|ra) nao /g, " ") };
}

function taskState(cues: Set<CueName>): TaskListState | undefined {
  if (cues.has("overdue")) return "overdue";
  if (cues.has("inProgress")) return "in_progress_on_time";
  if (cues.has("notStarted")) return "not_started_on_time";
  if (cues.has("notDone")) return "open";
  if (cues.has("done")) return "done";
  return undefined;
}

const UNIT_WORDS = /\b(so|ubnd|uy ban nhan dan|phong|ban|cong an|huyen|thi xa|thanh pho|tp|xa|phuong)\s+([a-z]+(?:\s+[a-z]+)?)/;
const NOT_A_NAME = /^(nganh|nao|gi|con|co|da|dang|chua|nay|do|cac|huyen|xa|tinh|cap|va|thi|voi|viec|nhiem|nv|ket|noi|minh|ta|chi|dao|thuong|truc)\b/;

/** "Sở Du lịch còn việc gì": a unit-like name that matches no unit must not fall back to every task. */
function unknownUnitName(text: string, folded: FoldedText): string | undefined {
  const m = UNIT_WORDS.exec(folded.words.join(" "));
  if (!m || NOT_A_NAME.test(m[2]!)) return undefined;
  // Give the words back as the user typed them when they can be found in the message.
  const words = text.split(/\s+/);
  const want = m[0].split(" ");
  for (let i = 0; i + want.length <= words.length; i++) {
    const slice = words.slice(i, i + want.length);
    if (slice.map((w) => fold(w).replace(/[^a-z0-9]/g, "")).join(" ") === m[0]) return slice.join(" ").replace(/[?.!,]+$/, "");
  }
  return m[0];
}
