import { isDoneListState, type TaskListState } from "../answer/tasks.js";
import type { Scope } from "../model.js";
import { addDays, type LocalDate } from "../local-date.js";
import { fold } from "../vi/index.js";
import type { ConversationContext } from "./context.js";
import type { CueName } from "./cues.js";
import type { UnderstandingIndex } from "./index-build.js";
import { isPrecise } from "./leftover.js";
import { setAsideBefore, type Reading } from "./reading.js";
import { MINE, withoutAskerUnit } from "./asker-unit.js";
import { directedAbout, namesTaskByTitle, titleWithFigureName } from "./task-title.js";
import type { TimeExpression } from "./time-expressions.js";
import { asTyped } from "./typed-words.js";
import type { TaskFilters, TimeFilter, Understanding } from "./types.js";
import { containsAny, foldPhrase, type FoldedText } from "./words.js";

const LISTING = ["nào", "những", "danh sách", "liệt kê", "which", "list", "show", "kể tên", "là gì", "gồm"].map(foldPhrase);
/** At most this many tasks just listed are each shown again when asked who or when of them. */
const FEW_SHOWN = 5;
/** "Sắp đến hạn" without a date: the coming week. */
const SOON_DAYS = 7;

/**
 * A question about tasks or the plan: the plan's progress, a count, a list, or the units ranked; filtered
 * by state, unit (named, or the asker's own), role (lead or cooperating), area, a due window, a programme
 * or words of the title. A fragment after a task answer changes only what it names.
 */
