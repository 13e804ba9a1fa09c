import type { TaskListState } from "../answer/tasks.js";
import { addDays, type LocalDate } from "../local-date.js";
import { fold } from "../vi/index.js";
import type { ConversationContext } from "./context.js";
import type { CueName } from "./cues.js";
import type { UnderstandingIndex } from "./index-build.js";
import { isPrecise } from "./leftover.js";
import type { Reading } from "./reading.js";
import { asTyped } from "./typed-words.js";
import type { TaskFilters, TimeFilter, Understanding } from "./types.js";
import { containsAny, foldPhrase, type FoldedText } from "./words.js";

const LISTING = ["nào", "những", "danh sách", "liệt kê", "which", "list", "show", "kể tên", "là gì", "gồm"].map(foldPhrase);
/** "Sắp đến hạn" without a date: the coming week. */
const SOON_DAYS = 7;

/**
 * A question about tasks or the plan: the plan's progress, a count, a list, or the units ranked; filtered
 * by state, unit (named, or the asker's own), role (lead or cooperating), area, a due window, a programme
 * or words of the title. A fragment after a task answer changes only what it names.
 */
export function readTaskQuestion(reading: Reading, index: UnderstandingIndex, context: ConversationContext | undefined, today: LocalDate): Understanding | undefined {
  const { cues } = reading;
  const explicit = taskState(cues);
  const continuing = context && (context.intent === "task_list" || context.intent === "task_count" || context.intent === "plan_progress");
  const due = dueOf(reading, today);
  const mine = cues.has("mine") || reading.allCues.has("mine");
  const asked =
    cues.has("taskWords") || cues.has("programme") || explicit !== undefined || mine ||
    (due !== undefined && (cues.has("dueWord") || cues.has("dueSoon") || continuing)) ||
    (reading.namedUnits.length > 0 && (cues.has("planProgress") || cues.has("lead") || cues.has("cooperating"))) ||
    (continuing && (reading.namedUnits.length > 0 || reading.areas.length > 0)) ||
    (context?.intent === "task_detail" && (cues.has("who") || cues.has("when") || cues.has("lead") || cues.has("cooperating") || cues.has("dueWord")));
  const planAsked = cues.has("planProgress") || (cues.has("planMention") && (cues.has("countWords") || cues.has("percent") || cues.has("howIs") || cues.has("done") || cues.has("allTasks")));
  if (!asked && !planAsked) return undefined;

  // "Ai phối hợp?", "hạn khi nào?" right after one task was shown: that task.
  if (context?.intent === "task_detail" && context.tasks?.length === 1 && !cues.has("taskWords") && reading.namedUnits.length === 0 && !due) {
    return { intent: "task_detail", code: context.tasks[0]! };
  }

  const listing = containsAny(withoutHow(reading.whole), LISTING);
  const counting = cues.has("countWords") || cues.has("allTasks") || cues.has("percent");
  const named = reading.namedUnits.length > 0 || mine || reading.areas.length > 0 || due !== undefined || cues.has("programme");
  // "Tiến độ kế hoạch", "% hoàn thành", "đã xong mấy việc", "tổng số nhiệm vụ": the plan as a whole.
  if (!named && !listing && (explicit === undefined || explicit === "done") && (planAsked || (counting && (explicit === "done" || cues.has("allTasks"))))) {
    if (explicit === undefined || cues.has("percent") || cues.has("planProgress") || cues.has("allTasks") || counting) return { intent: "plan_progress", ...latestPlan(index) };
  }

  const tied = reading.namedUnits.filter((u) => u.start === reading.namedUnits[0]!.start && u.end === reading.namedUnits[0]!.end);
  if (tied.length > 1) {
    return { intent: "unknown", reason: "ambiguous_unit", name: reading.text.slice(tied[0]!.start, tied[0]!.end), options: tied.map((u) => u.id) };
  }
  if (reading.namedUnits.length === 0 && !mine) {
    const stranger = unknownUnitName(reading.text, reading.whole);
    if (stranger) return { intent: "unknown", reason: "unknown_unit", name: stranger };
  }
  const precise = reading.leftover.filter(isPrecise);
  if (precise.length > 0) return { intent: "unknown", reason: "leftover", leftover: asTyped(reading.text, precise) };

  const follow = continuing && !cues.has("taskWords") ? context : undefined;
  const defaultState: TaskListState = counting && !listing ? "all" : "open";
  const state: TaskListState = explicit ?? (follow?.taskState ?? defaultState);
  const filters: TaskFilters = {
    state,
    ...unitOf(reading, mine, follow),
    ...(cues.has("cooperating") ? { role: "cooperating" as const } : {}),
    ...areaOf(reading, follow),
    ...(due ?? follow?.due ? { due: (due ?? follow?.due)! } : {}),
    ...(cues.has("programme") ? { programme: "Đề án 06" } : {}),
    ...wordsOf(reading, index),
  };
  return { intent: counting && !listing ? "task_count" : "task_list", ...filters };
}

