import type { AssignedUnit, ProposedTask } from "../../core/conclusions/index.js";
import { formatDate, type Locale } from "../../core/format.js";
import type { LocalDate } from "../../core/local-date.js";
import { reply, type Reply } from "../../core/reply.js";

/**
 * The proposed tasks of a conclusion as the secretariat reads them before confirming: numbered, each with
 * its units (lead first; groups and names outside the unit list said as such), its deadline or the lack of
 * one, and the sentence it came from; and a last line saying that nothing was created.
 */
export function proposalsReply(tasks: readonly ProposedTask[], noticeDate: LocalDate, locale: Locale): Reply {
  if (tasks.length === 0) return reply("conclusions-none-found");
  const lines = tasks.flatMap((task, i) => [
    reply("conclusions-task", { index: String(i + 1), title: task.title }),
    task.units.length === 0 ? reply("conclusions-no-units") : reply("conclusions-units", { units: task.units.map((u, j) => unitReply(u, j === 0)) }),
    deadlineReply(task, locale),
    reply("conclusions-source", { sentence: task.sentence }),
  ]);
  return reply("conclusions-header", { count: tasks.length, date: formatDate(noticeDate, locale) }, [...lines, reply("conclusions-nothing-created")]);
}

function unitReply(unit: AssignedUnit, lead: boolean): Reply {
  const key = unit.kind === "group" ? "conclusions-unit-group" : unit.kind === "unknown" ? "conclusions-unit-unknown" : "conclusions-unit";
  return reply(key, { name: unit.name, lead: lead ? "yes" : "no" });
}

function deadlineReply(task: ProposedTask, locale: Locale): Reply {
  if (task.deadline !== null) return reply("conclusions-deadline", { deadline: formatDate(task.deadline, locale), text: task.deadlineText ?? "" });
  if (task.deadlineText !== null) return reply("conclusions-deadline-undated", { text: task.deadlineText });
  return reply("conclusions-no-deadline");
}