export function readTaskQuestion(read: Reading, index: UnderstandingIndex, context: ConversationContext | undefined, today: LocalDate): Understanding | undefined {
  let reading = read;
  const { cues } = reading;
  // "Việc đạt 100%", "tiến độ 100%": done.
  const fullProgress = / (?:dat|duoc|len|tien do|xong|hoan thanh) 100 (?:phan tram )?/.test(reading.whole.padded);
  const explicit = unitInProgress(taskState(cues, reading.allCues), reading) ?? (fullProgress ? "done" : undefined);
  const continuing = context && (context.intent === "task_list" || context.intent === "task_count" || context.intent === "plan_progress");
  // ("Theo kết luận … phải xong việc gì": what must be done by then is no count of the done.)
  const planAsked = cues.has("planProgress") || (cues.has("planMention") && (cues.has("countWords") || cues.has("percent") || cues.has("howIs") || (cues.has("done") && !cues.has("mustFinish")) || cues.has("allTasks") || reading.allCues.has("briefing") || cues.has("status")));
  const due = dueOf(reading, today, index, planAsked, explicit === "done" || explicit === "done_late" || explicit === "done_on_time");
  const mine = isMine(reading);
  const asksAboutOne = cues.has("who") || cues.has("when") || cues.has("why") || cues.has("notes") || cues.has("lead") || cues.has("cooperating") || cues.has("dueWord") || cues.has("evidence");
  const listing = containsAny(withoutHow(reading.whole), LISTING);
  // "Việc kiểm tra CCHC năm 2023 ai chủ trì": the plan's name and year, read as the plan elsewhere, are words of
  // the one title asked about when nothing else names the task.
  // "Việc nào có hạn sớm nhất" asks for the nearest deadline: "sớm nhất" is no word of a title ("kết luận phiên
  // họp BCĐ, việc nào có hạn sớm nhất": the plan's words are taken out later, and nothing else names a task).
  const nearestWords = (cues.has("dueWord") || cues.has("dueSoon")) ? NEAREST.exec(reading.whole.padded)?.[0].trim().split(" ") : undefined;
  if (nearestWords) reading = { ...reading, contentWords: reading.contentWords.filter((word) => !nearestWords.includes(word)) };
  const whoOrWhen = cues.has("who") || cues.has("when") || cues.has("dueWord");
  const planTitle = !namesTaskByTitle(reading, explicit !== undefined, mine) && whoOrWhen && !mine && !isCounting(cues) && !containsAny(withoutHow(reading.whole), LISTING) ? titleWithPlanWords(reading) : undefined;
  if (planTitle) reading = { ...reading, contentWords: planTitle };
  const titled = planTitle !== undefined || namesTaskByTitle(reading, explicit !== undefined, mine);

  // "Ai phối hợp?", "hạn khi nào?", "vì sao?" right after one task was shown: that task.
  const shownOne = context?.tasks?.length === 1 ? context.tasks[0] : undefined;
  const aboutThatOne =
    asksAboutOne || cues.has("detail") || cues.has("status") ||
    ((context?.intent === "task_detail" || (reading.whole.words.length <= 6 && !opensWithCon(reading))) &&
      (cues.has("planProgress") || cues.has("done") || cues.has("percent") || (context?.intent === "task_detail" && (cues.has("overdue") || cues.has("doneLate")))));
  if (shownOne && !cues.has("taskWords") && reading.namedUnits.length === 0 && !due && reading.titleWords.length < 2 && aboutThatOne) {
    return { intent: "task_detail", code: shownOne };
  }
  // "Hạn khi nào?", "ai phối hợp?" right after a few tasks were listed ("việc về VNeID ai chủ trì"): each of them.
  const shownFew = context?.tasks && context.tasks.length >= 2 && context.tasks.length <= FEW_SHOWN ? context.tasks : undefined;
  // ("Cái nào quá hạn?", "còn phối hợp?" narrow the list or ask it again of another role: no such question.)
  const askedOfEach = (cues.has("who") || cues.has("when")) && explicit === undefined && !/ (?:cai|viec|nv|nhiem vu|cong viec) nao | nhung | danh sach | liet ke /.test(reading.whole.padded) && !opensWithCon(reading);
  if (shownFew && !cues.has("taskWords") && reading.namedUnits.length === 0 && !due && reading.titleWords.length < 2 && askedOfEach && reading.whole.words.length <= 6) {
    return { intent: "task_detail", code: shownFew[0]!, also: shownFew.slice(1) };
  }
  // After a task answer, a short message that names no unit, area or plan of its own continues it
  // ("xong mấy việc rồi", "trong đó việc nào quá hạn", "liệt kê ra đi").
  // "Trong đó", "cái nào" refine the list before; "còn Sở Tài chính?" asks the same of another unit.
  const refining =
    cues.has("refine") || reading.allCues.has("refine") || opensWithCon(reading) ||
    // "của VPUB?": a unit alone after a task answer asks the same of that unit.
    (reading.whole.words.length <= 6 && !cues.has("taskWords") && explicit === undefined && reading.namedUnits.length > 0);
  const follow =
    continuing && (refining || (reading.namedUnits.length === 0 && reading.areas.length === 0 && !mine)) && !reading.levels.includes("province") && !cues.has("allTasks") &&
    !cues.has("planMention") && !cues.has("programme") && !titled && reading.whole.words.length <= 10 &&
    // "Những nhiệm vụ nào đến hạn trong tháng 10?" after a unit's tasks: a whole question of its own (tasks, which
    // ones, when), not a narrowing of the list before.
    !(cues.has("taskWords") && listing && due !== undefined && !refining)
      ? context
      : undefined;
  // "Theo từng lĩnh vực", "mỗi lĩnh vực": area by area, which is itself the ranking's table.
  const perArea = /\b(?:tung|moi|theo|tat ca cac) (?:linh vuc|mang)\b|\bby area\b|\bper area\b/.test(reading.whole.padded);
  const areasNamed = perArea || /\blinh vuc nao\b|\bmang nao\b|\bnhom nao\b|\bnhung linh vuc\b|\bcac linh vuc\b|\bmay linh vuc\b/.test(reading.whole.padded);
  const asked =
    titled || areasNamed || cues.has("taskWords") || cues.has("programme") || explicit !== undefined || mine ||
    // "Mảng hiện đại hóa hành chính thế nào": an area's tasks, as the plan's areas are made of nothing else.
    (reading.areas.length > 0 && !reading.metric.key && cues.has("howIs")) ||
    (due !== undefined && (cues.has("dueWord") || cues.has("dueSoon") || cues.has("mustFinish") || continuing)) ||
    (reading.namedUnits.length > 0 && (cues.has("planProgress") || cues.has("lead") || cues.has("cooperating"))) ||
    // "Của cấp huyện thì sao" after the overdue tasks: those a level's units lead.
    (continuing && (reading.namedUnits.length > 0 || reading.areas.length > 0 || reading.levels.some((level) => level !== "province") || listing || cues.has("countWords") || cues.has("cooperating") || cues.has("lead") || cues.has("percent")));
  if (!asked && !planAsked) return undefined;

  // "Tình hình thực hiện Đề án 06", "tổng hợp số liệu Đề án 06": the programme's figures and tasks.
  if (cues.has("programme") && !cues.has("taskWords") && !titled && explicit === undefined && (!listing || reading.allCues.has("dataOf")) && !cues.has("countWords")) return { intent: "briefing", programme: "Đề án 06" };
  // "Lĩnh vực nào có nhiều nhiệm vụ quá hạn nhất", "đơn vị nào chủ trì nhiều việc nhất": groups ranked.
  const ranked = reading.allCues.has("slowest") || /\bnhat\b|\bmost\b/.test(reading.whole.padded);
  // What the groups are ranked by: overdue tasks ("chậm nhất"), tasks done ("hoàn thành nhiều nhất"), or all.
  const measure =
    reading.allCues.has("slowest") || explicit === "overdue" ? {} :
    explicit === "done" || cues.has("percent") ? { measure: "done" as const } :
    explicit === "open" ? { measure: "open" as const } :
    { measure: "total" as const };
  if (areasNamed && reading.areas.length === 0 && (ranked || listing || isCounting(cues) || perArea)) return { intent: "unit_ranking", by: "area", ...(ranked ? measure : { measure: "total" as const }) };
  // "Đơn vị nào chủ trì nhiều việc nhất", "có bao nhiêu đơn vị được giao chủ trì".
  // "Ngoài SNV ra, đơn vị nào…", "trừ Sở Nội vụ": the one unit named is set aside, not asked about.
  // "Sau SNV thì đơn vị nào…": the next after it, so it too is set aside.
  const setAside = reading.namedUnits.length === 1 && (setAsideBefore(reading.text, reading.namedUnits[0]!.start) !== null || /(?:^|\s)(?:sau|after)\s+$/iu.test(reading.text.slice(0, reading.namedUnits[0]!.start))) ? reading.namedUnits[0]!.id : undefined;
  const unitsAsked = reading.allCues.has("units") && (reading.namedUnits.length === 0 || setAside !== undefined) && !mine;
  const level = rankingLevel(reading);
  // "Mấy đơn vị có việc quá hạn": the units behind, counted in the ranking's header.
  const unitsBehind = explicit === "overdue" && / (?:may|bao nhieu|bn) (?:don vi|co quan|so|huyen|dia phuong) /.test(reading.whole.padded);
  if (unitsAsked && (ranked || (isCounting(cues) && cues.has("lead")) || unitsBehind)) {
    return { intent: "unit_ranking", ...(ranked || unitsBehind ? measure : { measure: "total" as const }), ...(setAside ? { except: setAside } : {}), ...(level ? { leadLevel: level } : {}) };
  }

  // Two questions in one ("chủ trì mấy việc, còn mấy việc chưa bắt đầu"): the breakdown answers both.
  // "…, tính cả mấy việc đã trễ hạn" widens the first question; it does not ask a second one.
  // "Chủ trì những việc nào, xong mấy việc rồi": which ones and how many, a second question too.
  // "Bao nhiêu việc xong trễ hạn, là những việc nào": "là …" names the same tasks, it asks no second question.
  // "Chủ trì mấy việc, có cái nào trễ hạn không": whether any is, a second question after the count of tasks.
  // ("Có việc nào hoàn thành chậm không, chậm mấy ngày": days are counted there, not tasks.)
  const anyAsked = / co (?:cai|viec|nhiem vu|nv) nao (?:\S+ ){1,3}(?:khong|ko|k|chua) /.test(reading.whole.padded) && / (?:bao nhieu|may|bn) (?:nhiem vu|viec|nv|cong viec) /.test(reading.whole.padded);
  // "Có mấy nv, cái nào đang trễ", "chủ trì nv nào, có cái nào trễ ko": after a comma, which of them are late is a
  // second question after the first's count or list (without the comma, "nv nào đang trễ" is one question).
  const [firstClause, ...restClauses] = fold(reading.text).split(",").map((clause) => ` ${clause.replace(/[^a-z0-9]+/g, " ").trim()} `);
  // ("Trong các việc hoàn thành trễ, việc nào trễ nhiều nhất": one question about those, the latest of them.)
  const lateAfterComma = restClauses.some((clause) => /^ (?:co )?(?:cai|viec|nhiem vu|nv) nao (?:(?:dang|da|bi|con) )?(?:tre|qua han|cham)/.test(clause) && !/ nhat /.test(clause)) &&
    !/^ trong /.test(firstClause!) && / (?:bao nhieu|may|bn) (?:nhiem vu|viec|nv|cong viec) | (?:nhiem vu|viec|nv|cong viec) nao /.test(firstClause!);
  // (The first clause's "nv nào" is a question of its own when it counts nothing.)
  const listedFirst = lateAfterComma && !/ (?:bao nhieu|may|bn) /.test(firstClause!) ? 1 : 0;
  const asksWhich = (/ (?<!(?:la|gom|gom co|cu the la) )(?:nhung|cac) (?:viec|nhiem vu|nv|cong viec) nao /.test(reading.whole.padded) || anyAsked || lateAfterComma ? 1 : 0) + listedFirst;
  const questions = asksWhich + (reading.whole.padded.replace(/ (?:tinh ca|ke ca|tinh luon|gom ca) .*$/, " ").match(QUANTITY_ASKED) ?? []).length;
  // "Đã trễ bao nhiêu ngày": days are counted, not tasks; the list says each one's.
  const countsDays = / (?:bao nhieu|may|bn) ngay /.test(reading.whole.padded) && !/ (?:bao nhieu|may|bn) (?:nhiem vu|viec|nv|cong viec) /.test(reading.whole.padded);
  const counting = (cues.has("countWords") && !countsDays) || cues.has("allTasks") || cues.has("percent");
  const named = reading.namedUnits.length > 0 || mine || reading.areas.length > 0 || reading.levels.some((l) => l !== "province") || due !== undefined || cues.has("programme") || titled || follow?.unit !== undefined || follow?.area !== undefined;
  // "Tỷ lệ?" after the plan's progress or a count of the plan's done tasks: the plan's rate.
  if (follow && cues.has("percent") && !follow.unit && !follow.area && explicit === undefined) return { intent: "plan_progress", ...latestPlan(index) };
  // "Tiến độ kế hoạch", "% hoàn thành", "đã xong mấy việc", "tổng số nhiệm vụ": the plan as a whole.
  // "Xong, đang làm, quá hạn, chưa làm mỗi loại bao nhiêu": every state at once is the breakdown.
  const statesNamed = (["done", "inProgress", "overdue", "notStarted", "blocked"] as const).filter((name) => cues.has(name)).length;
  // …and the plan with two of them ("kế hoạch: số đã hoàn thành và đang triển khai trong hạn").
  const everyState = statesNamed >= 3 || (statesNamed >= 2 && cues.has("planMention")) || /\b(moi loai|tung loai|tung trang thai|moi trang thai)\b/.test(reading.whole.padded);
  // "Kế hoạch CCHC do đơn vị nào theo dõi", "là của cơ quan nào ban hành": the plan's secretariat and source.
  // ("Ai theo dõi, đôn đốc việc thực hiện kết luận": "việc thực hiện" is the carrying out, no task.)
  const carryingOutOnly = / viec (?:thuc hien|trien khai|to chuc thuc hien) / .test(reading.whole.padded) && !/ (?:nhiem vu|nv|cong viec|dau viec|viec (?:gi|nao)) /.test(reading.whole.padded);
  const planOwnerAsked = cues.has("planMention") && (!cues.has("taskWords") || carryingOutOnly) && /\b(?:don vi|co quan|ai|so nao|ben nao)\b(?: \S+){0,3} (?:theo doi|tham muu|ban hanh|thuong truc|phu trach|dau moi|don doc)\b/.test(reading.whole.padded);
  if (planOwnerAsked && !named) return { intent: "plan_progress", ...latestPlan(index) };
  // "KH CCHC tình hình ra sao, bao nhiêu việc trễ hạn": the plan's progress, which gives that count too.
  const planWithState = cues.has("planMention") && (cues.has("howIs") || cues.has("planProgress")) && counting && (explicit === "overdue" || explicit === "in_progress_on_time" || explicit === "not_started");
  if (!named && !listing && (explicit === undefined || explicit === "done" || questions >= 2 || everyState || planWithState) && (planAsked || (counting && (explicit === "done" || cues.has("allTasks") || questions >= 2)))) {
    return { intent: "plan_progress", ...latestPlan(index) };
  }

  const tied = reading.namedUnits.filter((u) => u.start === reading.namedUnits[0]!.start && u.end === reading.namedUnits[0]!.end);
  if (tied.length > 1) {
    return { intent: "unknown", reason: "ambiguous_unit", name: reading.text.slice(tied[0]!.start, tied[0]!.end), options: tied.map((u) => u.id) };
  }
  if (reading.namedUnits.length === 0 && !mine) {
    const stranger = unknownUnitName(reading.text, reading.whole);
    if (stranger) return { intent: "unknown", reason: "unknown_unit", name: stranger };
  }
  const planYears = new Set(index.plans.map((p) => String(p.year)));
  // "Từ 60% trở lên" is kept as above 59: both numbers are the progress asked, not a figure left over.
  const progressNumbers = new Set(Object.values(progressOf(reading)).filter((v): v is number => typeof v === "number").flatMap((v) => [String(v), String(v + 1)]));
  // "Quá hạn hơn 2 tuần": how late, not a figure left over.
  const lateBy = lateMoreThan(reading);
  if (lateBy) progressNumbers.add(lateBy.typed);
  // "Trong 14 nhiệm vụ đã hoàn thành…": a count quoted before a task noun refines, it names nothing new.
  const quotedCounts = new Set([...reading.whole.padded.matchAll(/ (\d{1,4}) (?:nhiem vu|nv|viec|cong viec|cai) /g)].map((m) => m[1]!));
  const precise = reading.leftover.filter((w) => isPrecise(w) && !planYears.has(w) && !progressNumbers.has(w) && !quotedCounts.has(w) && !(fullProgress && w === "100"));
  if (precise.length > 0 && !titled) return { intent: "unknown", reason: "leftover", leftover: asTyped(reading.text, precise) };

  // "Sở Tư pháp chủ trì những việc nào", "liệt kê nhiệm vụ cải cách chế độ công vụ", "Đề án 06 có các
  // nhiệm vụ nào" ask for all of them; "còn việc gì", "Sở Y tế có việc gì" for those not done.
  const stillOpen = /\b(con|chua|do dang|ton)\b/.test(reading.whole.padded.replace(/^ (?:the |vay )?con /, " "));
  // ("Chủ tịch chỉ đạo gì": all that was directed, done or not.)
  const wholeGroup = reading.areas.length > 0 || reading.namedUnits.length > 0 || mine || cues.has("programme") || cues.has("lead") || cues.has("cooperating") || planAsked || directedAbout(reading);
  // What falls due in a window is what is still to do.
  // What falls due in a window is what is still to do; how many fell due in it is all of them.
  // What fell due in a window now past ("tháng 4 vừa rồi") is asked of all of them, done or not.
  const defaultState: TaskListState = stillOpen ? "open" : due !== undefined ? (counting && !listing) || due.to < today ? "all" : "open" : (counting && !listing) || wholeGroup ? "all" : "open";
  // A task named by its title is found whatever its state ("… xong chưa" asks, it does not filter).
  // "Xong hết việc hạn tháng 6 chưa": the answer is the ones not yet done.
  const allDoneYet = explicit === "done" && /\b(het|tat ca)\b/.test(reading.whole.padded) && /\bchua\b/.test(reading.whole.padded);
  // "Cái nào trễ nhiều nhất" after the tasks done late: of those, whatever "trễ" says.
  const lateAsked = / (?:tre|cham|muon|qua han)(?: han)? (?:lau |nhieu |the )?nhat /.test(reading.whole.padded);
  const keepLate = lateAsked && explicit === "overdue" && follow !== undefined && isLate(follow.taskState);
  // "Trong đó của Sở Nội vụ bao nhiêu?" after the tasks not started: how many of those, not of all tasks.
  const narrowing = cues.has("refine") || reading.allCues.has("refine");
  const stateOf = (byTitle: boolean): TaskListState =>
    keepLate ? follow!.taskState! : allDoneYet ? "open" : questions >= 2 || (byTitle && (explicit === undefined || explicit === "done" || explicit === "open")) ? "all" : explicit ?? (follow && (!counting || narrowing) ? follow.taskState ?? defaultState : defaultState);
  const state = stateOf(titled);
  // "Việc nào đang trễ hạn, đạt bao nhiêu % rồi": how far each of them has got, not their share of the plan.
  const progressOfWhich = / (?:viec|nhiem vu|nv|cai|cong viec) nao /.test(reading.whole.padded) && / (?:dat|duoc|lam duoc) (?:bao nhieu|may|bn) phan tram /.test(reading.whole.padded);
  const share = cues.has("percent") && explicit !== undefined && explicit !== "done" && !progressOfWhich;
  // "Việc nào trễ lâu nhất", "cái nào trễ nhiều nhất" (after the tasks done late): the latest first.
  const lateOrder = lateAsked && isLate(state);
  const units = unitOf(reading, mine, follow);
  // "Tính cả chủ trì và phối hợp", "liên quan đến Tam Kỳ": the unit in either role.
  const eitherRole = (reading.allCues.has("lead") && reading.allCues.has("cooperating") && /\b(?:chu tri (?:va|hoac|lan|voi) phoi hop|phoi hop (?:va|hoac|lan) chu tri)\b/.test(reading.whole.padded)) ||
    (cues.has("topic") && !cues.has("lead") && !cues.has("cooperating") && reading.namedUnits.length > 0 && reading.contentWords.length === 0);
  const role = eitherRole ? "either" as const : units.role === "lead" ? undefined : units.role === "cooperating" ? "cooperating" as const : cues.has("cooperating") ? "cooperating" as const : mine && MY_TASKS.test(reading.whole.padded) && !cues.has("lead") ? "either" as const : cues.has("lead") ? undefined : follow?.role;
  // "Việc nào có hạn gần nhất", "sắp đến hạn sớm nhất": the next deadline still ahead, whatever window.
  // "Việc nào gấp nhất", "cần làm gấp": the same, urgency being the deadline that comes next.
  const nearest = (((cues.has("dueWord") || cues.has("dueSoon") || reading.allCues.has("dueWord")) && NEAREST.test(reading.whole.padded)) || cues.has("urgent") || reading.allCues.has("urgent")) && (!titled || nearestWords !== undefined);
  const titleWordsAsked = mine ? withoutAskerUnit(reading.contentWords) : reading.contentWords;
  const titleByFigure = titled ? titleWithFigureName(reading, index, titleWordsAsked) : undefined;
  const filters: TaskFilters = {
    state: nearest && (state === "open" || state === "all") ? "open_on_time" : state,
    ...withoutRole(units),
    ...(role ? { role } : {}),
    ...areaOf(reading, follow),
    // "Nhiệm vụ quá hạn do cấp huyện chủ trì": the units of that level.
    // ("… việc nào quá hạn, sở nào chủ trì": "sở nào" asks who leads them; it does not keep the departments' only.)
    ...(reading.namedUnits.length === 0 && !mine && !titled && !follow?.unit && reading.levels.some((l) => l !== "province") && !WHICH_LEADS.test(reading.whole.padded) ? { leadLevel: reading.levels.find((l) => l !== "province") as Exclude<Scope, "unit" | "province"> } : {}),
    ...(nearest ? { nearestOnly: true } : {}),
    // One task asked for ("việc nào … nhất", not "những việc nào"): the first of the order, with its ties.
    ...((lateOrder || progressOf(reading).order) && / nhat /.test(reading.whole.padded) && /(?<!nhung |cac )(?:viec|nv|nhiem vu|cong viec|cai) nao /.test(reading.whole.padded) ? { firstOnly: true } : {}),
    ...(((due && !(titled && !cues.has("dueWord"))) || follow?.due) && !(nearest && due?.text === "") ? { due: (due ?? follow?.due)!, ...(isDoneListState(state) && due && !cues.has("dueWord") ? { completedIn: true } : {}) } : {}),
    ...(cues.has("programme") || follow?.programme ? { programme: "Đề án 06" } : {}),
    ...(share ? { share: true } : {}),
    ...progressOf(reading),
    ...(lateBy ? { lateMoreThanDays: lateBy.days } : {}),
    ...(lateOrder ? { order: "late_desc" as const } : {}),
    // Ordered or filtered by progress, "đang thực hiện" means every task in hand, overdue ones too.
    // ("Còn trong hạn" keeps them within the deadline.)
    ...(state === "in_progress_on_time" && Object.keys(progressOf(reading)).length > 0 && !/\b(?:trong han|con han|dung han)\b/.test(reading.whole.padded) ? { state: "in_progress" as const } : {}),
    // "Việc phân cấp ủy quyền của VP mình": the asker's unit is no word of the title.
    // The state asked of the other filters, should no title hold the words ("… Sở Nội vụ chủ trì còn dang dở").
    ...(titled && stateOf(false) !== state ? { stateWithoutTitle: stateOf(false) } : {}),
    ...(titled && titleByFigure ? { titleByFigure } : {}),
    ...(titled ? { titleWords: titleWordsAsked, titleText: asTyped(reading.text, titleWordsAsked), ...(cues.has("taskWords") ? {} : { titleOnly: true }), ...(severalAsked(reading) ? { titleAll: true } : subjectAsked(reading) ? { titleAcross: true } : {}) } : {}),
  };
  const howFar = (planAsked || cues.has("howIs")) && named && !listing;
  // "Đơn vị tôi được giao mấy việc, hạn thế nào": each one's deadline, which the list gives under its count.
  const deadlinesAsked = !titled && / han (?:the nao|khi nao|bao gio|ra sao|ngay nao|la ngay nao|luc nao|la khi nao) /.test(reading.whole.padded);
  const countAsked = ((counting && !listing) || howFar || questions >= 2) && !deadlinesAsked;
  // Progress asked of a unit's or an area's tasks, with no word left that might name one task of them (a title
  // half understood must not be answered with its neighbour's progress).
  // ("Chủ trì những nhiệm vụ nào, tiến độ từng việc ra sao": the list, each line with its progress.)
  // ("Tiến độ nv kích hoạt tk định danh do CA tỉnh chủ trì được bn %": the tasks the title's words found, each
  // line naming its own task with its progress.)
  const eachProgress = ((countAsked || / (?:tung|moi) (?:viec|nhiem vu|nv|cai) /.test(reading.whole.padded)) && !titled && (cues.has("planProgress") || cues.has("percent")) && reading.leftover.every(isPrecise)) ||
    (titled && cues.has("planProgress") && (cues.has("percent") || reading.allCues.has("howMuch"))) || progressOfWhich;
  // "Ai chủ trì?", "hạn bao giờ?" of no task named, no unit, no state, nothing shown before: every task of the plan
  // is no answer to it.
  const nothingNamed = !titled && !follow && explicit === undefined && !named && !filters.partner && !filters.order && filters.progressBelow === undefined && filters.progressAbove === undefined && !listing;
  if (nothingNamed && (cues.has("who") || cues.has("when") || cues.has("lead") || cues.has("cooperating")) && !countAsked) return { intent: "unknown", reason: "vague" };
  return { intent: countAsked ? "task_count" : "task_list", ...filters, ...(eachProgress ? { eachProgress: true as const } : {}) };
}

