/**
 * What a stranger (someone with no invite, writing from a chat bound to no unit) gets. Each answer costs a
 * message of the platform's budget (Zalo: 3.000 a month for the whole province), and a stranger cannot use
 * anything but the invite text anyway. So: the invite text at most once per stranger per day, and on a
 * channel with a monthly budget, all strangers together at most a share of it; after that, nothing.
 */
export interface StrangerLimits {
  /** Answers to all strangers of a channel in a calendar month; undefined: no monthly cap. */
  answersPerMonth?: number;
}

/** What the gate remembers between messages: the day's answered strangers and the month's count per channel. */
export interface StrangerLedger {
  day: string;
  answeredToday: ReadonlySet<string>;
  month: string;
  answeredThisMonth: ReadonlyMap<string, number>;
}

export const EMPTY_LEDGER: StrangerLedger = { day: "", answeredToday: new Set(), month: "", answeredThisMonth: new Map() };

/** The share of a monthly message budget strangers may spend together (the 5%). */
export const STRANGER_SHARE_OF_BUDGET = 0.05;

/** Past this many different strangers in a day nobody more is answered: a flood must not grow memory without bound. */
export const MAX_STRANGERS_PER_DAY = 10_000;

export function strangerAnswersPerMonth(monthlyBudget: number): number {
  return Math.floor(monthlyBudget * STRANGER_SHARE_OF_BUDGET);
}

/**
 * Decides whether this stranger's message gets the invite text, and the ledger after it. `day` is the local
 * date (YYYY-MM-DD) of the message; the month is its first seven characters.
 */
export function decideStrangerAnswer(
  ledger: StrangerLedger,
  input: { channel: string; senderId: string; day: string },
  limits: StrangerLimits | undefined,
): { answer: boolean; ledger: StrangerLedger } {
  const month = input.day.slice(0, 7);
  const answeredToday = ledger.day === input.day ? ledger.answeredToday : new Set<string>();
  const answeredThisMonth = ledger.month === month ? ledger.answeredThisMonth : new Map<string, number>();
  const current = { day: input.day, answeredToday, month, answeredThisMonth };
  const who = `${input.channel}:${input.senderId}`;
  if (answeredToday.has(who) || answeredToday.size >= MAX_STRANGERS_PER_DAY) return { answer: false, ledger: current };
  const spent = answeredThisMonth.get(input.channel) ?? 0;
  if (limits?.answersPerMonth !== undefined && spent >= limits.answersPerMonth) return { answer: false, ledger: current };
  return {
    answer: true,
    ledger: {
      ...current,
      answeredToday: new Set(answeredToday).add(who),
      answeredThisMonth: new Map(answeredThisMonth).set(input.channel, spent + 1),
    },
  };
}
