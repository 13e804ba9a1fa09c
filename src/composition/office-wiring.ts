import type { ChatFeature } from "../app/chat-feature.js";
import { createDraftBox } from "../app/drafts.js";
import { lazyFeatures } from "../app/office-features.js";
import type { PeopleStore } from "../app/ports.js";
import type { Database } from "../db/database.js";
import type { Translate } from "../infra/i18n.js";

/** Channels that can send and receive files: Telegram. Zalo's Bot Platform has no file messages. */
const FILE_CHANNELS = new Set(["telegram"]);

/** Plan files, conclusions, exports and assignments in chat (issue #11), sharing one box of drafts awaiting "xác nhận". */
export function officeFeatures(database: Database, people: PeopleStore, translate: Translate): ChatFeature {
  const drafts = createDraftBox();
  const sendsFiles = (channel: string) => FILE_CHANNELS.has(channel);
  return lazyFeatures(drafts, async () => {
    const [{ createPlanImportStore }, { createExportStore }, { createPlanChat }, { createConclusionChat }, { createExportChat }, { createAssignmentChat }, { createOutboxStore }, { createTaskCommandStore }, { createWorkingCalendar }, { DEFAULT_POLICY }] = await Promise.all([
      import("../db/stores/plan-import-store.js"),
      import("../db/stores/export-store.js"),
      import("../app/plan-import/chat.js"),
      import("../app/conclusions/chat.js"),
      import("../app/exports/chat.js"),
      import("../app/assignments/chat.js"),
      import("../db/stores/outbox-store.js"),
      import("../db/stores/task-command-store.js"),
      import("../core/calendar/index.js"),
      import("../core/reminders/index.js"),
    ]);
    const store = createPlanImportStore(database.db, database.provider);
    // A unit hears of a task given to it in chat the way reminders reach it: the outbox, its chats, working hours.
    const notify = { outbox: createOutboxStore(database.db, database.provider), chatsOfUnit: (unitId: number) => createTaskCommandStore(database.db).chatsOfUnit(unitId), calendar: createWorkingCalendar(), policy: DEFAULT_POLICY };
    const conclusions = createConclusionChat({ store, people, translate, drafts, notify });
    return [
      createExportChat({ store: createExportStore(database.db), people, translate, sendsFiles }),
      createPlanChat({ store, people, translate, sendsFiles, drafts, onNotice: (message, text, now) => conclusions.propose(message, text, now) }),
      createAssignmentChat({ store, people, translate, drafts, notify }),
      conclusions,
    ];
  });
}