/** The plan's name ("CCHC", "cải cách hành chính") and a year typed, as words of a title, with at least one word of its own. */
function titleWithPlanWords(reading: Reading): string[] | undefined {
  if (!reading.cues.has("taskWords") || reading.namedUnits.length > 0 || reading.areas.length > 0 || reading.levels.some((level) => level !== "province") || reading.contentWords.length === 0) return undefined;
  const planName = / (?:cchc|cai cach hanh chinh) /.test(reading.whole.padded) ? ["cchc"] : [];
  const years = reading.times.filter((time) => time.kind === "year").map((time) => time.window.from.slice(0, 4));
  if (reading.times.length !== years.length || planName.length + years.length === 0) return undefined;
  const words = [...reading.contentWords, ...planName, ...years];
  return words.length >= 3 ? words : undefined;
}

/** "Bao nhiêu", "mấy" asking a quantity; "bộ máy", "máy tính" folded hold "may" and ask none. */
const QUANTITY_ASKED = / (?<!bo )(?:bao nhieu|may(?! (?:tinh|chu|moc|in|quet|lanh) )|bn) /g;

/** "Sở nào chủ trì", "huyện nào phụ trách" after tasks asked for: who leads them, a question and no filter. */
const WHICH_LEADS = / (?:so|huyen|xa|don vi|co quan) nao (?:chu tri|phu trach|lam|dam nhan|thuc hien) /;

