// Data for `npm run bench:remind`, written straight into a migrated SQLite file with better-sqlite3 (building
// 100.000 rows through Prisma would take a minute for nothing): tasks for the planning figures, and a full
// outbox of deliveries to Telegram chats for the dispatch figures.
import { TELEGRAM_LIMITS, type RateLimits } from "../src/app/reminders/rate-limiter.js";
import Database from "better-sqlite3";

const AREAS = ["institutions", "procedures", "apparatus", "civil_service", "public_finance", "digital_government", "direction"];
const OPEN_STATUSES = ["in_progress", "not_started", "blocked"];

/**
 * `tasks` tasks of one plan, led by `units` units, deadlines spread evenly over 2023; `openShare` of them still
 * open (the rest done). Returns the number of open tasks.
 */
export function addTasks(file: string, tasks: number, openShare: number, units = 1000): number {
  const db = new Database(file);
  try {
    const addUnit = db.prepare("INSERT INTO Unit (code, name, shortNames, aliases, kind) VALUES (?, ?, '[]', '[]', ?)");
    const addTask = db.prepare(
      "INSERT INTO Task (code, planId, title, area, leadUnitId, deadline, status, completedAt, progress, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    let open = 0;
    db.transaction(() => {
      const secretariat = Number(addUnit.run("SNV", "Sở Nội vụ", "department").lastInsertRowid);
      const unitIds = [secretariat];
      for (let u = 1; u < units; u++) unitIds.push(Number(addUnit.run(`U${u}`, `Đơn vị thử nghiệm ${u}`, "department").lastInsertRowid));
      const plan = Number(
        db.prepare("INSERT INTO Plan (code, name, year, sourceDocument, secretariatUnitId) VALUES ('KH', 'Kế hoạch thử nghiệm', 2023, 'bench', ?)").run(secretariat).lastInsertRowid,
      );
      const start = Date.UTC(2023, 0, 1);
      for (let t = 0; t < tasks; t++) {
        // A multiplicative stride spreads open and done tasks evenly over the days and the units.
        const isOpen = ((t * 7919) % 10_000) / 10_000 < openShare;
        if (isOpen) open++;
        const deadline = new Date(start + ((t * 37) % 365) * 86_400_000).toISOString().slice(0, 10);
        const status = isOpen ? OPEN_STATUSES[t % 3]! : "done";
        addTask.run(`KH-${t + 1}`, plan, `Nhiệm vụ thử nghiệm số ${t + 1}`, AREAS[t % AREAS.length], unitIds[t % units], deadline, status, isOpen ? null : start, isOpen ? 30 : 100, Date.now());
      }
    })();
    return open;
  } finally {
    db.close();
  }
}

export interface Outbox {
  /** Text of every delivery ("delivery <n>"), each expected exactly once. */
  texts: string[];
  groups: Set<string>;
  /** Messages per chat. */
  perChat: Map<string, number>;
}

/**
 * `deliveries` pending deliveries to `chats` Telegram chats, the first `groups` of them groups (which get more
 * messages each), all due at `at`. `order`: as a composer writes them (all of a chat's messages together), or
 * shuffled.
 */
export function addOutbox(file: string, deliveries: number, chats: number, groups: number, at: Date, order: "by-chat" | "shuffled"): Outbox {
  const perChat = new Map<string, number>();
  const chatIds = Array.from({ length: chats }, (_, i) => (i < groups ? `-100${i}` : String(5_000_000 + i)));
  // Groups get 10 messages each (half their per-minute allowance), private chats share the rest.
  for (let i = 0; i < chats; i++) perChat.set(chatIds[i]!, i < groups ? 10 : 0);
  let left = deliveries - groups * 10;
  for (let i = groups; left > 0; i = i + 1 >= chats ? groups : i + 1, left--) perChat.set(chatIds[i]!, perChat.get(chatIds[i]!)! + 1);
  const rows: string[] = chatIds.flatMap((chatId) => Array.from({ length: perChat.get(chatId)! }, () => chatId));
  if (order === "shuffled") {
    let seed = 7;
    for (let i = rows.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
  }
  const db = new Database(file);
  try {
    const unit = Number(db.prepare("INSERT INTO Unit (code, name, shortNames, aliases, kind) VALUES ('OUT', 'Đơn vị', '[]', '[]', 'department')").run().lastInsertRowid);
    const bind = db.prepare("INSERT INTO ChatBinding (channel, chatId, unitId, isGroup, active, createdAt) VALUES ('telegram', ?, ?, ?, 1, ?)");
    const add = db.prepare(
      "INSERT INTO Delivery (channel, chatId, kind, text, status, createdAt, notBefore, attempts) VALUES ('telegram', ?, 'reminder', ?, 'pending', ?, ?, 0)",
    );
    const texts: string[] = [];
    db.transaction(() => {
      chatIds.forEach((chatId, i) => bind.run(chatId, unit, i < groups ? 1 : 0, at.getTime()));
      rows.forEach((chatId, n) => {
        texts.push(`delivery ${n + 1}`);
        add.run(chatId, `delivery ${n + 1}`, at.getTime(), at.getTime());
      });
    })();
    return { texts, groups: new Set(chatIds.slice(0, groups)), perChat };
  } finally {
    db.close();
  }
}

/**
 * The least time the limits allow from the first message to the last: the overall bound (30/s), the bound
 * of the busiest chat (1/s) and of the busiest group (20/min); Telegram's published limits unless others are given.
 */
export function minimumDurationMs(outbox: Outbox, limits: RateLimits = TELEGRAM_LIMITS): number {
  const total = outbox.texts.length;
  const { overall, perChat, perGroup } = limits;
  let bound = Math.floor((total - 1) / overall.count) * overall.windowMs;
  for (const [chatId, count] of outbox.perChat) {
    if (count === 0) continue;
    bound = Math.max(bound, Math.floor((count - 1) / perChat.count) * perChat.windowMs);
    if (outbox.groups.has(chatId)) bound = Math.max(bound, Math.floor((count - 1) / perGroup.count) * perGroup.windowMs);
  }
  return bound;
}
