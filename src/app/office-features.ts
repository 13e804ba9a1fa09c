/**
 * The secretariat's chat features of issue #11 (plan files, conclusions, exports, assignments), loaded on the
 * first message that may concern them: their libraries (exceljs, docx, mammoth) cost a start-up the bot does
 * not need. A message concerns them when it carries a file, starts with their words, is long enough to be a
 * pasted notice, or answers a draft the person was shown.
 */
import type { ChatFeature } from "./chat-feature.js";
import type { DraftBox } from "./drafts.js";
import type { InboundMessage } from "./messages.js";

const OWN_WORDS = /^\s*(?:\/xuatbaocao|\/maunhap|xu[aấ]t b[aá]o c[aá]o|m[aẫ]u nh[aậ]p|giao\s)/iu;
const NOTICE_LENGTH = 160;

export function lazyFeatures(drafts: DraftBox & { holds(message: InboundMessage, now: Date): boolean }, load: () => Promise<readonly ChatFeature[]>): ChatFeature {
  let loaded: Promise<readonly ChatFeature[]> | undefined;
  return {
    async handle(message, now) {
      const mayConcern = message.file !== undefined || OWN_WORDS.test(message.text) || message.text.length >= NOTICE_LENGTH || drafts.holds(message, now);
      if (!mayConcern) return undefined;
      loaded ??= load();
      for (const feature of await loaded) {
        const outcome = await feature.handle(message, now);
        if (outcome) return outcome;
      }
      return undefined;
    },
  };
}
