import { vnDate } from "../../core/local-date.js";
import { accessOf, decideStrangerAnswer, EMPTY_LEDGER, mayAsk, type StrangerLedger, type StrangerLimits } from "../../core/onboarding/index.js";
import type { Role } from "../../core/model.js";
import { reply, type Reply } from "../../core/reply.js";
import type { InboundMessage } from "../messages.js";

/** What the gate needs to know about a sender and a chat (src/app/onboarding.ts provides both). */
export interface AccessLookups {
  member(channel: string, senderId: string): Promise<{ role: Role; active: boolean } | null>;
  binding(channel: string, chatId: string): Promise<{ active: boolean } | null>;
}

export interface AccessGateOptions {
  lookups: AccessLookups;
  /** Answers for anyone (a deployment's choice, PUBLIC_ANSWERS). */
  publicAnswers: boolean;
  /** Channels whose sender is the operator at the machine (the console chat, `npm run ask`): never strangers. */
  trustedChannels: readonly string[];
  /** Per channel: how many stranger answers a month it can afford (Zalo: a share of its message budget). */
  strangerLimits: Readonly<Record<string, StrangerLimits>>;
}

export type GateDecision = { admitted: true } | { admitted: false; replies: Reply[] };

export interface AccessGate {
  admit(message: InboundMessage, now: Date): Promise<GateDecision>;
}

/**
 * The one place that decides who may use the bot, for every channel: members and chats bound to a unit go
 * on to the pipeline; a stranger gets the invite text at most once a day, within the channel's monthly
 * allowance for strangers, and otherwise no answer at all (an answer to a stranger costs the province a
 * message of its Zalo budget).
 */
export function createAccessGate(options: AccessGateOptions): AccessGate {
  // One process's memory: after a restart a stranger may get the invite text once more that day.
  let ledger: StrangerLedger = EMPTY_LEDGER;
  return {
    async admit(message, now) {
      if (options.trustedChannels.includes(message.channel)) return { admitted: true };
      const [member, binding] = await Promise.all([
        options.lookups.member(message.channel, message.sender.id),
        options.lookups.binding(message.channel, message.chatId),
      ]);
      const person = member?.active ? member : null;
      const access = accessOf({ person, chatBound: binding?.active === true, publicAnswers: options.publicAnswers });
      if (mayAsk(access)) return { admitted: true };
      const decision = decideStrangerAnswer(ledger, { channel: message.channel, senderId: message.sender.id, day: vnDate(now) }, options.strangerLimits[message.channel]);
      ledger = decision.ledger;
      return { admitted: false, replies: decision.answer ? [reply("onboard-stranger")] : [] };
    },
  };
}