/** "Việc của tôi": a person's tasks, those the unit leads and those it cooperates on. */
// ("Việc tới hạn" folds to "viec toi han": "tới" before a word of time is no "tôi".)
const MY_TASKS = /\b(?:viec|nhiem vu|nv|cong viec)\s+(?:cua\s+)?(?:toi(?! (?:han|day|ngay|tuan|thang|quy|nam|ky|cuoi|dau))|em|minh|tui)\b|^ (?:ben |ma )?(?:em|toi|minh|tui|chung toi|chung em) (?:co|con|dang co|duoc giao|phai lam|dang|tham gia|phoi hop|chu tri)\b.*\b(?:viec|nhiem vu|nv)\b|\bmy tasks\b/;

/** "Sở nào chậm nhất", "các huyện … nhiều nhất": a ranking of the units of that level only. */
export function rankingLevel(reading: Reading): Exclude<Scope, "unit" | "province"> | undefined {
  const typed = reading.text.toLowerCase();
  if (/(?:^|\s)sở nào(?:\s|$|\?)/u.test(typed) || reading.levels.includes("department_level")) return "department_level";
  if (/(?:^|\s)(?:huyện nào|huyen nao)(?:\s|$|\?)/u.test(typed) || reading.levels.includes("district_level")) return "district_level";
  return undefined;
}

