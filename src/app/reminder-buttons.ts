import type { Clock } from "../core/clock.js";
import { mayActOnTask } from "../core/onboarding/index.js";
import { isClosed, type DeliveryItemView, type DeliveryView, type DeliveryViewStore } from "./delivery-view.js";
import type { App, HandledMessage } from "./handle-message.js";
import type { Binding, Member } from "./onboarding.js";

/** What a reminder's item buttons do: show the task, report it done, or ask for the progress or a new deadline. */
export type ReminderButtonAction = "detail" | "done" | "progress" | "extend";

/** A press on a reminder's item button, as a channel with buttons hands it over (the platform's ids as text). */
export interface ReminderPress {
  channel: string;
  chatId: string;
  /** The message the button is on. */
  messageId: string;
  senderId: string;
  deliveryId: number;
  number: number;
  action: ReminderButtonAction;
}

/**
 * What the app makes of a press. Only `act` goes on to change or show a task; the channel answers the others:
 * `invalid` (the button is not on the reminder it names), `turned_away` (the access gate's answer, as for any
 * message), `foreign` (the person may not act on this task), `closed` (done pressed on an item already closed:
 * the reminder is only shown again).
 */
export type PressOutcome =
  | { kind: "invalid" }
  | { kind: "turned_away"; handled: HandledMessage }
  | { kind: "foreign" }
  | { kind: "closed"; delivery: DeliveryView }
  | { kind: "act"; action: ReminderButtonAction; item: DeliveryItemView; delivery: DeliveryView };

export interface ReminderButtonsDeps {
  deliveries: Pick<DeliveryViewStore, "deliveryById">;
  screen: App["screen"];
  lookups: {
    whoAmI(channel: string, externalId: string): Promise<Member | null>;
    binding(channel: string, chatId: string): Promise<Binding | null>;
  };
  clock: Clock;
}

export interface ReminderButtons {
  press(press: ReminderPress): Promise<PressOutcome>;
}

/**
 * The rules of a reminder's buttons, once for every channel that shows them. A button is believed only when
 * its delivery was sent to this very chat as this very message and the item exists; the sender passes the
 * same access gate as a typed message; and only someone who may act on the task (its unit, the secretariat,
 * or a chat bound to its unit) may do more than look at it. Nothing here changes a task: `act` is carried
 * out as a typed command through the one pipeline, which checks the person again.
 */
export function createReminderButtons(deps: ReminderButtonsDeps): ReminderButtons {
  return {
    async press(press) {
      const delivery = await deps.deliveries.deliveryById(press.deliveryId);
      const item = delivery?.items.find((i) => i.number === press.number);
      if (!delivery || !item || delivery.channel !== press.channel || delivery.chatId !== press.chatId || delivery.externalMessageId !== press.messageId) {
        return { kind: "invalid" };
      }
      const refused = await deps.screen({ channel: press.channel, chatId: press.chatId, sender: { id: press.senderId }, text: "[nút]", receivedAt: deps.clock.now() });
      if (refused) return { kind: "turned_away", handled: refused };
      if (press.action !== "detail") {
        const [member, binding] = await Promise.all([deps.lookups.whoAmI(press.channel, press.senderId), deps.lookups.binding(press.channel, press.chatId)]);
        const person = member?.active ? { role: member.role, unitIds: member.units.map((u) => u.id) } : null;
        // A group bound to the task's unit speaks for the unit; a private chat only for its own person.
        const chatUnitId = binding?.active && binding.isGroup ? binding.unitId : null;
        if (!mayActOnTask({ person, chatUnitId, leadUnitId: item.leadUnitId })) return { kind: "foreign" };
      }
      if (press.action === "done" && isClosed(item)) return { kind: "closed", delivery };
      return { kind: "act", action: press.action, item, delivery };
    },
  };
}
