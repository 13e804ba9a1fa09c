/** The dry run put into words for the command line: each message with its chats, kind, reasons and text. */
import { formatDate } from "../../core/format.js";
import { vnDate, vnMinuteOfDay } from "../../core/local-date.js";
import { reply, type Reply } from "../../core/reply.js";
import type { Preview } from "./preview.js";
import type { ChatRef } from "./ports.js";
import type { TextContext } from "./render.js";

export function previewText(preview: Preview, ctx: TextContext): string {
  const t = (r: Reply) => ctx.translate(ctx.locale, r);
  const today = vnDate(preview.now);
  const out = [t(reply("remind-preview-header", { time: clockTime(preview.now), date: formatDate(today, ctx.locale) }))];
  if (preview.quiet) {
    out.push(t(reply("remind-preview-quiet", { next: `${clockTime(preview.nextWindow)} ${formatDate(vnDate(preview.nextWindow), ctx.locale)}` })));
    return out.join("\n");
  }
  let number = 0;
  const delivery = (recipient: string, chats: readonly ChatRef[], kind: string) =>
    t(reply("remind-preview-delivery", { number: ++number, recipient, chats: chats.map((c) => `${c.channel}:${c.chatId}`).join(", "), kind }));
  if (preview.unsent.length > 0) out.push(t(reply("remind-preview-unsent", { count: preview.unsent.length })));
  for (const d of preview.unsent) out.push(delivery(`${d.channel}:${d.chatId}`, [d], d.kind), t(reply("remind-preview-text")), indent(d.text));
  for (const d of preview.composition.deliveries) {
    out.push(delivery(d.recipientName, d.chats, d.kind));
    for (const r of d.reminders) {
      const why = reply("remind-why", {
        kind: r.kind,
        days: r.offset,
        deadline: formatDate(r.deadline, ctx.locale),
        late: r.slot < today ? formatDate(r.slot, ctx.locale) : "none",
      });
      out.push(`   ${t(reply("remind-preview-why", { code: r.taskCode, why }))}`);
    }
    out.push(`   ${t(reply("remind-preview-text"))}`, ...d.parts.map((p) => indent(p.text)));
  }
  for (const lost of preview.composition.unreachable) {
    const codes = [...new Set(lost.reminders.map((r) => r.taskCode))].join(", ");
    out.push(t(reply("remind-preview-dropped", { unit: lost.unitName, count: lost.reminders.length, codes })));
  }
  if (preview.digest) {
    out.push(delivery(t(reply("remind-leaders")), preview.digest.chats, "digest"), `   ${t(reply("remind-preview-text"))}`, indent(preview.digest.text));
  }
  if (number === 0 && preview.composition.unreachable.length === 0) out.push(t(reply("remind-preview-none")));
  return out.join("\n");
}

export function clockTime(at: Date): string {
  const minutes = vnMinuteOfDay(at);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function indent(text: string): string {
  return text.split("\n").map((line) => `      ${line}`).join("\n");
}
