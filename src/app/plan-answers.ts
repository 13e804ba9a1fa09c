/**
 * Questions when several plans are followed at once (issue #11, item 1): the year's plan of a programme and a
 * meeting's conclusions beside it. A question naming a plan ("kế hoạch CCHC", "kết luận của Chủ tịch", "chủ tịch
 * chỉ đạo gì tại cuộc họp 25/7") is answered of that plan only; one naming none, where the answer differs by
 * plan ("tiến độ", "việc nào hết hạn tuần tới", "bao nhiêu nhiệm vụ quá hạn"), gets each plan's answer under
 * the plan's name, the plans with nothing to show left out. The briefing names each plan itself.
 */
import type { LocalDate } from "../core/local-date.js";
import type { Plan } from "../core/model.js";
import { namedPlans } from "../core/plan-scope.js";
import type { Locale } from "../core/format.js";
import { reply, type Reply } from "../core/reply.js";
import type { Understanding } from "../core/understand/types.js";
import { asTyped } from "../core/understand/typed-words.js";
import { extractTaskCodes, fold } from "../core/vi/index.js";
import { answerParts, answerQuery, type Answer, type Asker, type QueryData } from "./answer-query.js";

/**
 * Words that name a plan rather than a task's title ("kết luận của chủ tịch có mấy nhiệm vụ"), besides the words of
 * the plan's own name and source document and its code: a meeting's conclusions are issued as a notice ("thông báo
 * kết luận") by the Chairman ("CT tỉnh") at a meeting ("cuộc họp hôm nay"), and a programme's plan is named by its
 * programme.
 */
const PLAN_NAMING_WORDS = new Set(["ket", "luan", "chu", "tich", "ct", "chi", "dao", "lanh", "cuoc", "phien", "buoi", "hop", "ngay", "hom", "ubnd", "tinh", "cchc", "cai", "cach", "hanh", "chinh", "cds", "chuyen", "doi", "de", "an", "06", "6", "ke", "hoach", "cua", "tai", "trong", "theo"]);
/**
 * Words that name the plan only beside others: "thông báo" (not "thông" of "giao thông", "thông tin"), "yêu cầu",
 * "đề ra", "chuyển đổi số" (not "số" of "số tiền", "số hóa").
 */
const PLAN_NAMING_PAIRS = new Set(["thong bao", "yeu cau", "de ra", "doi so"]);
/**
 * The Chairman "giao" (assigns) at the end of what names the plan ("CT tỉnh giao những việc gì": the particles are
 * gone from the title words, so it is their last); before another word it is a title's ("giao thông", "giao biên chế").
 */
const ASSIGNING = "giao";
/** "Tiến độ", "tình hình", "kết quả thực hiện": the plan's progress is asked. */
const PROGRESS_WORDS = / (?:tien do|tinh hinh|ket qua|den dau|toi dau|bao nhieu phan tram) /;

export async function answerForPlans(u: Understanding, text: string, data: QueryData, asker: Asker, today: LocalDate, locale: Locale): Promise<Answer> {
  // Two questions in one message: each answered as it would be alone, plan by plan.
  if (u.intent === "several") return answerParts(u.parts, (part) => answerForPlans(part, text, data, asker, today, locale));
  const active = data.view.activePlans;
  if (active.length <= 1) return answerQuery(u, data, asker, today, locale);
  const named = namedPlans(text, active, today);
  if (named.length === 1) {
    const plan = named[0]!;
    const asked = askedOf(u, plan, text);
    const answer = await answerQuery(asked, ofPlan(data, plan), asker, today, locale);
    // A meeting's conclusions, named in words the reading of questions does not know ("chủ tịch chỉ đạo gì tại
    // cuộc họp 25/7"), taken for a title no task has: the conclusions themselves were asked of. A programme's
    // plan named beside words the bot has no answer for ("kinh phí kế hoạch CCHC") stays out of scope.
    if (answer.understanding?.intent !== "out_of_domain" || plan.kind !== "conclusion") return underPlanName(answer, asked, plan);
    const again = planAsked(plan, text);
    return underPlanName(await answerQuery(again, ofPlan(data, plan), asker, today, locale), again, plan);
  }
  return answerEach(u, data, asker, today, locale);
}

