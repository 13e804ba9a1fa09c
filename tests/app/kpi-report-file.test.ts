import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App, type HandledMessage } from "../../src/app/handle-message.js";
import { createConversationMemory } from "../../src/app/conversation-memory.js";
import { createKpiCommands, kpiReportFeature } from "../../src/app/kpi/kpi-commands.js";
import type { ChatFeature } from "../../src/app/chat-feature.js";
import type { InboundFile } from "../../src/app/messages.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createKpiStore } from "../../src/db/stores/kpi-store.js";
import { createPeopleStore } from "../../src/db/stores/people-store.js";
import { createTaskCommandStore } from "../../src/db/stores/task-command-store.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/**
 * A report sent as a file for its figures (issue #12, item 3 by file): a .docx captioned "cập nhật số liệu" is read
 * and listed figure by figure as a pasted report is, and recorded on "đồng ý"; a file without that caption stays
 * the plan import's (a stand-in feature here that takes every file, as the plan import does). Demo data, 25/7/2023;
 * the demo's people on the console (a file reaches the app the same from Telegram's document handler).
 */
const NOW = new Date("2023-07-25T09:00:00+07:00");
const REPORT = [
  "BÁO CÁO Kết quả thực hiện Đề án 06 và cải cách hành chính tháng 7 năm 2023",
  "Tính đến ngày 24/7/2023, toàn tỉnh đã kích hoạt 560.000 tài khoản định danh điện tử.",
  "Tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 20/7/2023.",
  "Phấn đấu đến 31/12/2023 tỷ lệ hồ sơ trực tuyến cấp huyện đạt 50%.",
];

/** A Word document of one paragraph per line, as mammoth reads them. */
async function docx(paragraphs: readonly string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join("")}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array" });
}

function file(name: string, bytes: Uint8Array, reads: { count: number } = { count: 0 }): InboundFile {
  return { name, size: bytes.byteLength, read: async () => (reads.count++, bytes) };
}

async function world(t: TestDatabase) {
  const db = t.database.db;
  const translate = createTranslator();
  const people = createPeopleStore(db);
  const catalog = createCatalogStore(db);
  const kpi = createKpiCommands({ store: createKpiStore(db), catalog, people, chatsOfUnit: (u) => createTaskCommandStore(db).chatsOfUnit(u), translate });
  const planFiles: string[] = [];
  // The plan import takes every file it is offered: here it only notes the files that reached it.
  const planImport: ChatFeature = { handle: async (m) => (m.file ? (planFiles.push(m.file.name), { action: "plan_import", locale: "vi", replies: [], notices: [] }) : undefined) };
  const app: App = await createApp({
    clock: { now: () => NOW },
    catalogStore: catalog,
    tasks: createTaskStore(db),
    people,
    translate,
    memory: createConversationMemory(),
    contextTtlMinutes: 30,
    features: [kpiReportFeature(kpi), planImport],
    kpiCommands: kpi,
  });
  let counter = 0;
  const send = (text: string, as: string, attached?: InboundFile): Promise<HandledMessage> =>
    app.handleMessage({ channel: "console", chatId: as, sender: { id: as }, text, receivedAt: NOW, messageId: `m${++counter}`, ...(attached ? { file: attached } : {}) });
  return { db, send, planFiles };
}

const variants: Array<[string, () => Promise<TestDatabase>]> = [
  ["SQLite", () => freshSqlite({ demo: true })],
  ["PostgreSQL", () => freshPostgres({ demo: true })],
];

