import { describe, expect, it } from "vitest";
import { findTimeExpressions, type TimeExpressionKind } from "../../../src/core/understand/time-expressions.js";

/** A Tuesday: this week is 24–30/7, next week 31/7–6/8, the week after 7–13/8, last week 17–23/7. */
const T = "2023-07-25";
const DEC = "2023-12-28"; // a Thursday near the turn of the year
const JAN = "2024-01-02"; // a Tuesday just after it, in a leap year

type Row = [message: string, kind: TimeExpressionKind, from: string, to: string, text: string, today?: string];
const none = (message: string, today = T): [string, string] => [message, today];

const THIS_WEEK = ["2023-07-24", "2023-07-30"] as const;
const NEXT_WEEK = ["2023-07-31", "2023-08-06"] as const;
const LAST_WEEK = ["2023-07-17", "2023-07-23"] as const;
const JULY = ["2023-07-01", "2023-07-31"] as const;
const AUGUST = ["2023-08-01", "2023-08-31"] as const;
const SEPTEMBER = ["2023-09-01", "2023-09-30"] as const;
const Q3 = ["2023-07-01", "2023-09-30"] as const;
const Q4 = ["2023-10-01", "2023-12-31"] as const;
const Y2023 = ["2023-01-01", "2023-12-31"] as const;
const Y2024 = ["2024-01-01", "2024-12-31"] as const;
const UNTIL_31_8 = [T, "2023-08-31"] as const;
const AUG1_SEP15 = ["2023-08-01", "2023-09-15"] as const;