/** "Những nhiệm vụ…", "các việc…", "liệt kê…": more than one task may be meant. */
function severalAsked(reading: Reading): boolean {
  return /^ (?:\S+ ){0,3}(?:nhung|cac|liet ke|ds|danh sach)(?: nhiem vu| viec| nv| cong viec)\b|\bwhich tasks\b|\ball tasks\b/.test(reading.whole.padded);
}

/**
 * The tasks of a subject ("việc về VNeID", "nhiệm vụ liên quan đến hồ sơ trực tuyến", "phân cấp, ủy quyền có
 * những việc nào"): the best-matching task of every plan followed, not of the current plan only.
 */
function subjectAsked(reading: Reading): boolean {
  return / co (?:nhung|cac) (?:nhiem vu|viec|nv|cong viec) (?:nao|gi) |\b(?:viec|nhiem vu|nv|cong viec)(?: nao)? (?:ve|lien quan(?: den| toi)?) /.test(reading.whole.padded);
}

function withoutRole({ role: _role, ...units }: ReturnType<typeof unitOf>): Pick<TaskFilters, "unit" | "mine" | "alsoUnits" | "partner" | "exceptUnit"> {
  return units;
}

function isLate(state: TaskListState | undefined): boolean {
  return state === "done_late" || state === "overdue" || state === "overdue_in_progress" || state === "overdue_not_started";
}


