/**
 * The data behind a reminder's buttons: "<action>:<deliveryId>:<item number>", at most 64 bytes as Telegram
 * requires. Anything else a client sends back (forged, truncated, from an older version) decodes to null.
 */
export type ReminderAction = "done" | "progress" | "extend" | "detail";

const CODE: Record<ReminderAction, string> = { done: "d", progress: "p", extend: "e", detail: "i" };
const ACTION: Record<string, ReminderAction> = { d: "done", p: "progress", e: "extend", i: "detail" };
const PATTERN = /^([dpei]):([1-9]\d{0,14}):([1-9]\d{0,3})$/;

export interface ReminderButton {
  action: ReminderAction;
  deliveryId: number;
  number: number;
}

export function encodeButton(button: ReminderButton): string {
  const data = `${CODE[button.action]}:${button.deliveryId}:${button.number}`;
  if (new TextEncoder().encode(data).length > 64) throw new RangeError("callback data over 64 bytes");
  return data;
}

export function decodeButton(data: string | undefined): ReminderButton | null {
  if (!data || data.length > 64) return null;
  const m = PATTERN.exec(data);
  if (!m) return null;
  const deliveryId = Number(m[2]);
  if (!Number.isSafeInteger(deliveryId)) return null;
  return { action: ACTION[m[1]!]!, deliveryId, number: Number(m[3]) };
}