function unitOf(reading: Reading, mine: boolean, follow: ConversationContext | undefined): Pick<TaskFilters, "unit" | "mine"> {
  if (reading.namedUnits[0]) return { unit: reading.namedUnits[0].id };
  if (mine) return { mine: true };
  if (follow?.unit) return { unit: follow.unit };
  return {};
}

function areaOf(reading: Reading, follow: ConversationContext | undefined): Pick<TaskFilters, "area"> {
  const area = reading.areas[0]?.id ?? follow?.area;
  return area ? { area } : {};
}

/** Words of a title the message names besides everything understood: "việc về phân cấp, ủy quyền". */
function wordsOf(reading: Reading, index: UnderstandingIndex): Pick<TaskFilters, "words"> {
  const metricWords = new Set(index.metrics.flatMap((m) => [...m.words]));
  const words = reading.leftover.filter((w) => w.length >= 2 && !isPrecise(w) && !metricWords.has(w));
  return words.length > 0 ? { words } : {};
}

function dueOf(reading: Reading, today: LocalDate): TimeFilter | undefined {
  const time = reading.times[0];
  if (time) return { from: time.window.from, to: time.window.to, text: time.text };
  if (reading.cues.has("dueSoon")) return { from: today, to: addDays(today, SOON_DAYS), text: "" };
  return undefined;
}

/** "thế nào" and "ra sao" ask how, not which: their "nào" does not ask for a list. */
function withoutHow(folded: FoldedText): FoldedText {
  return { words: folded.words, padded: folded.padded.replace(/ (the|ra) nao /g, " ") };
}

function taskState(cues: Set<CueName>): TaskListState | undefined {
  if (cues.has("blocked")) return "blocked";
  if (cues.has("doneLate")) return "done_late";
  if (cues.has("overdue")) return "overdue";
  if (cues.has("doneOnTime")) return "done_on_time";
  if (cues.has("inProgress")) return "in_progress_on_time";
  if (cues.has("notStarted")) return "not_started_on_time";
  if (cues.has("notDone")) return "open";
  if (cues.has("done")) return "done";
  return undefined;
}

function latestPlan(index: UnderstandingIndex): { plan?: string } {
  return index.plans.length > 0 ? { plan: index.plans[index.plans.length - 1]!.code } : {};
}

const UNIT_WORDS = /\b(so|ubnd|uy ban nhan dan|phong|ban|cong an|huyen|thi xa|thanh pho|tp|xa|phuong)\s+([a-z]+(?:\s+[a-z]+)?)/;
const NOT_A_NAME = /^(nganh|nao|gi|con|co|da|dang|chua|nay|do|cac|huyen|xa|tinh|cap|va|thi|voi|viec|nhiem|nv|ket|noi|minh|ta|chi|dao|thuong|truc|em|toi|luong|lieu|ho|tai|tien|may|bn|bao|phan|hoach)\b/;

/** "Sở Du lịch còn việc gì": a unit-like name that matches no unit must not fall back to every task. */
function unknownUnitName(text: string, folded: FoldedText): string | undefined {
  const m = UNIT_WORDS.exec(folded.words.join(" "));
  if (!m || NOT_A_NAME.test(m[2]!)) return undefined;
  const typed = asTyped(text, m[0].split(" "));
  return typed.length > 0 ? typed : fold(m[0]);
}