function opensWithCon(reading: Reading): boolean {
  return /^ (?:the |vay )?con /.test(reading.whole.padded) || / thi sao $| the nao $| thi the nao $/.test(reading.whole.padded);
}

function isMine(reading: Reading): boolean {
  return MINE.test(reading.whole.padded) || MY_TASKS.test(reading.whole.padded) || reading.cues.has("mine");
}

/**
 * A unit's tasks "đang thực hiện" are all it has in hand, overdue ones included; the plan's "đang thực hiện"
 * keeps the report's meaning (within the deadline: 8 on 25/7/2023).
 */
function unitInProgress(state: TaskListState | undefined, reading: Reading): TaskListState | undefined {
  const withinDeadline = /\b(trong han|dung han|con han)\b/.test(reading.whole.padded);
  return state === "in_progress_on_time" && !withinDeadline ? "in_progress" : state;
}

/** "Tiến độ cao nhất / thấp nhất": ordered by progress; "tiến độ dưới 50%": filtered by it. */
function progressOf(reading: Reading): Pick<TaskFilters, "order" | "progressBelow" | "progressAbove"> {
  if (reading.allCues.has("nearlyDone")) return { order: "progress_desc" };
  // "Việc đang triển khai đạt trên 60%", "đang dưới 50%": a progress named by its threshold and a percent.
  // ("Huyện mình có việc nào dưới 30% không": the comparison said right before a percentage is enough.)
  const threshold = / (?:duoi|it hon|thap hon|chua toi|chua den|tren|hon|cao hon|vuot) \d{1,3} (?:phan tram )?/.test(reading.whole.padded) && /(?:dưới|duoi|trên|tren|hơn|hon|vượt|vuot|tới|toi|đến|den)\s+\d{1,3}\s*(?:%|phần trăm|phan tram)/iu.test(reading.text);
  if (!reading.cues.has("planProgress") && !threshold && !/\btien do\b|\bprogress\b/.test(reading.whole.padded)) return {};
  const below = /\b(?:duoi|it hon|thap hon|chua toi|chua den|below|under|less than)\s+(\d{1,3})\b/.exec(reading.whole.padded);
  if (below) return { progressBelow: Number(below[1]) };
  const above = /\b(?:tren|hon|cao hon|vuot|above|over|more than)\s+(\d{1,3})\b/.exec(reading.whole.padded);
  if (above) return { progressAbove: Number(above[1]) };
  // "Từ 70% trở lên": at least that much.
  const atLeast = /\b(?:tu\s+)?(\d{1,3})\s+(?:phan tram\s+)?(?:tro len|tro di|or more)\b/.exec(reading.whole.padded);
  if (atLeast) return { progressAbove: Number(atLeast[1]) - 1 };
  if (reading.allCues.has("highest") || reading.allCues.has("nearlyDone")) return { order: "progress_desc" };
  if (reading.allCues.has("lowest")) return { order: "progress_asc" };
  return {};
}