/** The question asked of one plan: its progress, its tasks; a question about conclusions the reading missed, their list. */
function askedOf(asked: Understanding, plan: Plan, text: string): Understanding {
  if (asked.intent === "plan_progress") return { intent: "plan_progress", plan: plan.code };
  const u = assignerIsNoLead(meetingDayIsNoDeadline(asked, plan, text), plan, text);
  if (u.intent === "task_list" || u.intent === "task_count") {
    // Only words naming the plan, taken for a task's title: the plan's tasks, not a title search.
    // The plan's own code ("kết luận KL23 có những việc gì") names it as much as its words do.
    const own = new Set([fold(plan.code).replace(/[^a-z0-9]/g, ""), ...wordsOf(plan.name), ...wordsOf(plan.sourceDocument)]);
    if (!u.titleWords) return u;
    const titleWords = withoutPlanNaming(u.titleWords, own);
    // "Kết luận của chủ tịch có việc gì về VNeID": the words left once the plan's are taken are the title's.
    // (A programme's plan keeps them: its tasks' titles often hold its name, "Kế hoạch tuyên truyền CCHC năm 2023".)
    // Asked of a meeting's conclusions, words no title holds are answered "no such task" rather than "out of scope"
    // ("chủ tịch chỉ đạo gì về số tiền thanh toán": nothing, which is the answer).
    if (titleWords.length > 0) {
      if (plan.kind !== "conclusion") return u;
      const { titleOnly: _only, ...searched } = u;
      return titleWords.length === u.titleWords.length ? searched : { ...searched, titleWords, titleText: asTyped(text, titleWords) };
    }
    const { titleWords: _w, titleText: _t, titleAll: _a, titleAcross: _c, titleOnly: _o, titleExact: _e, titleByFigure: _f, stateWithoutTitle, ...rest } = u;
    return { ...rest, state: stateWithoutTitle ?? u.state };
  }
  // A task found by words of its title that is not the plan's ("tiến độ thực hiện kết luận" → "Luật Thực hiện
  // dân chủ"), or nothing understood: what the plan asks, or how far it is.
  if (plan.kind !== "conclusion") return u;
  const typedCode = extractTaskCodes(text).length > 0;
  const missed = u.intent === "out_of_domain" || (u.intent === "unknown" && u.reason !== "unknown_unit" && u.reason !== "ambiguous_unit") || (u.intent === "task_detail" && !typedCode && !u.code.startsWith(`${plan.code}-`));
  return missed ? planAsked(plan, text) : u;
}

/** A deadline asked for: "hạn", "đến hạn", "phải xong". */
/** A day named with the meeting or its conclusions ("phiên họp BCĐ ngày 25/7", "kết luận ngày 25/7"), folded. */
const MEETING_DAY = / (?:hop|ket luan|thong bao|bcd|chi dao)(?: \S+){0,2} ngay \d{1,2} \d{1,2} /;
const DEADLINE_WORDS = / (?:han|het han|den han|toi han|han chot|phai xong|phai hoan thanh|deadline|due) /;

/**
 * "Hôm nay CT tỉnh giao những việc gì": of the conclusions issued today, "hôm nay" is the day they were given, not a
 * deadline, unless one is asked for ("kết luận hôm nay có việc nào đến hạn hôm nay").
 */
function meetingDayIsNoDeadline(u: Understanding, plan: Plan, text: string): Understanding {
  if ((u.intent !== "task_list" && u.intent !== "task_count") || !u.due || plan.kind !== "conclusion" || !plan.issuedOn) return u;
  if (u.due.from !== plan.issuedOn || u.due.to !== plan.issuedOn) return u;
  // ("Kết luận phiên họp BCĐ ngày 25/7, việc nào có hạn sớm nhất": the day named with the meeting is still its day.)
  if (DEADLINE_WORDS.test(padded(text)) && !MEETING_DAY.test(padded(text))) return u;
  const { due: _day, ...rest } = u;
  return rest;
}

/** The asker as the one who assigned: "tôi giao", "anh đã chỉ đạo". */
const ASKER_ASSIGNED = / (?:toi|minh|anh|chi|em) (?:da |vua )?(?:giao|chi dao|ket luan|yeu cau) /;

/**
 * "Các việc tôi giao tại phiên họp hôm nay", asked by the Chairman: of a meeting's conclusions, the asker who gave
 * them is their author, not the unit that leads them.
 */
function assignerIsNoLead(u: Understanding, plan: Plan, text: string): Understanding {
  if ((u.intent !== "task_list" && u.intent !== "task_count") || !u.mine || plan.kind !== "conclusion") return u;
  if (!ASKER_ASSIGNED.test(padded(text))) return u;
  const { mine: _mine, role: _role, ...rest } = u;
  return rest;
}

