import type { Clock } from "../core/clock.js";
import type { WorkingCalendar } from "../core/calendar/index.js";
import type { Locale } from "../core/format.js";
import { dayOfWeek, vnDate } from "../core/local-date.js";
import type { ReminderPolicy } from "../core/reminders/index.js";
import type { Translate } from "../i18n.js";
import { prepareDigest, type DigestSource } from "./reminders/digest.js";
import type { ComposeReader } from "./reminders/ports.js";

/**
 * The leaders' digest as it stands now (/baocao), in the words of the weekly one: the weekly digest's slot is
 * moved to today 00:00 and the "already sent this week" record is not consulted. Null on a day off (the weekly
 * digest has no slot then); the caller answers otherwise.
 */
export function digestNow(deps: { clock: Clock; calendar: WorkingCalendar; policy: ReminderPolicy; source: DigestSource; translate: Translate }) {
  const neverSent = { stateValue: async () => null } as Pick<ComposeReader, "stateValue"> as ComposeReader;
  return async (locale: Locale): Promise<string | null> => {
    const now = deps.clock.now();
    const policy: ReminderPolicy = { ...deps.policy, digest: { weekday: dayOfWeek(vnDate(now)), hour: 0, minute: 0 } };
    const draft = await prepareDigest(now, deps.calendar, policy, deps.source, neverSent, { translate: deps.translate, locale, calendar: deps.calendar });
    return draft?.text ?? null;
  };
}
