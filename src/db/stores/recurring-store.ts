import type { RecurringStore } from "../../app/recurring/reopen.js";
import type { Db } from "../client.js";
import { toTask } from "./mappers.js";
import { createTaskCommandStore } from "./task-command-store.js";

/** Recurring tasks marked done, and the guarded change that reopens one (the task commands' write). */
export function createRecurringStore(db: Db): RecurringStore {
  const commands = createTaskCommandStore(db);
  return {
    async doneRecurring() {
      const rows = await db.task.findMany({ where: { deadlineKind: "recurring", status: "done" }, orderBy: { id: "asc" } });
      return rows.map((row) => ({ ...toTask(row), recurrence: row.recurrence, deadlineFrom: row.deadlineFrom }));
    },
    applyChange: (write) => commands.applyChange(write),
  };
}
