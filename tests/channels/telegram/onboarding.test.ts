import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindGroup, BOT_INFO, groupText, onboard, privateText, telegramHarness, type TelegramHarness } from "../../support/telegram.js";

/** Onboarding on Telegram: deep links, /lienket, /toi, and the secretariat's /moi, /thanhvien, /thuhoi. */
let h: TelegramHarness;
beforeAll(async () => {
  h = await telegramHarness();
});
afterAll(() => h.cleanup());

const officer = { id: 2001, first_name: "Lê Thị Hồng", last_name: "Nhung" };
const secretariat = { id: 4001, first_name: "Phan Thị Mỹ", last_name: "Linh" };
const stranger = { id: 9001, first_name: "Khách" };
const GROUP = -1001234;

async function invite(unit: string, role: "unit_officer" | "leader" | "secretariat" = "unit_officer", days = 7) {
  const created = await h.runtime.onboarding.createInvite({ by: "operator", unit, role, days });
  if (!created.ok) throw new Error(created.reason);
  return created.code;
}

describe("nobody is trusted by default", () => {
  it("a stranger gets instructions for an invite, not answers", async () => {
    await h.send(privateText(stranger, "tiến độ kế hoạch CCHC"));
    expect(h.api.lastText(String(stranger.id))).toContain("/start &lt;mã mời&gt;");
    expect(h.api.lastText(String(stranger.id))).not.toContain("14/43");
    await h.send(privateText(stranger, "/tiendo"));
    expect(h.api.lastText(String(stranger.id))).toContain("cơ quan thường trực");
    await h.send(privateText(stranger, "/start"));
    expect(h.api.lastText(String(stranger.id))).toContain("mã mời");
  });

  it("with PUBLIC_ANSWERS a stranger gets the public answers", async () => {
    const open = await telegramHarness({ publicAnswers: true });
    try {
      await open.send(privateText(stranger, "tiến độ kế hoạch CCHC"));
      expect(open.api.lastText(String(stranger.id))).toContain("14/43");
    } finally {
      await open.cleanup();
    }
  });
});

describe("deep links", () => {
  it("opening an invite makes the person a member of the unit with the role", async () => {
    const code = await invite("Sở Tư pháp");
    await h.send(privateText(officer, `/start ${code}`));
    const text = h.api.lastText(String(officer.id));
    expect(text).toContain("Lê Thị Hồng Nhung là cán bộ của Sở Tư pháp");
    expect(text).toContain("Nhắc việc của đơn vị sẽ được gửi vào cuộc trò chuyện này");
    expect(await h.runtime.onboarding.whoAmI("telegram", String(officer.id))).toMatchObject({ role: "unit_officer", active: true, units: [{ code: "STP" }] });
    // Now the officer is answered.
    await h.send(privateText(officer, "tiến độ kế hoạch CCHC"));
    expect(h.api.lastText(String(officer.id))).toContain("14/43");
  });

  it("refuses a reused, an expired and a made-up invite", async () => {
    const code = await invite("STP");
    await h.send(privateText({ id: 2101, first_name: "A" }, `/start ${code}`));
    await h.send(privateText({ id: 2102, first_name: "B" }, `/start ${code}`));
    expect(h.api.lastText("2102")).toContain("Mã mời đã được sử dụng");
    expect(await h.runtime.onboarding.whoAmI("telegram", "2102")).toBeNull();

    const old = await h.runtime.onboarding.createInvite({ by: "operator", unit: "STP", role: "unit_officer", days: 1 });
    if (!old.ok) throw new Error();
    await h.runtime.database.db.invite.updateMany({ where: { usedAt: null }, data: { expiresAt: new Date("2023-07-25T00:00:00Z") } });
    await h.send(privateText({ id: 2103, first_name: "C" }, `/start ${old.code}`));
    expect(h.api.lastText("2103")).toContain("Mã mời đã hết hạn");
    await h.send(privateText({ id: 2103, first_name: "C" }, "/start khong-phai-ma-moi"));
    expect(h.api.lastText("2103")).toContain("Mã mời không đúng");
    expect(await h.runtime.onboarding.whoAmI("telegram", "2103")).toBeNull();
  });
});

describe("groups", () => {
  it("a group admin binds the group with /lienket; reminders then go to the group", async () => {
    await bindGroup(h, GROUP, officer, "STP");
    expect(h.api.lastText(String(GROUP))).toContain("Nhóm này đã được liên kết với Sở Tư pháp");
    expect(await h.runtime.onboarding.binding("telegram", String(GROUP))).toMatchObject({ isGroup: true, active: true, unitName: "Sở Tư pháp" });
    // The officer's private chat no longer receives the unit's reminders: the group does.
    expect(await h.runtime.onboarding.binding("telegram", String(officer.id))).toBeNull();
  });

  it("refuses /lienket from a member who is not a group admin, and in a private chat", async () => {
    const code = await invite("STC");
    await h.send(groupText(-1009999, { id: 3001, first_name: "Thành viên" }, `/lienket ${code}`));
    expect(h.api.lastText("-1009999")).toContain("Chỉ quản trị viên của nhóm");
    expect(await h.runtime.onboarding.binding("telegram", "-1009999")).toBeNull();
    await h.send(privateText(officer, `/lienket ${code}`));
    expect(h.api.lastText(String(officer.id))).toContain("Lệnh /lienket dùng trong nhóm");
    await h.send(groupText(-1009999, { id: 3001, first_name: "Thành viên" }, "/lienket"));
    expect(h.api.lastText("-1009999")).toContain("Cách dùng: /lienket");
  });

  it("binds a group opened from a startgroup link (/start <code> in the group)", async () => {
    const code = await invite("STC");
    h.api.admins.add(3002);
    await h.send(groupText(-1008888, { id: 3002, first_name: "Quản trị nhóm" }, `/start@${BOT_INFO.username} ${code}`));
    expect(await h.runtime.onboarding.binding("telegram", "-1008888")).toMatchObject({ unitName: "Sở Tài chính", active: true });
  });
});

