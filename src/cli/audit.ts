import { parseArgs } from "node:util";
import type { AuditEntry } from "../app/audit.js";
import { loadConfig } from "../config.js";
import { parseTypedDate } from "../core/kpi-update/typed.js";
import { addDays, vnDate, vnInstant, vnMinuteOfDay } from "../core/local-date.js";
import { formatDate, type Locale } from "../core/format.js";
import { reply } from "../core/reply.js";
import { openDatabase } from "../db/database.js";
import { createAuditStore } from "../db/stores/audit-store.js";
import { createTranslator, type Translate } from "../infra/i18n.js";

const USAGE = `usage: npm run --silent audit -- --since <25/7/2023 | 2023-07-25 | 2023-07-25T08:00:00+07:00> [--until <ngày>] [--action <done|extend|…>] [--person <id>] [--limit 1000] [--json]`;

/**
 * `audit --since <day>`: who did what through the chat from that day (Vietnam time) on, oldest first: one line
 * per entry, or one JSON object per line with --json. `--until` a day includes that day. Exit 0 (also when
 * nothing matched), 2 for a wrong command line.
 */
export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        since: { type: "string" },
        until: { type: "string" },
        action: { type: "string" },
        person: { type: "string" },
        limit: { type: "string", default: "1000" },
        json: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const since = values.since === undefined ? undefined : instantOf(values.since, 0);
  const until = values.until === undefined ? undefined : instantOf(values.until, 1);
  const limit = Number(values.limit);
  const personId = values.person === undefined ? undefined : Number(values.person);
  if (!since || until === null || !Number.isInteger(limit) || limit < 1 || (personId !== undefined && !Number.isInteger(personId))) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    const entries = await createAuditStore(database.db).list({
      since,
      limit,
      ...(until ? { until } : {}),
      ...(values.action ? { action: values.action } : {}),
      ...(personId !== undefined ? { personId } : {}),
    });
    const translate = createTranslator();
    const locale = config.defaultLocale;
    if (values.json) for (const e of entries) console.log(JSON.stringify({ ...e, at: e.at.toISOString() }));
    else console.log(entries.length === 0 ? translate(locale, reply("audit-none")) : entries.map((e) => auditLine(e, translate, locale)).join("\n"));
    return 0;
  } finally {
    await database.close();
  }
}

/** A day (its start in Vietnam, or the next day's start for --until) or an ISO instant; null when it is neither. */
function instantOf(text: string, daysAfter: number): Date | null {
  const day = parseTypedDate(text);
  if (day) return vnInstant(addDays(day, daysAfter));
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

export function auditLine(e: AuditEntry, translate: Translate, locale: Locale): string {
  const minute = vnMinuteOfDay(e.at);
  const time = `${formatDate(vnDate(e.at), locale)} ${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  return translate(locale, reply("audit-line", { time, channel: e.channel, chat: e.chatId, sender: e.senderId, person: e.personId === null ? "none" : String(e.personId), action: e.action, target: e.target ?? "none", outcome: e.outcome }));
}