const rows: Row[] = [
  // days counted from today
  ["Hôm nay có việc gì hết hạn không", "day", T, T, "Hôm nay"],
  ["hom nay co viec gi het han khong", "day", T, T, "hom nay"],
  ["hnay con viec nao chua xong", "day", T, T, "hnay"],
  ["What is due today?", "day", T, T, "today"],
  ["việc nào hết hạn ngày mai", "day", "2023-07-26", "2023-07-26", "ngày mai"],
  ["viec nao het han ngay mai", "day", "2023-07-26", "2023-07-26", "ngay mai"],
  ["sáng mai họp về việc gì", "day", "2023-07-26", "2023-07-26", "mai"],
  ["Mai hết hạn những việc nào?", "day", "2023-07-26", "2023-07-26", "Mai"],
  ["NGÀY MAI CÓ VIỆC GÌ", "day", "2023-07-26", "2023-07-26", "NGÀY MAI"],
  ["anything due tomorrow?", "day", "2023-07-26", "2023-07-26", "tomorrow"],
  ["ngày kia hết hạn gì", "day", "2023-07-27", "2023-07-27", "ngày kia"],
  ["ngay kia het han gi", "day", "2023-07-27", "2023-07-27", "ngay kia"],
  ["mốt nộp báo cáo nào", "day", "2023-07-27", "2023-07-27", "mốt"],
  ["ngày mốt có việc gì", "day", "2023-07-27", "2023-07-27", "ngày mốt"],
  ["ngay mot co viec gi", "day", "2023-07-27", "2023-07-27", "ngay mot"],
  ["hôm qua có việc nào quá hạn", "day", "2023-07-24", "2023-07-24", "hôm qua"],
  ["hom qua xong may viec", "day", "2023-07-24", "2023-07-24", "hom qua"],
  ["what was done yesterday", "day", "2023-07-24", "2023-07-24", "yesterday"],
  ["hôm kia xong việc gì", "day", "2023-07-23", "2023-07-23", "hôm kia"],

  // weeks: Monday..Sunday
  ["nhiệm vụ nào hết hạn trong tuần tới ạ", "week", ...NEXT_WEEK, "trong tuần tới"],
  ["nhiem vu nao het han trong tuan toi a", "week", ...NEXT_WEEK, "trong tuan toi"],
  ["tuần này có việc gì hết hạn", "week", ...THIS_WEEK, "tuần này"],
  ["tuan nay co viec gi", "week", ...THIS_WEEK, "tuan nay"],
  ["trong tuần còn việc nào", "week", ...THIS_WEEK, "trong tuần"],
  ["VIỆC TRONG TUẦN NÀY", "week", ...THIS_WEEK, "TRONG TUẦN NÀY"],
  ["việc tuần sau phải xong", "week", ...NEXT_WEEK, "tuần sau"],
  ["viec tuan sau phai xong", "week", ...NEXT_WEEK, "tuan sau"],
  ["tuần sau nữa có gì", "week", "2023-08-07", "2023-08-13", "tuần sau nữa"],
  ["tuan sau nua co gi", "week", "2023-08-07", "2023-08-13", "tuan sau nua"],
  ["tuần trước hoàn thành mấy việc", "week", ...LAST_WEEK, "tuần trước"],
  ["tuan roi xong may viec", "week", ...LAST_WEEK, "tuan roi"],
  ["tuần qua làm được gì", "week", ...LAST_WEEK, "tuần qua"],
  ["tasks due this week", "week", ...THIS_WEEK, "this week"],
  ["tasks due next week", "week", ...NEXT_WEEK, "next week"],
  ["TASKS DONE LAST WEEK", "week", ...LAST_WEEK, "LAST WEEK"],
  ["tuần sắp tới có hạn gì", "week", ...NEXT_WEEK, "tuần sắp tới"],
  ["cuối tuần này có hạn gì", "week", "2023-07-29", "2023-07-30", "cuối tuần này"],
  ["cuoi tuan co viec gi", "week", "2023-07-29", "2023-07-30", "cuoi tuan"],
  ["cuối tuần sau có gì", "week", "2023-08-05", "2023-08-06", "cuối tuần sau"],
  ["thứ 2 tuần sau họp", "day", "2023-07-31", "2023-07-31", "thứ 2 tuần sau"],
  ["thu 6 tuan nay nop bao cao", "day", "2023-07-28", "2023-07-28", "thu 6 tuan nay"],
  ["chủ nhật tuần tới có việc gì", "day", "2023-08-06", "2023-08-06", "chủ nhật tuần tới"],
  ["T2 tuần sau có gì", "day", "2023-07-31", "2023-07-31", "T2 tuần sau"],

  // months
  ["việc đến hạn tháng 9", "month", ...SEPTEMBER, "tháng 9"],
  ["viec den han thang 9", "month", ...SEPTEMBER, "thang 9"],
  ["tháng này còn bao nhiêu việc", "month", ...JULY, "tháng này"],
  ["thang nay con bao nhieu viec", "month", ...JULY, "thang nay"],
  ["trong tháng còn việc nào", "month", ...JULY, "trong tháng"],
  ["tháng tới có hạn gì", "month", ...AUGUST, "tháng tới"],
  ["thang toi co han gi", "month", ...AUGUST, "thang toi"],
  ["tháng sau có việc gì", "month", ...AUGUST, "tháng sau"],
  ["thang sau co viec gi", "month", ...AUGUST, "thang sau"],
  ["tháng trước xong mấy việc", "month", "2023-06-01", "2023-06-30", "tháng trước"],
  ["thang truoc xong may viec", "month", "2023-06-01", "2023-06-30", "thang truoc"],
  ["due this month", "month", ...JULY, "this month"],
  ["due next month", "month", ...AUGUST, "next month"],
  ["done last month", "month", "2023-06-01", "2023-06-30", "last month"],
  ["trong tháng tới có gì", "month", ...AUGUST, "trong tháng tới"],
  ["hạn tháng tám", "month", ...AUGUST, "tháng tám"],
  ["han thang tam", "month", ...AUGUST, "thang tam"],
  ["việc tháng sáu", "month", "2023-06-01", "2023-06-30", "tháng sáu"],
  ["việc tháng giêng", "month", "2023-01-01", "2023-01-31", "tháng giêng"],
  ["viec thang chap", "month", "2023-12-01", "2023-12-31", "thang chap"],
  ["việc tháng mười hai", "month", "2023-12-01", "2023-12-31", "tháng mười hai"],
  ["viec thang muoi mot", "month", "2023-11-01", "2023-11-30", "thang muoi mot"],
  ["việc tháng mười", "month", "2023-10-01", "2023-10-31", "tháng mười"],
  ["việc tháng tư", "month", "2023-04-01", "2023-04-30", "tháng tư"],
  ["việc tháng năm", "month", "2023-05-01", "2023-05-31", "tháng năm"],
  ["hạn T8 có gì", "month", ...AUGUST, "T8"],
  ["viec t8 con gi", "month", ...AUGUST, "t8"],
  ["viec th8", "month", ...AUGUST, "th8"],
  ["việc thg 9", "month", ...SEPTEMBER, "thg 9"],
  ["việc tháng8 nhé", "month", ...AUGUST, "tháng8"],
  ["T10 có việc gì", "month", "2023-10-01", "2023-10-31", "T10"],
  ["việc tháng 8/2023", "month", ...AUGUST, "tháng 8/2023"],
  ["viec thang 08-2023", "month", ...AUGUST, "thang 08-2023"],
  ["số liệu 8/2023", "month", ...AUGUST, "8/2023"],
  ["thang 8 nam 2023 co gi", "month", ...AUGUST, "thang 8 nam 2023"],
  ["tháng 12 năm ngoái", "month", "2022-12-01", "2022-12-31", "tháng 12 năm ngoái"],
  ["thang 1 nam sau", "month", "2024-01-01", "2024-01-31", "thang 1 nam sau"],
  ["tháng 9 năm 2024 có gì", "month", "2024-09-01", "2024-09-30", "tháng 9 năm 2024"],
  ["báo cáo T7/2023", "month", ...JULY, "T7/2023"],
  ["tasks due in August", "month", ...AUGUST, "August"],
  ["DUE IN AUGUST", "month", ...AUGUST, "AUGUST"],
  ["due aug 2024", "month", "2024-08-01", "2024-08-31", "aug 2024"],

  // quarters
  ["việc quý 3", "quarter", ...Q3, "quý 3"],
  ["viec quy 3", "quarter", ...Q3, "quy 3"],
  ["kết quả quý III", "quarter", ...Q3, "quý III"],
  ["ket qua quy iii", "quarter", ...Q3, "quy iii"],
  ["tasks in Q3", "quarter", ...Q3, "Q3"],
  ["viec q4", "quarter", ...Q4, "q4"],
  ["quý này còn gì", "quarter", ...Q3, "quý này"],
  ["quý tới có gì", "quarter", ...Q4, "quý tới"],
  ["quy sau co gi", "quarter", ...Q4, "quy sau"],
  ["quý trước", "quarter", "2023-04-01", "2023-06-30", "quý trước"],
  ["việc quý 3/2023", "quarter", ...Q3, "quý 3/2023"],
  ["việc quý III năm 2023", "quarter", ...Q3, "quý III năm 2023"],
  ["VIỆC QUÝ 1 NĂM 2024", "quarter", "2024-01-01", "2024-03-31", "QUÝ 1 NĂM 2024"],
  ["due this quarter", "quarter", ...Q3, "this quarter"],
  ["due next quarter", "quarter", ...Q4, "next quarter"],
  ["trong quý còn việc nào", "quarter", ...Q3, "trong quý"],

  // halves and years
  ["6 tháng đầu năm xong mấy việc", "half", "2023-01-01", "2023-06-30", "6 tháng đầu năm"],
  ["sáu tháng đầu năm", "half", "2023-01-01", "2023-06-30", "sáu tháng đầu năm"],
  ["6 thang cuoi nam con gi", "half", "2023-07-01", "2023-12-31", "6 thang cuoi nam"],
  ["nửa đầu năm", "half", "2023-01-01", "2023-06-30", "nửa đầu năm"],
  ["nua cuoi nam", "half", "2023-07-01", "2023-12-31", "nua cuoi nam"],
  ["6 tháng đầu năm 2024", "half", "2024-01-01", "2024-06-30", "6 tháng đầu năm 2024"],
  ["sau thang dau nam", "half", "2023-01-01", "2023-06-30", "sau thang dau nam"],
  ["năm nay còn bao nhiêu việc", "year", ...Y2023, "năm nay"],
  ["nam nay con bao nhieu viec", "year", ...Y2023, "nam nay"],
  ["trong năm còn việc nào", "year", ...Y2023, "trong năm"],
  ["kế hoạch năm 2023", "year", ...Y2023, "năm 2023"],
  ["ke hoach nam 2024", "year", ...Y2024, "nam 2024"],
  ["năm sau có gì", "year", ...Y2024, "năm sau"],
  ["nam toi co gi", "year", ...Y2024, "nam toi"],
  ["năm ngoái xong mấy việc", "year", "2022-01-01", "2022-12-31", "năm ngoái"],
  ["nam truoc xong may viec", "year", "2022-01-01", "2022-12-31", "nam truoc"],
  ["due this year", "year", ...Y2023, "this year"],
  ["due next year", "year", ...Y2024, "next year"],

  // ends of months and years
  ["cuối năm còn việc gì", "year_end", T, "2023-12-31", "cuối năm"],
  ["đến cuối năm còn việc gì", "year_end", T, "2023-12-31", "đến cuối năm"],
  ["den cuoi nam con viec gi", "year_end", T, "2023-12-31", "den cuoi nam"],
  ["từ nay đến cuối năm", "year_end", T, "2023-12-31", "từ nay đến cuối năm"],
  ["ĐẾN HẾT NĂM", "year_end", T, "2023-12-31", "ĐẾN HẾT NĂM"],
  ["cuoi nam nay", "year_end", T, "2023-12-31", "cuoi nam nay"],
  ["cuối tháng có hạn gì", "month_end", T, "2023-07-31", "cuối tháng"],
  ["đến cuối tháng", "month_end", T, "2023-07-31", "đến cuối tháng"],
  ["den cuoi thang", "month_end", T, "2023-07-31", "den cuoi thang"],
  ["đến hết tháng này", "month_end", T, "2023-07-31", "đến hết tháng này"],
  ["due by end of month", "month_end", T, "2023-07-31", "by end of month"],
  ["cuối tháng 8", "before", ...UNTIL_31_8, "cuối tháng 8"],
  // After "hạn", the end of a month is when the deadline falls: its last ten days, not everything until then.
  ["các nhiệm vụ có hạn cuối tháng 11", "range", "2023-11-21", "2023-11-30", "cuối tháng 11"],
  ["nv co han cuoi thang 9", "range", "2023-09-21", "2023-09-30", "cuoi thang 9"],
  ["việc đến cuối tháng 8", "before", ...UNTIL_31_8, "đến cuối tháng 8"],
  ["den het thang 9", "before", T, "2023-09-30", "den het thang 9"],
  ["cuối quý", "before", T, "2023-09-30", "cuối quý"],

  // dates
  ["việc hạn 31/8", "day", "2023-08-31", "2023-08-31", "31/8"],
  ["viec han 31/08", "day", "2023-08-31", "2023-08-31", "31/08"],
  ["hạn 31-8", "day", "2023-08-31", "2023-08-31", "31-8"],
  ["han 31.8", "day", "2023-08-31", "2023-08-31", "31.8"],
  ["việc 31/8/2023", "day", "2023-08-31", "2023-08-31", "31/8/2023"],
  ["viec 31/8/23", "day", "2023-08-31", "2023-08-31", "31/8/23"],
  ["việc ngày 31/8 thế nào", "day", "2023-08-31", "2023-08-31", "ngày 31/8"],
  ["viec ngay 31 thang 8", "day", "2023-08-31", "2023-08-31", "ngay 31 thang 8"],
  ["việc 31 tháng 8 năm 2023", "day", "2023-08-31", "2023-08-31", "31 tháng 8 năm 2023"],
  ["việc 31/8 xong chưa", "day", "2023-08-31", "2023-08-31", "31/8"],
  ["hạn 8/10", "day", "2023-10-08", "2023-10-08", "8/10"],
  ["deadline 8/10", "day", "2023-10-08", "2023-10-08", "8/10"],
  ["ngay 8/10 co gi", "day", "2023-10-08", "2023-10-08", "ngay 8/10"],
  ["việc nào đến hạn, ví dụ 5/9", "day", "2023-09-05", "2023-09-05", "5/9"],
  ["what is due on 8/10", "day", "2023-10-08", "2023-10-08", "8/10"],
  ["han 29/2", "day", "2024-02-29", "2024-02-29", "29/2", JAN],

  // before: today..the date, the date included
  ["việc trước 31/8", "before", ...UNTIL_31_8, "trước 31/8"],
  ["viec truoc ngay 31/8", "before", ...UNTIL_31_8, "truoc ngay 31/8"],
  ["nhiệm vụ hạn trước 31/8", "before", ...UNTIL_31_8, "trước 31/8"],
  ["việc đến 31/8", "before", ...UNTIL_31_8, "đến 31/8"],
  ["cho tôi 31/8", "day", "2023-08-31", "2023-08-31", "31/8"],
  ["viec toi 31/8", "before", ...UNTIL_31_8, "toi 31/8"],
  ["den het 31/8", "before", ...UNTIL_31_8, "den het 31/8"],
  ["chậm nhất 31/8", "before", ...UNTIL_31_8, "chậm nhất 31/8"],
  ["cham nhat la ngay 31/8", "before", ...UNTIL_31_8, "cham nhat la ngay 31/8"],
  ["tasks before 31/8", "before", ...UNTIL_31_8, "before 31/8"],
  ["TASKS DUE BY 31/8", "before", ...UNTIL_31_8, "BY 31/8"],
  ["trước tháng 9", "before", ...UNTIL_31_8, "trước tháng 9"],
  ["truoc quy 4", "before", T, "2023-09-30", "truoc quy 4"],
  ["đến tháng 9", "before", T, "2023-09-30", "đến tháng 9"],
  ["until 15/9", "before", T, "2023-09-15", "until 15/9"],
  ["trước 1/7", "before", T, "2023-07-01", "trước 1/7"],

  // after: the next day..the end of that year
  ["việc sau 31/8", "after", "2023-09-01", "2023-12-31", "sau 31/8"],
  ["viec sau ngay 31/8", "after", "2023-09-01", "2023-12-31", "sau ngay 31/8"],
  ["after 31/8", "after", "2023-09-01", "2023-12-31", "after 31/8"],
  ["sau tháng 9", "after", "2023-10-01", "2023-12-31", "sau tháng 9"],
  ["sau quy 3", "after", "2023-10-01", "2023-12-31", "sau quy 3"],
  ["sau 31/12", "after", "2024-01-01", "2024-12-31", "sau 31/12"],

  // ranges
  ["việc từ 1/8 đến 15/9", "range", ...AUG1_SEP15, "từ 1/8 đến 15/9"],
  ["viec tu 1/8 den 15/9", "range", ...AUG1_SEP15, "tu 1/8 den 15/9"],
  ["việc 1/8 - 15/9", "range", ...AUG1_SEP15, "1/8 - 15/9"],
  ["viec 1/8–15/9", "range", ...AUG1_SEP15, "1/8–15/9"],
  ["từ 1/8 tới 15/9", "range", ...AUG1_SEP15, "từ 1/8 tới 15/9"],
  ["giữa 1/8 và 15/9", "range", ...AUG1_SEP15, "giữa 1/8 và 15/9"],
  ["giua 1/8 va 15/9", "range", ...AUG1_SEP15, "giua 1/8 va 15/9"],
  ["từ tháng 8 đến tháng 9", "range", "2023-08-01", "2023-09-30", "từ tháng 8 đến tháng 9"],
  ["viec thang 8-9", "range", "2023-08-01", "2023-09-30", "thang 8-9"],
  ["việc tháng 8, 9", "range", "2023-08-01", "2023-09-30", "tháng 8, 9"],
  ["việc tháng 8 và 9", "range", "2023-08-01", "2023-09-30", "tháng 8 và 9"],
  ["viec thang 8 va thang 9", "range", "2023-08-01", "2023-09-30", "thang 8 va thang 9"],
  ["due from 1/8 to 15/9", "range", ...AUG1_SEP15, "from 1/8 to 15/9"],
  ["TỪ NGÀY 1/8 ĐẾN NGÀY 15/9", "range", ...AUG1_SEP15, "TỪ NGÀY 1/8 ĐẾN NGÀY 15/9"],
  ["từ hôm nay đến 31/8", "range", ...UNTIL_31_8, "từ hôm nay đến 31/8"],
  ["tu 1/8/2023 den 15/9/2023", "range", ...AUG1_SEP15, "tu 1/8/2023 den 15/9/2023"],
  ["tu 1/12 den 15/1", "range", "2023-12-01", "2024-01-15", "tu 1/12 den 15/1", DEC],
  ["từ tháng 11 đến tháng 2", "range", "2023-11-01", "2024-02-29", "từ tháng 11 đến tháng 2", DEC],

  // the next N days: today..today+N
  ["việc trong 10 ngày tới", "next_days", T, "2023-08-04", "trong 10 ngày tới"],
  ["viec 10 ngay toi", "next_days", T, "2023-08-04", "10 ngay toi"],
  ["trong vòng 10 ngày", "next_days", T, "2023-08-04", "trong vòng 10 ngày"],
  ["10 ngày nữa hết hạn gì", "next_days", T, "2023-08-04", "10 ngày nữa"],
  ["con 3 ngay", "next_days", T, "2023-07-28", "con 3 ngay"],
  ["trong 2 tuần tới", "next_days", T, "2023-08-08", "trong 2 tuần tới"],
  ["viec 2 tuan toi", "next_days", T, "2023-08-08", "2 tuan toi"],
  ["due in the next 10 days", "next_days", T, "2023-08-04", "in the next 10 days"],
  ["due within 10 days", "next_days", T, "2023-08-04", "within 10 days"],
  ["TRONG HAI TUẦN TỚI", "next_days", T, "2023-08-08", "TRONG HAI TUẦN TỚI"],
  ["ba ngay toi co gi", "next_days", T, "2023-07-28", "ba ngay toi"],
  ["trong 3 tháng tới", "next_days", T, "2023-10-25", "trong 3 tháng tới"],
  ["next 2 months", "next_days", T, "2023-09-25", "next 2 months"],
  ["trong 6 tháng đầu năm", "half", "2023-01-01", "2023-06-30", "trong 6 tháng đầu năm"],

  // more of the same, typed without diacritics as on many phones
  ["viec het han truoc thang 9", "before", ...UNTIL_31_8, "truoc thang 9"],
  ["HAN TRUOC 31/8", "before", ...UNTIL_31_8, "TRUOC 31/8"],
  ["viec den cuoi thang 8", "before", ...UNTIL_31_8, "den cuoi thang 8"],
  ["viec sau 15/9", "after", "2023-09-16", "2023-12-31", "sau 15/9"],
  ["TU 1/8 DEN 15/9", "range", ...AUG1_SEP15, "TU 1/8 DEN 15/9"],
  ["tu thang 8 den thang 9", "range", "2023-08-01", "2023-09-30", "tu thang 8 den thang 9"],
  ["viec thang 8 va 9", "range", "2023-08-01", "2023-09-30", "thang 8 va 9"],
  ["giua thang 8 va thang 9", "range", "2023-08-01", "2023-09-30", "giua thang 8 va thang 9"],
  ["trong vong 10 ngay", "next_days", T, "2023-08-04", "trong vong 10 ngay"],
  ["10 ngay nua het han gi", "next_days", T, "2023-08-04", "10 ngay nua"],
  ["con 3 ngay nua", "next_days", T, "2023-07-28", "con 3 ngay nua"],
  ["chu nhat tuan sau co gi", "day", "2023-08-06", "2023-08-06", "chu nhat tuan sau"],
  ["t7 tuan nay hop", "day", "2023-07-29", "2023-07-29", "t7 tuan nay"],
  ["viec quy III nam 2023", "quarter", ...Q3, "quy III nam 2023"],
  ["quy nay con bao nhieu viec", "quarter", ...Q3, "quy nay"],
  ["nua dau nam 2024", "half", "2024-01-01", "2024-06-30", "nua dau nam 2024"],
  ["ngay 31 thang 8 nam 2023", "day", "2023-08-31", "2023-08-31", "ngay 31 thang 8 nam 2023"],
  ["thang 12 nam ngoai", "month", "2022-12-01", "2022-12-31", "thang 12 nam ngoai"],
  ["tu nay den cuoi nam", "year_end", T, "2023-12-31", "tu nay den cuoi nam"],
  ["THANG 9 CO VIEC GI", "month", ...SEPTEMBER, "THANG 9"],
  ["mai hop gi", "day", "2023-07-26", "2023-07-26", "mai"],
  ["viec den han ngay 8/10", "day", "2023-10-08", "2023-10-08", "ngay 8/10"],
  ["han cuoi thang", "month_end", T, "2023-07-31", "cuoi thang"],
  ["trong thang toi", "month", ...AUGUST, "trong thang toi"],
  ["viec thang sau nua", "month", "2023-09-01", "2023-09-30", "thang sau nua"],

  // the turn of the year
  ["tuần tới", "week", "2024-01-01", "2024-01-07", "tuần tới", DEC],
  ["tuan nay", "week", "2023-12-25", "2023-12-31", "tuan nay", DEC],
  ["tháng tới", "month", "2024-01-01", "2024-01-31", "tháng tới", DEC],
  ["nam sau", "year", ...Y2024, "nam sau", DEC],
  ["quý tới", "quarter", "2024-01-01", "2024-03-31", "quý tới", DEC],
  ["10 ngay toi", "next_days", DEC, "2024-01-07", "10 ngay toi", DEC],
  ["ngày mai", "day", "2023-12-29", "2023-12-29", "ngày mai", DEC],
  ["cuoi thang", "month_end", DEC, "2023-12-31", "cuoi thang", DEC],
  ["cuối năm", "year_end", DEC, "2023-12-31", "cuối năm", DEC],
  ["tuần trước", "week", "2023-12-25", "2023-12-31", "tuần trước", JAN],
  ["tuan nay", "week", "2024-01-01", "2024-01-07", "tuan nay", JAN],
  ["thang truoc", "month", "2023-12-01", "2023-12-31", "thang truoc", JAN],
  ["năm ngoái", "year", ...Y2023, "năm ngoái", JAN],
  ["quy truoc", "quarter", ...Q4, "quy truoc", JAN],
  ["hôm qua", "day", "2024-01-01", "2024-01-01", "hôm qua", JAN],
  ["hom kia", "day", "2023-12-31", "2023-12-31", "hom kia", JAN],
];

