import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { createQuotaUsageStore, type QuotaCounterStore } from "./quota-usage-store.js";

/**
 * What the Zalo channel reads and writes in the database: the monthly quota's row, a delivery's kind, who the
 * secretariat is, and a person's other channel.
 */
export interface ZaloStore {
  /** The month's message count (QuotaUsage, channel "zalo"). */
  quota: QuotaCounterStore;
  deliveryKind(deliveryId: number): Promise<string | null>;
  /** Active chats of the plans' secretariat units on `channel`, and the private chats of secretariat people there. */
  secretariatChats(channel: string): Promise<string[]>;
  /** The chat on `channel` of the person behind a private Zalo chat (private chat id = the person's id on both platforms). */
  otherChannelChat(zaloChatId: string, channel: string): Promise<string | null>;
}

export function createZaloStore(db: Db, provider: Provider): ZaloStore {
  return {
    quota: createQuotaUsageStore(db, provider, "zalo"),
    async deliveryKind(deliveryId) {
      const row = await db.delivery.findFirst({ where: { id: deliveryId }, select: { kind: true } });
      return row?.kind ?? null;
    },
    async secretariatChats(channel) {
      const plans = await db.plan.findMany({ select: { secretariatUnitId: true } });
      const unitIds = [...new Set(plans.map((p) => p.secretariatUnitId))];
      const [bindings, identities] = await Promise.all([
        db.chatBinding.findMany({ where: { channel, active: true, unitId: { in: unitIds } }, select: { chatId: true } }),
        db.channelIdentity.findMany({
          where: { channel, person: { active: true, role: "secretariat" } },
          select: { externalId: true },
        }),
      ]);
      return [...new Set([...bindings.map((b) => b.chatId), ...identities.map((i) => i.externalId)])];
    },
    async otherChannelChat(zaloChatId, channel) {
      const identity = await db.channelIdentity.findFirst({
        where: { channel: "zalo", externalId: zaloChatId },
        select: { person: { select: { active: true, identities: { where: { channel }, select: { externalId: true }, take: 1 } } } },
      });
      return identity?.person.active ? (identity.person.identities[0]?.externalId ?? null) : null;
    },
  };
}