/** "Quá hạn hơn 2 tuần", "trễ trên 10 ngày", "chậm quá 1 tháng": late by more than so many calendar days. */
function lateMoreThan(reading: Reading): { days: number; typed: string } | undefined {
  const late = / (?:qua han|tre han|tre|cham|muon)(?: han)? (?:hon|tren|qua|vuot) (\d{1,3}) (ngay|tuan|thang) /.exec(reading.whole.padded);
  if (!late) return undefined;
  const days = Number(late[1]) * (late[2] === "tuan" ? 7 : late[2] === "thang" ? 30 : 1);
  return { days, typed: late[1]! };
}

function isCounting(cues: Set<CueName>): boolean {
  return cues.has("countWords") || cues.has("allTasks");
}

function unitOf(reading: Reading, mine: boolean, follow: ConversationContext | undefined): Pick<TaskFilters, "unit" | "mine" | "alsoUnits" | "partner" | "exceptUnit"> & { role?: "lead" | "cooperating" } {
  const named = [...new Map(reading.namedUnits.map((u) => [u.id, u])).values()].sort((a, b) => a.start - b.start);
  // "Trừ của VPUB", "ngoài Sở Nội vụ ra": that unit's tasks are left out, the others asked about.
  const excluded = named.find((u) => setAsideBefore(reading.text, u.start) !== null);
  if (excluded && named.length === 1) return mine ? { mine: true, exceptUnit: excluded.id } : { exceptUnit: excluded.id };
  // "… phối hợp với Công an tỉnh": the unit after "với" is the other side of the tasks, not their subject.
  // ("Tam Kỳ với Núi Thành có việc nào trễ": "với" right after a unit joins the two.)
  const withWord = (u: { start: number }) =>
    /(?:\bvới|\bvoi|\bwith)\s*$/iu.test(reading.text.slice(0, u.start)) && !named.some((other) => other !== u && /^\s*(?:với|voi)\s*$/iu.test(reading.text.slice(other.end, u.start)));
  // "Sở Nội vụ chủ trì, Công an tỉnh phối hợp": each unit in the role said right after it.
  const roleAfter = (u: { end: number }, role: RegExp) => role.test(fold(reading.text.slice(u.end)));
  const leading = named.find((u) => roleAfter(u, /^\s*(?:dang |se |da |duoc giao )?(?:chu tri|phu trach)\b/));
  const helping = named.find((u) => u !== leading && roleAfter(u, /^\s*(?:dang |se |da |cung )?(?:phoi hop|tham gia)\b/));
  if (leading && helping && named.length === 2) {
    const subject = named[0]!;
    return subject === leading ? { unit: leading.id, partner: helping.id, role: "lead" } : { unit: helping.id, partner: leading.id, role: "cooperating" };
  }
  const partner = named.find(withWord);
  const subjects = named.filter((u) => u !== partner);
  // "Việc phối hợp với Công an là việc gì": the asker's unit on the other side of them.
  // ("Ai phối hợp với Công an trong việc …" asks who the others are: no unit of the asker's.)
  const whoAsked = / (?:ai|don vi nao|so nao|co quan nao|ben nao|nhung ai) /.test(reading.whole.padded);
  if (partner && (mine || (subjects.length === 0 && !whoAsked))) return { mine: true, partner: partner.id };
  if (subjects[0]) {
    // "Tam Kỳ và Núi Thành", "Sở Tư pháp, Sở Tài chính": the units joined, their tasks counted together.
    const joined = subjects.slice(1).filter((u, i) => /^\s*(?:,|và|va|với|voi|vs|hoặc|hoac|cùng|cung|and|or|&)\s*$/iu.test(reading.text.slice(subjects[i]!.end, u.start)));
    return { unit: subjects[0].id, ...(joined.length > 0 ? { alsoUnits: joined.map((u) => u.id) } : {}), ...(partner ? { partner: partner.id } : {}) };
  }
  if (mine) return { mine: true };
  if (follow?.unit) return { unit: follow.unit };
  if (follow?.mine) return { mine: true };
  return {};
}

function areaOf(reading: Reading, follow: ConversationContext | undefined): Pick<TaskFilters, "area"> {
  const area = reading.areas[0]?.id ?? follow?.area;
  return area ? { area } : {};
}

function dueOf(reading: Reading, today: LocalDate, index: UnderstandingIndex, planAsked: boolean, doneAsked = false): TimeFilter | undefined {
  // "Kế hoạch CCHC năm 2023" names the plan's year, "tiến độ 6 tháng đầu năm" the report's half: not deadlines.
  const planYears = new Set(index.plans.map((p) => String(p.year)));
  // "Kế hoạch đến 25/7 ra sao" on 25/7: the day the answer is as of, not a deadline.
  // "Các việc quá hạn tính đến hôm nay": so is "tính đến" today, whatever is asked.
  const asOfToday = (t: TimeExpression) => t.window.to === today && ((planAsked && !reading.cues.has("dueWord") && /^(?:tính\s+|tinh\s+)?(?:đến|tới|den|toi)\s/iu.test(t.text)) || /^(?:tính|tinh)\s+(?:đến|tới|den|toi)\s/iu.test(t.text) || /(?:tính|tinh)\s+(?:(?:đến|tới|den|toi)\s+)?$/iu.test(reading.text.slice(0, t.start)));
  const time = reading.times.find((t) => !(t.kind === "year" && planYears.has(t.window.from.slice(0, 4))) && !(planAsked && t.kind === "half") && !asOfToday(t));
  // "Hoàn thành tính đến giữa năm": done by that day, since the start of its year.
  if (time && doneAsked && time.kind === "before" && !reading.cues.has("dueWord")) {
    const end = time.window.to;
    return { from: `${end.slice(0, 4)}-01-01`, to: end, text: time.text };
  }
  // "Có hạn đến 30/6" asked after 30/6: the deadlines up to that day (from the start of its year), not a
  // window from today that has already closed. "Từ nay đến 30/6" keeps its meaning.
  if (time && time.window.from > time.window.to && /^(?:đến|tới|den|toi|trước|truoc)\s/iu.test(time.text)) {
    return { from: `${time.window.to.slice(0, 4)}-01-01`, to: time.window.to, text: time.text };
  }
  // "Hạn cuối năm 31/12/2023": the day named inside a wider window is the deadline meant.
  const day = time ? reading.times.find((t) => t !== time && t.window.from === t.window.to && time.window.from <= t.window.from && t.window.to <= time.window.to && time.window.from !== time.window.to) : undefined;
  if (day) return { from: day.window.from, to: day.window.to, text: day.text };
  // "Tháng 10 và tháng 11": two windows that meet are one.
  const next = time ? reading.times.find((t) => t !== time && t.window.from === addDays(time.window.to, 1) && /^\s*(?:và|va|,|-|–|đến|den|tới|toi)?\s*$/iu.test(reading.text.slice(time.end, t.start))) : undefined;
  if (time && next) return { from: time.window.from, to: next.window.to, text: reading.text.slice(time.start, next.end) };
  if (time) return { from: time.window.from, to: time.window.to, text: time.text };
  if (reading.cues.has("dueSoon")) return { from: today, to: addDays(today, SOON_DAYS), text: "" };
  return undefined;
}