/** The title words left once those naming the plan are taken out, in order. */
function withoutPlanNaming(words: readonly string[], own: ReadonlySet<string>): string[] {
  // ("25/7", the meeting's day in the plan's name, is a word of it part by part.)
  const naming = words.map((word) => wordsOf(word).every((part) => PLAN_NAMING_WORDS.has(part) || own.has(part)));
  for (let i = 0; i + 1 < words.length; i++) if (PLAN_NAMING_PAIRS.has(`${words[i]} ${words[i + 1]}`)) naming[i] = naming[i + 1] = true;
  for (let i = words.length - 1; i >= 0; i--) if (words[i] === ASSIGNING && (i === words.length - 1 || naming[i + 1])) naming[i] = true;
  return words.filter((_, i) => !naming[i]);
}

/** The text folded to words between single spaces, a space at each end, as the word patterns here expect. */
function padded(text: string): string {
  return ` ${fold(text).replace(/[^a-z0-9]+/g, " ").trim()} `;
}

function wordsOf(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Tasks listed or counted of the one plan the question named, under that plan's name and with its source document:
 * "CT tỉnh giao những việc gì" is answered with the conclusion's tasks, and the Chairman repeating them must be able to
 * say whose they are ("Kết luận … ngày 25/7/2023"). Other answers (a plan's progress) name the plan themselves.
 */
function underPlanName(answer: Answer, asked: Understanding, plan: Plan): Answer {
  if ((asked.intent !== "task_list" && asked.intent !== "task_count") || answer.understanding) return answer;
  if (!answer.replies.some((line) => line.key === SOURCE_KEY)) return answer;
  const replies = answer.replies.map((line) =>
    line.key === SOURCE_KEY && plan.sourceDocument ? reply("plan-progress-source", { ...line.args, source: plan.sourceDocument }) : line,
  );
  return { ...answer, replies: [reply("plan-heading", { plan: plan.name, code: plan.code }), ...replies] };
}

/** A plan named and nothing else understood: how far it is ("tiến độ thực hiện kết luận"), else what it asks. */
function planAsked(plan: Plan, text: string): Understanding {
  const folded = padded(text);
  return PROGRESS_WORDS.test(folded) ? { intent: "plan_progress", plan: plan.code } : { intent: "task_list", state: "all" };
}

/** The data with one plan as the one a question means. */
function ofPlan(data: QueryData, plan: Plan): QueryData {
  return { ...data, view: { ...data.view, currentPlan: plan, activePlans: [plan] } };
}

const SOURCE_KEY = "task-records-source";
/** At most this many active plans are answered each under its name; beyond it, the current one. */
const MAX_PLANS_EACH = 4;

/** Each active plan's answer under its name; plans with nothing to show are left out unless none has any. */
async function answerEach(u: Understanding, data: QueryData, asker: Asker, today: LocalDate, locale: Locale): Promise<Answer> {
  const plans = data.view.activePlans;
  // More plans than a phone screen holds (a deployment shared by several provinces: 35 plans on the scaled data made
  // "tiến độ" 35 answers and 365 ms): the current plan's, and how to ask of the others.
  const current = data.view.currentPlan;
  if (plans.length > MAX_PLANS_EACH && current) {
    const answered = await answerQuery(u, ofPlan(data, current), asker, today, locale);
    return { ...answered, replies: [reply("plan-heading", { plan: current.name, code: current.code }), ...answered.replies, reply("plans-others", { count: plans.length - 1 })] };
  }
  if (u.intent === "plan_progress") {
    const each = await Promise.all(plans.map((plan) => answerQuery({ intent: "plan_progress", plan: plan.code }, ofPlan(data, plan), asker, today, locale)));
    return { replies: each.flatMap((a) => a.replies), shownTasks: [] };
  }
  // A task looked for by words of its title: in every active plan, the current plan's first (answer-query.ts).
  if ((u.intent !== "task_list" && u.intent !== "task_count") || (u.titleWords?.length ?? 0) > 0) return answerQuery(u, data, asker, today, locale);
  const each: Array<{ plan: Plan; answer: Answer }> = [];
  for (const plan of plans) each.push({ plan, answer: await answerQuery(u, ofPlan(data, plan), asker, today, locale) });
  const shown = each.filter((e) => e.answer.shownTasks.length > 0);
  if (shown.length === 0) return each[0]!.answer;
  const replies: Reply[] = [];
  let source: Reply | undefined;
  for (const { plan, answer } of shown) {
    replies.push(reply("plan-heading", { plan: plan.name, code: plan.code }));
    for (const line of answer.replies) {
      if (line.key === SOURCE_KEY) source = line;
      else replies.push(line);
    }
  }
  if (source) replies.push(source);
  // A follow-up about "việc đó" points into the first part shown (the current plan's when it has any): a task of
  // each plan shown is no reason to stop answering it.
  return { replies, shownTasks: shown[0]!.answer.shownTasks };
}