const nothing: Array<[string, string]> = [
  none("đạt 70%"),
  none("tỷ lệ 64"),
  none("3.048 hồ sơ"),
  none("447.246 tài khoản định danh"),
  none("xếp hạng 28/63"),
  none("14/43 xã hoàn thành"),
  none("đạt 8/10 chỉ tiêu"),
  none("8/10 nhiem vu da xong"),
  none("CCHC23-07 xong chưa"),
  none("CCHC23-40"),
  none("giai đoạn 2022-2025"),
  none("Nghị định 107/2021/NĐ-CP"),
  none("Nghị định 07/2021/NĐ-CP"),
  none("Đề án 06"),
  none("phiên bản v2.1"),
  none("doanh thu 31.8 tỷ"),
  none("ngày 31/6"),
  none("han 30/2"),
  none("hạn 29/2"),
  none("t7 họp giao ban"),
  none("T3 có việc gì"),
  none("cn nghỉ"),
  none("đứng thứ 2 toàn tỉnh"),
  none("mã T8A"),
  none("quỹ này còn bao nhiêu"),
  none("một việc còn lại"),
  none("chị Mai phụ trách việc gì"),
  none("mãi chưa xong"),
  none("cảm ơn em"),
  none("danh sách nhiệm vụ"),
  none("dat 70%"),
  none("xep hang 28/63"),
  none("nghi dinh 107/2021/ND-CP"),
  none("de an 06"),
  none("giai doan 2022-2025"),
  none("8/10 nhiem vu"),
  none("ngay 31/6"),
  none("thang 13"),
];