/** "thế nào" and "ra sao" ask how, not which: their "nào" does not ask for a list. */
function withoutHow(folded: FoldedText): FoldedText {
  return { words: folded.words, padded: folded.padded.replace(/ (the|ra) nao /g, " ") };
}

function taskState(cues: Set<CueName>, all: Set<CueName> = cues): TaskListState | undefined {
  // "Phải xong", "cần hoàn thành" speak of a deadline, not of tasks already done.
  const done = cues.has("done") && !cues.has("mustFinish") && !cues.has("notDone") && !cues.has("nearlyDone");
  // "Việc đang làm dở", "đang thực hiện chưa xong": started and not finished, within the deadline or not
  // (not the tasks not yet started).
  if (cues.has("notDone") && cues.has("inProgress") && !cues.has("overdue")) return "in_progress";
  // "Chưa quá hạn", "còn hạn": within the deadline, whatever "quá hạn" inside it says.
  if (cues.has("notOverdue")) return done ? "done_on_time" : cues.has("notStarted") ? "not_started_on_time" : cues.has("notDone") ? "open_on_time" : "in_progress_on_time";
  // "Đang thực hiện, tính cả việc đã quá hạn": every task in progress, within its deadline or not.
  if ((cues.has("inProgress") || all.has("inProgress")) && all.has("overdue") && all.has("including")) return "in_progress";
  // "Chưa làm xong" is not done; "chưa làm" alone, not started.
  if (cues.has("notDone") && cues.has("notStarted") && !cues.has("overdue")) return "open";
  if (cues.has("blocked")) return "blocked";
  if (cues.has("doneLate") || (done && cues.has("overdue"))) return "done_late";
  if (cues.has("overdue") && cues.has("notStarted")) return "overdue_not_started";
  if (cues.has("overdue") && cues.has("inProgress")) return "overdue_in_progress";
  if (cues.has("overdue")) return "overdue";
  // "Đang triển khai đúng hạn" is in progress; "hoàn thành đúng hạn" done on time.
  if (cues.has("inProgress")) return "in_progress_on_time";
  if (cues.has("doneOnTime")) return "done_on_time";
  // "Chưa triển khai" asked on its own: every task not started, within its deadline or not.
  if (cues.has("notStarted")) return "not_started";
  if (cues.has("notDone")) return "open";
  if (done) return "done";
  return undefined;
}

function latestPlan(index: UnderstandingIndex): { plan?: string } {
  return index.plans.length > 0 ? { plan: index.plans[index.plans.length - 1]!.code } : {};
}

// ("… cấp huyện hạn khi nào": a level before a word of the question names no unit.)
const UNIT_WORDS = /(?<!\bco |\bvan |\bchi )\b(so|ubnd|uy ban nhan dan|phong|ban|cong an|huyen|thi xa|thanh pho|tp|xa|phuong)\s+([a-z]+(?:\s+[a-z]+)?)/;
const NOT_A_NAME = /^(nganh|nao|gi|con|co|da|dang|chua|nay|do|cac|huyen|xa|tinh|cap|va|thi|voi|viec|nhiem|nv|ket|noi|minh|ta|chi|dao|thuong|truc|em|toi|luong|lieu|ho|tai|tien|may|bn|bao|phan|hoach|xong|hoan|la|ban|so|trong|an|ke|cai|hieu|trao|chong|ngay|tre|muon|chu|phoi|thanh pho|thi xa|hanh|danh|hoa|hoá|luot|han|khi|het|den|sap)\b/;

/** "Sở Du lịch còn việc gì": a unit-like name that matches no unit must not fall back to every task. */
function unknownUnitName(text: string, folded: FoldedText): string | undefined {
  const m = UNIT_WORDS.exec(folded.words.join(" "));
  if (!m || NOT_A_NAME.test(m[2]!)) return undefined;
  // "Số hóa hồ sơ" typed with its accents is no "Sở": folding alone cannot tell them apart.
  if (m[1] === "so" && /(?<![\p{L}])số(?![\p{L}])/iu.test(text) && !/(?<![\p{L}])sở(?![\p{L}])/iu.test(text)) return undefined;
  const typed = asTyped(text, m[0].split(" "));
  return typed.length > 0 ? typed : fold(m[0]);
}

/** The nearest deadline asked for ("hạn gần nhất", "sớm nhất"), folded. */
const NEAREST = / (?:gan nhat|som nhat|sap toi nhat|truoc nhat|soonest|nearest) /;
