import type { WallClock } from "./policy.js";

const CLOCK_TEXT = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an "HH:MM" time, or null when the text is not one. */
export function parseClockTime(text: string): number | null {
  const m = CLOCK_TEXT.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function minuteOfDay(time: WallClock): number {
  return time.hour * 60 + time.minute;
}