describe("/toi", () => {
  it("shows who I am and my unit", async () => {
    await h.send(privateText(officer, "/toi"));
    const text = h.api.lastText(String(officer.id));
    expect(text).toContain("Lê Thị Hồng Nhung — cán bộ");
    expect(text).toContain("Đơn vị: Sở Tư pháp");
    await h.send(groupText(GROUP, stranger, "/toi"));
    expect(h.api.lastText(String(GROUP))).toContain("Cuộc trò chuyện này nhận nhắc việc của Sở Tư pháp");
    // A stranger gets what the access gate gives on every channel: the invite text (once a day), nothing more.
    await h.send(privateText(stranger, "/toi"));
    expect(h.api.lastText(String(stranger.id))).toContain("Nhắc việc chỉ phục vụ cán bộ được mời");
  });
});

describe("the secretariat", () => {
  it("creates invites with /moi in a private chat, shown as a deep link and a code", async () => {
    await onboard(h, secretariat, "SNV", "secretariat");
    await h.send(privateText(secretariat, "/moi Sở Tài chính thủ trưởng"));
    const text = h.api.lastText(String(secretariat.id));
    expect(text).toContain("Mã mời thủ trưởng đơn vị của Sở Tài chính");
    const link = /https:\/\/t\.me\/nhacviec_test_bot\?start=([0-9a-z]{24})/.exec(text);
    expect(link).not.toBeNull();
    // The link works once.
    await h.send(privateText({ id: 3100, first_name: "Trần Quốc", last_name: "Bảo" }, `/start ${link![1]}`));
    expect(h.api.lastText("3100")).toContain("Trần Quốc Bảo là thủ trưởng đơn vị của Sở Tài chính");
  });

  it("may not invite another secretariat or an admin; officers may not invite; never in a group", async () => {
    await h.send(privateText(secretariat, "/moi Sở Nội vụ quản trị"));
    expect(h.api.lastText(String(secretariat.id))).toContain("Không có quyền mời quản trị hệ thống");
    await h.send(privateText(officer, "/moi Sở Tư pháp"));
    expect(h.api.lastText(String(officer.id))).toContain("dành cho cơ quan thường trực");
    await h.send(groupText(GROUP, secretariat, "/moi Sở Tư pháp"));
    expect(h.api.lastText(String(GROUP))).toContain("chỉ được tạo trong cuộc trò chuyện riêng");
    await h.send(privateText(secretariat, "/moi"));
    expect(h.api.lastText(String(secretariat.id))).toContain("Cách dùng: /moi");
    await h.send(privateText(secretariat, "/moi Sở Du lịch Mặt Trăng"));
    expect(h.api.lastText(String(secretariat.id))).toContain("Không tìm thấy đơn vị");
  });

  it("lists a unit's members and revokes one, who is then a stranger again", async () => {
    await h.send(privateText(secretariat, "/thanhvien Sở Tư pháp"));
    const list = h.api.lastText(String(secretariat.id));
    expect(list).toContain("Thành viên của Sở Tư pháp");
    const member = await h.runtime.onboarding.whoAmI("telegram", "2101");
    expect(list).toContain(`#${member!.id} A — cán bộ`);
    await h.send(privateText(officer, `/thuhoi ${member!.id}`));
    expect(h.api.lastText(String(officer.id))).toContain("dành cho cơ quan thường trực");
    await h.send(privateText(secretariat, `/thuhoi ${member!.id}`));
    expect(h.api.lastText(String(secretariat.id))).toContain("Đã thu hồi quyền sử dụng của A");
    await h.send(privateText({ id: 2101, first_name: "A" }, "tiến độ kế hoạch CCHC"));
    expect(h.api.lastText("2101")).toContain("/start &lt;mã mời&gt;");
    await h.send(privateText(secretariat, "/thuhoi abc"));
    expect(h.api.lastText(String(secretariat.id))).toContain("Cách dùng: /thuhoi");
  });
});

describe("HTML in a unit name", () => {
  it("is escaped wherever it is shown", async () => {
    await h.runtime.database.db.unit.create({
      data: { code: "XSS", name: "Ban <b>Thử</b> & <script>alert(1)</script>", shortNames: [], aliases: [], kind: "other" },
    });
    await h.runtime.app.refreshCatalog();
    const created = await h.runtime.onboarding.createInvite({ by: "operator", unit: "XSS", role: "unit_officer", days: 7 });
    if (!created.ok) throw new Error(created.reason);
    await h.send(privateText({ id: 7001, first_name: "<i>Tên</i>" }, `/start ${created.code}`));
    const text = h.api.lastText("7001");
    expect(text).toContain("Ban &lt;b&gt;Thử&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(text).toContain("&lt;i&gt;Tên&lt;/i&gt;");
    expect(text).not.toMatch(/<(?!\/?b>)[a-z]/i);
    expect(h.api.sent("7001").at(-1)?.payload.parse_mode).toBe("HTML");
  });
});