describe("findTimeExpressions", () => {
  it("has a table big enough to mean something", () => {
    expect(rows.length + nothing.length).toBeGreaterThanOrEqual(170);
  });

  it.each(rows)("%s", (message, kind, from, to, text, today = T) => {
    const found = findTimeExpressions(message, today);
    expect(found.map((e) => ({ kind: e.kind, window: e.window, text: e.text }))).toEqual([{ kind, window: { from, to }, text }]);
    expect(message.slice(found[0]!.start, found[0]!.end)).toBe(text);
  });

  it.each(nothing)("finds nothing in %s", (message, today) => {
    expect(findTimeExpressions(message, today)).toEqual([]);
  });

  it("finds several expressions left to right, without overlap", () => {
    const message = "Việc hết hạn tuần này và tháng sau, hạn trước 31/8";
    const found = findTimeExpressions(message, T);
    expect(found.map((e) => [e.kind, e.text])).toEqual([["week", "tuần này"], ["month", "tháng sau"], ["before", "trước 31/8"]]);
    for (const e of found) expect(message.slice(e.start, e.end)).toBe(e.text);
  });

  it("joins two months with 'và' only when they are neighbours", () => {
    const found = findTimeExpressions("viec thang 8 va thang 10 khac nhau", T);
    expect(found.map((e) => [e.kind, e.text, e.window.from])).toEqual([
      ["month", "thang 8", "2023-08-01"],
      ["month", "thang 10", "2023-10-01"],
    ]);
  });

  it("reports spans in the original string for decomposed input", () => {
    const message = "Nhiệm vụ nào hết hạn trong tuần tới ạ?".normalize("NFD");
    const [e] = findTimeExpressions(message, T);
    expect(e?.kind).toBe("week");
    expect(e?.text).toBe("trong tuần tới".normalize("NFD"));
    expect(message.slice(e!.start, e!.end)).toBe(e!.text);
    expect(message.slice(0, e!.start).normalize("NFC")).toBe("Nhiệm vụ nào hết hạn ");
  });

  it("gives the caller what to blank out", () => {
    const message = "Đến cuối năm còn việc gì, nhất là quý IV?";
    const found = findTimeExpressions(message, T);
    let blanked = message;
    for (const e of [...found].reverse()) blanked = blanked.slice(0, e.start) + blanked.slice(e.end);
    expect(blanked).toBe(" còn việc gì, nhất là ?");
    expect(found.map((e) => e.kind)).toEqual(["year_end", "quarter"]);
  });

  it("tells tháng sáu (June) from tháng sau (next month) by the accent", () => {
    expect(findTimeExpressions("tháng sáu", T)[0]?.window.from).toBe("2023-06-01");
    expect(findTimeExpressions("tháng sau", T)[0]?.window.from).toBe("2023-08-01");
    expect(findTimeExpressions("THÁNG SÁU", T)[0]?.window.from).toBe("2023-06-01");
  });
});