describe.each(variants)("a report sent as a file for its figures (%s)", (_name, open) => {
  let t: TestDatabase;
  let w: Awaited<ReturnType<typeof world>>;
  beforeEach(async () => {
    t = await open();
    w = await world(t);
  });
  afterEach(() => t.cleanup());

  it("a .docx captioned «cập nhật số liệu»: each figure with its sentence, the target left out, recorded on «đồng ý» with the source named", async () => {
    const count = await t.database.db.metricValue.count();
    const asked = await w.send("cập nhật số liệu, nguồn: Báo cáo số 45/BC-SNV", "snv-chuyen-vien", file("bao-cao-thang-7.docx", await docx(REPORT)));
    const text = asked.outbound[0]!.text;
    expect(text).toContain("Tôi đọc được 2 số liệu trong văn bản:");
    expect(text).toContain("• Số tài khoản định danh điện tử đã kích hoạt toàn tỉnh: 560.000 (số liệu tính đến 24/7/2023)");
    expect(text).toContain("(câu: «Tính đến ngày 24/7/2023, toàn tỉnh đã kích hoạt 560.000 tài khoản định danh điện tử.»)");
    expect(text).toContain("• Tỷ lệ hồ sơ trực tuyến cấp huyện: 20,5% (số liệu tính đến 20/7/2023)");
    expect(text).toMatch(/• Bỏ qua: «Phấn đấu đến 31\/12\/2023 tỷ lệ hồ sơ trực tuyến cấp huyện đạt 50%\.?»/);
    expect(w.planFiles).toEqual([]);
    expect(await t.database.db.metricValue.count()).toBe(count);

    const done = (await w.send("đồng ý", "snv-chuyen-vien")).outbound[0]!.text;
    expect(done).toMatch(/^Đã ghi nhận 2 số liệu \(mã \d+, \d+\)\.$/);
    const rows = await t.database.db.metricValue.findMany({ where: { origin: "chat" }, orderBy: { id: "asc" }, include: { metric: { select: { key: true } } } });
    expect(rows.map((r) => [r.metric.key, r.scope, r.value, r.asOf, r.sourceTitle])).toEqual([
      ["eid_accounts_activated", "province", "560000", "2023-07-24", "Báo cáo số 45/BC-SNV"],
      ["online_dossier_rate", "district_level", "20.5", "2023-07-20", "Báo cáo số 45/BC-SNV"],
    ]);
  });

  it("a file without the caption is the plan import's; a caption on a file is no command («đồng ý» with a file)", async () => {
    await w.send("", "snv-chuyen-vien", file("ke-hoach-2024.docx", await docx(REPORT)));
    await w.send("đồng ý", "snv-chuyen-vien", file("bao-cao.docx", await docx(REPORT)));
    expect(w.planFiles).toEqual(["ke-hoach-2024.docx", "bao-cao.docx"]);
  });

  it("bad files: a clear answer and nothing recorded; a stranger's file is not even downloaded", async () => {
    const count = await t.database.db.metricValue.count();
    const say = async (name: string, bytes: Uint8Array, as = "snv-chuyen-vien") => (await w.send("cập nhật số liệu", as, file(name, bytes))).outbound[0]!.text;
    expect(await say("bao-cao.docx", await docx(["Báo cáo tình hình tháng 7: các đơn vị đã triển khai nghiêm túc."]))).toBe("Không tìm thấy số liệu chỉ số nào trong tệp «bao-cao.docx». Chưa ghi nhận gì.");
    expect(await say("so-lieu.xlsx", new Uint8Array([1, 2, 3]))).toBe("Không đọc được số liệu từ tệp «so-lieu.xlsx»: chỉ đọc được tệp .docx hoặc .txt. Chưa ghi nhận gì.");
    expect(await say("hong.docx", new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]))).toBe("Không đọc được số liệu từ tệp «hong.docx»: tệp bị hỏng hoặc không phải văn bản. Chưa ghi nhận gì.");
    expect(await say("bao-cao.txt", new TextEncoder().encode(REPORT.join("\n")))).toContain("Tôi đọc được 2 số liệu trong văn bản:");
    const reads = { count: 0 };
    const stranger = (await w.send("cập nhật số liệu", "nguoi-la", file("bao-cao.docx", await docx(REPORT), reads))).outbound[0]!.text;
    expect(stranger).toContain("không có quyền cập nhật số liệu");
    expect(reads.count).toBe(0);
    expect(await t.database.db.metricValue.count()).toBe(count);
  });
});
