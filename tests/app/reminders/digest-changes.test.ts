import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KpiRecord } from "../../../src/app/kpi/ports.js";
import { runReminderTick } from "../../../src/app/reminders/tick.js";
import { createKpiStore } from "../../../src/db/stores/kpi-store.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../../support/databases.js";
import { FakeChannel } from "../../support/fake-channel.js";
import { reminderDeps, TestClock, vn } from "../../support/reminders.js";

/**
 * The leaders' weekly digest says what changed in the figures since the last digest (issue #12, item 5): the
 * latest values, against what the last digest could have said, corrections as corrections, nothing pending.
 * Demo data: 447.246 activated accounts and 718.738 identity profiles as of 18/7/2023; digests on Mondays 08:00.
 */
const variants: Array<[string, () => Promise<TestDatabase>]> = [
  ["SQLite", () => freshSqlite({ demo: true })],
  ["PostgreSQL", () => freshPostgres({ demo: true })],
];

describe.each(variants)("the weekly digest's figures (%s)", (_name, open) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await open();
  });
  afterEach(() => t.cleanup());

  const digestAt = async (at: string) => {
    const channel = new FakeChannel();
    await runReminderTick(reminderDeps(t.database, new TestClock(vn(at)), [channel]));
    return channel.to("chu-tich").filter((text) => text.startsWith("Báo cáo tuần"));
  };
  const record = async (key: string, at: string, value: Partial<KpiRecord> & Pick<KpiRecord, "value">) => {
    const metric = await t.database.db.metric.findUniqueOrThrow({ where: { key } });
    return createKpiStore(t.database.db).record({
      metricId: metric.id, metricKey: key, scope: "province", unitId: null, qualifier: "exact", asOf: null, periodFrom: null, periodTo: null, source: "BC",
      status: "current", sourceKey: "NV-CLI", sourceTitle: "Báo cáo của Công an tỉnh", target: null, targetDate: null, denominator: null, origin: "cli",
      recordedAt: vn(at), recordedById: null, channel: null, chatId: null, messageId: null, ...value,
    });
  };

  it("lists each figure that changed since the last digest with the value it had then, and only those", async () => {
    const [first] = await digestAt("2023-07-24 08:00");
    // The first digest: the report's figures dated in its week are new.
    expect(first).toContain("Chỉ số có số liệu mới kể từ báo cáo tuần trước (17/7/2023):");
    expect(first).toContain("• Số tài khoản định danh điện tử đã kích hoạt toàn tỉnh: 447.246 (số liệu tính đến 18/7/2023); chưa có số liệu trước đó.");

    // During the week: a new activation figure, a correction of the profiles' figure of 18/7, and a unit's
    // figure still waiting for the secretariat.
    await record("eid_accounts_activated", "2023-07-28 10:00", { value: "560000", asOf: "2023-07-28", target: "738291", targetDate: "2023-07-31" });
    await record("identity_profiles_created", "2023-07-27 15:00", { value: "718800", asOf: "2023-07-18" });
    await record("eid_accounts_created", "2023-07-27 16:00", { value: "700000", asOf: "2023-07-27", status: "pending" });

    const [second] = await digestAt("2023-07-31 08:00");
    const figures = second!.slice(second!.indexOf("Chỉ số có số liệu mới")).split("\n");
    expect(figures).toEqual([
      "Chỉ số có số liệu mới kể từ báo cáo tuần trước (24/7/2023):",
      // The report's figures dated 25/7 came after the first digest.
      "• Số kết nối đã hoàn thành theo yêu cầu của Văn phòng Chính phủ toàn tỉnh: 8/10 (số liệu tính đến 25/7/2023); chưa có số liệu trước đó.",
      "• Số hồ sơ định danh điện tử đã tạo lập toàn tỉnh: đính chính số liệu (số liệu tính đến 18/7/2023) thành 718.800; trước đây ghi 718.738.",
      "• Số tài khoản định danh điện tử đã kích hoạt toàn tỉnh: 560.000 (số liệu tính đến 28/7/2023); báo cáo tuần trước: 447.246 (số liệu tính đến 18/7/2023), tăng 112.754 tài khoản (+25,21%).",
      "• Xếp hạng cài đặt, kích hoạt ứng dụng VNeID toàn tỉnh: 28/63 (số liệu tính đến 25/7/2023); chưa có số liệu trước đó.",
    ]);
    // The pending figure is not a figure yet.
    expect(second).not.toContain("700.000");

    const [third] = await digestAt("2023-08-07 08:00");
    expect(third).toContain("Không có số liệu chỉ số mới kể từ báo cáo tuần trước (31/7/2023).");
  });

  it("a unit's figure approved during the week counts from its approval", async () => {
    await digestAt("2023-07-24 08:00");
    const { id } = await record("eid_accounts_created", "2023-07-21 09:00", { value: "650000", asOf: "2023-07-21", status: "pending" });
    const person = await t.database.db.person.findUniqueOrThrow({ where: { key: "giam-doc-snv" } });
    await createKpiStore(t.database.db).decide(id, { approve: true }, person.id, vn("2023-07-26 09:00"));
    const [second] = await digestAt("2023-07-31 08:00");
    expect(second).toContain("• Số tài khoản định danh điện tử toàn tỉnh: 650.000 (số liệu tính đến 21/7/2023); báo cáo tuần trước: 633.404 (số liệu tính đến 18/7/2023), tăng 16.596 tài khoản (+2,62%).");
  });
});
