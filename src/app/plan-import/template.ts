/**
 * The workbook a secretariat fills in to import a plan (`npm run import -- --template plan.xlsx`): the task
 * sheet with the headers the import recognises, a group row and two example rows (to be replaced), the
 * deadline forms it reads, and the unit list with the names it matches.
 */
import ExcelJS from "exceljs";
import type { Unit } from "../../core/model.js";
import { UNIT_GROUPS } from "../../core/plan-import/index.js";

export const TEMPLATE_HEADERS = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Ghi chú"] as const;

export async function planTemplate(units: readonly Unit[], year: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Nhắc việc";
  const sheet = workbook.addWorksheet("Kế hoạch", { views: [{ state: "frozen", ySplit: 3 }] });
  sheet.columns = [{ width: 7 }, { width: 60 }, { width: 28 }, { width: 34 }, { width: 20 }, { width: 30 }, { width: 24 }];
  sheet.getCell("A1").value = `KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${year}`;
  sheet.mergeCells("A1:G1");
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A1").alignment = { horizontal: "center" };
  const header = sheet.getRow(3);
  header.values = [...TEMPLATE_HEADERS];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
  });
  const [lead, other] = exampleUnits(units);
  sheet.getRow(4).values = ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"];
  sheet.mergeCells("B4:G4");
  sheet.getRow(4).font = { bold: true };
  sheet.getRow(5).values = [1, "(Ví dụ — xóa dòng này) Ban hành kế hoạch tuyên truyền cải cách hành chính", lead, `${other}; các sở, ban, ngành`, `Quý I/${year}`, "Kế hoạch của UBND tỉnh", ""];
  sheet.getRow(6).values = [2, "(Ví dụ — xóa dòng này) Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị", lead, "UBND các xã, phường", "Thường xuyên", "Báo cáo kết quả kiểm tra", ""];
  for (const r of [5, 6]) sheet.getRow(r).alignment = { wrapText: true, vertical: "top" };

  const help = workbook.addWorksheet("Hướng dẫn");
  help.columns = [{ width: 34 }, { width: 90 }];
  const rows: Array<[string, string]> = [
    ["Cột", "Cách ghi"],
    ["STT", "Số thứ tự; dòng nhóm ghi I, II, III… (nhóm trở thành lĩnh vực của các nhiệm vụ bên dưới)"],
    ["Nội dung nhiệm vụ", "Bắt buộc. Có thể đặt tên cột là Nội dung hoặc Nhiệm vụ"],
    ["Cơ quan chủ trì", "Bắt buộc. Tên đơn vị như trang Đơn vị (có dấu hoặc không dấu); đơn vị đầu tiên là chủ trì"],
    ["Cơ quan phối hợp", "Nhiều đơn vị cách nhau bằng dấu chấm phẩy hoặc xuống dòng; nhóm được giữ nguyên: " + UNIT_GROUPS.map((g) => g.name).join("; ")],
    ["Thời gian hoàn thành", "30/6/2024; Tháng 6/2024; Quý II/2024; Năm 2024; 6 tháng đầu năm; Trước 31/12/2024; 2026 - 2030; Thường xuyên; Hằng quý; Hằng năm; Cả năm; Khi có phát sinh"],
    ["Sản phẩm, Ghi chú", "Không bắt buộc"],
    ["Mã (không bắt buộc)", "Thêm cột Mã để tự đặt mã nhiệm vụ; không có mã thì bot tự đặt và nhận lại dòng theo nội dung khi nhập lại"],
    ["Nhập", "npm run import -- <tệp> --plan \"<tên kế hoạch>\" --dry-run (xem trước), bỏ --dry-run để ghi"],
  ];
  rows.forEach((r, i) => {
    help.getRow(i + 1).values = r;
    help.getRow(i + 1).alignment = { wrapText: true, vertical: "top" };
  });
  help.getRow(1).font = { bold: true };

  const list = workbook.addWorksheet("Đơn vị");
  list.columns = [{ header: "Mã", width: 12 }, { header: "Tên đơn vị", width: 50 }, { header: "Tên ngắn", width: 50 }];
  list.getRow(1).font = { bold: true };
  for (const unit of units.filter((u) => u.validTo === null)) list.addRow([unit.code, unit.name, unit.shortNames.join("; ")]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A department for the example lead, another unit for cooperating; generic names when the list is empty. */
function exampleUnits(units: readonly Unit[]): [string, string] {
  const current = units.filter((u) => u.validTo === null);
  const lead = current.find((u) => u.kind === "department") ?? current[0];
  const other = current.find((u) => u !== lead && u.kind === "provincial_office") ?? current.find((u) => u !== lead);
  return [lead?.name ?? "Sở Nội vụ", other?.name ?? "Văn phòng UBND tỉnh"];
}
