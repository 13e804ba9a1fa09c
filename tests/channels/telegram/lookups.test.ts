import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onboard, privateText, telegramHarness, type TelegramHarness } from "../../support/telegram.js";

/**
 * Who writes and from which chat is read once per update by the channel (held ten minutes) and once by the app's
 * access gate: each time in one statement for both, not one for the person and one for the chat.
 */
let h: TelegramHarness;
beforeAll(async () => {
  h = await telegramHarness();
});
afterAll(() => h.cleanup());

describe("the reads of who writes, per update", () => {
  it("a member's first question reads person and chat together, in the channel and in the gate; the next, only in the gate", async () => {
    const officer = { id: 2101, first_name: "Lê Văn Tư" };
    await onboard(h, officer, "Sở Tư pháp", "unit_officer");
    const onboarding = h.deps.onboarding;
    const calls = { senderInChat: 0, whoAmI: 0, binding: 0 };
    const { senderInChat, whoAmI, binding } = onboarding;
    onboarding.senderInChat = (...args) => (calls.senderInChat++, senderInChat(...args));
    onboarding.whoAmI = (...args) => (calls.whoAmI++, whoAmI(...args));
    onboarding.binding = (...args) => (calls.binding++, binding(...args));
    try {
      await h.send(privateText(officer, "đơn vị mình còn việc gì"));
      expect(h.api.lastText(String(officer.id))).toMatch(/Sở Tư pháp/);
      expect(calls).toEqual({ senderInChat: 2, whoAmI: 0, binding: 0 });
      await h.send(privateText(officer, "tiến độ kế hoạch CCHC"));
      expect(calls).toEqual({ senderInChat: 3, whoAmI: 0, binding: 0 });
    } finally {
      Object.assign(onboarding, { senderInChat, whoAmI, binding });
    }
  });
});
