import { vnDate } from "../../core/local-date.js";
import { accessOf, decideStrangerAnswer, EMPTY_LEDGER, MAX_STRANGERS_PER_DAY, mayAsk, type StrangerLedger, type StrangerLimits } from "../../core/onboarding/index.js";
import type { Person, Role } from "../../core/model.js";
import { reply, type Reply } from "../../core/reply.js";
import type { InboundMessage } from "../messages.js";

/** What the gate needs to know about a sender and a chat (src/app/onboarding.ts provides both). */
export interface AccessLookups {
  /** Who writes and the chat's binding, read together (one round trip a message). */
  senderInChat(channel: string, senderId: string, chatId: string): Promise<{ member: SenderRecord | null; binding: { active: boolean } | null }>;
}

/** The sender as the gate reads them: a person with their units (the onboarding store's Member). */
export interface SenderRecord {
  id: number;
  name: string;
  title: string | null;
  role: Role;
  active: boolean;
  units: ReadonlyArray<{ id: number; isHead: boolean }>;
}

/** The sender as the rest of the pipeline knows them: an active member, or nobody. */
export function personOfSender(sender: SenderRecord | null): Person | null {
  if (!sender?.active) return null;
  return { id: sender.id, name: sender.name, title: sender.title, role: sender.role, unitIds: sender.units.map((u) => u.id), headOfUnitIds: sender.units.filter((u) => u.isHead).map((u) => u.id) };
}

export interface AccessGateOptions {
  lookups: AccessLookups;
  /** Answers for anyone (a deployment's choice, PUBLIC_ANSWERS). */
  publicAnswers: boolean;
  /** Channels whose sender is the operator at the machine (the console chat, `npm run ask`): never strangers. */
  trustedChannels: readonly string[];
  /** Per channel: how many stranger answers a month it can afford (Zalo: a share of its message budget). */
  strangerLimits: Readonly<Record<string, StrangerLimits>>;
  /** Where the answers to strangers are counted (the database: shared by restarts and instances); default one process's memory. */
  strangers?: StrangerAnswers;
}

/** The stranger allowance's storage: a port, so that it outlives the process. */
export interface StrangerAnswers {
  /**
   * Records that this stranger gets the invite text on `day` (YYYY-MM-DD, Vietnam), in one step with the
   * check: false when they already got it that day, or when the channel's strangers got `cap` this month.
   */
  answer(channel: string, senderId: string, day: string, cap: number | undefined): Promise<boolean>;
}

/** One process's memory, with the core's ledger (tests, and a bot without a database would lose it at a restart). */
export function inMemoryStrangerAnswers(): StrangerAnswers {
  let ledger: StrangerLedger = EMPTY_LEDGER;
  return {
    async answer(channel, senderId, day, cap) {
      const decision = decideStrangerAnswer(ledger, { channel, senderId, day }, cap === undefined ? undefined : { answersPerMonth: cap });
      ledger = decision.ledger;
      return decision.answer;
    },
  };
}

/**
 * `operator`: the sender is the operator at the machine (a trusted channel), who may ask anything. `person`: the
 * sender as the gate read them (null: not an active member), so that the pipeline need not read them again;
 * absent where the gate read nobody (a trusted channel).
 */
export type GateDecision = { admitted: true; operator?: boolean; person?: Person | null } | { admitted: false; replies: Reply[] };

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
  const strangers = options.strangers ?? inMemoryStrangerAnswers();
  // A flood of new strangers must not grow the store without bound: past this many answers a day (in this
  // process), nobody more is answered.
  let today = { day: "", answered: 0 };
  return {
    async admit(message, now) {
      if (options.trustedChannels.includes(message.channel)) return { admitted: true, operator: true };
      const { member, binding } = await options.lookups.senderInChat(message.channel, message.sender.id, message.chatId);
      const person = personOfSender(member);
      const access = accessOf({ person, chatBound: binding?.active === true, publicAnswers: options.publicAnswers });
      if (mayAsk(access)) return { admitted: true, person };
      const day = vnDate(now);
      if (today.day !== day) today = { day, answered: 0 };
      if (today.answered >= MAX_STRANGERS_PER_DAY) return { admitted: false, replies: [] };
      const answered = await strangers.answer(message.channel, message.sender.id, day, options.strangerLimits[message.channel]?.answersPerMonth);
      if (answered) today.answered++;
      return { admitted: false, replies: answered ? [reply("onboard-stranger")] : [] };
    },
  };
}
