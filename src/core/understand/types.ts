import type { Locale } from "../format.js";
import type { LocalDate } from "../local-date.js";
import type { Scope, TaskArea } from "../model.js";
import type { CompareMode } from "../answer/kpi.js";
import type { TaskListState } from "../answer/tasks.js";
import type { ChartRequest } from "../charts/index.js";
import type { ChangeAsk, ChangeReference } from "../kpi-history/types.js";

/** A window of deadlines or of a figure's period, with the words that named it ("tuần tới", "tháng 8"). */
export interface TimeFilter {
  from: LocalDate;
  to: LocalDate;
  text: string;
  /** "Tính đến 30/6/2023": the figure as of that day, which a later figure does not answer. */
  upTo?: true;
}

/** Which tasks: whose, in what role, which area, which state, due when, about what. */
export interface TaskFilters {
  state: TaskListState;
  /** "Tiến độ các nhiệm vụ của huyện mình": each task of a short breakdown is named with its progress. */
  eachProgress?: true;
  /** A unit's code; with `mine`, the asker's unit is meant ("đơn vị mình còn việc gì"). */
  unit?: string;
  mine?: boolean;
  /** The unit leads the tasks (the default) or cooperates on them ("phối hợp"). */
  role?: "cooperating" | "either";
  area?: TaskArea;
  /** Tasks led by the units of a level ("cấp huyện chủ trì"). */
  leadLevel?: "department_level" | "district_level" | "commune_level";
  due?: TimeFilter;
  /** The window is of completion dates ("đã hoàn thành trong quý 2"), not of deadlines ("hạn tháng 6"). */
  completedIn?: boolean;
  /** Tasks of a programme named in their titles ("Đề án 06"). */
  programme?: string;
  /** Ordered by progress ("việc nào tiến độ thấp nhất"), or only those below or above a progress. */
  order?: "progress_desc" | "progress_asc" | "late_desc";
  progressBelow?: number;
  progressAbove?: number;
  /** Late by more than so many calendar days ("quá hạn hơn 2 tuần": 14). */
  lateMoreThanDays?: number;
  /** The count as a share of all the plan's tasks ("tỷ lệ nhiệm vụ quá hạn"). */
  share?: boolean;
  /**
   * The content words of the message, names of areas and levels among them ("đề án sắp xếp đơn vị hành chính
   * cấp huyện"), folded: a task is looked for by its title with them before any other filter.
   */
  titleWords?: string[];
  /** The state the other filters ask for, used when no title holds the words (a title found is shown in any state). */
  stateWithoutTitle?: TaskListState;
  /** Every word must stand in the title as typed (the task behind a figure, found by the figure's name). */
  titleExact?: boolean;
  /** Nothing but words of a title was recognised: with no task found, the message is out of scope. */
  titleOnly?: boolean;
  /** The same words as the user typed them, to say what was searched for. */
  titleText?: string;
  /** Only the task (or tasks) with the nearest deadline ("việc nào có hạn gần nhất"). */
  nearestOnly?: boolean;
  /** "Việc nào tiến độ thấp nhất", "trễ lâu nhất": only the first of the ordered list (and those tied with it). */
  firstOnly?: boolean;
  /** A unit whose tasks are left out ("các việc quá hạn, trừ của VPUB"), by code. */
  exceptUnit?: string;
  /** More units named with the first ("Tam Kỳ và Núi Thành chủ trì mấy việc"): their tasks together, by code. */
  alsoUnits?: string[];
  /**
   * The unit on the other side of the tasks ("huyện mình phối hợp việc gì với Công an tỉnh"): it leads what
   * the unit cooperates on, or cooperates on what the unit leads. By code.
   */
  partner?: string;
  /** Several tasks asked for ("những nhiệm vụ liên quan tới…"): every title that holds the words, not only the best. */
  titleAll?: boolean;
  /** A subject's tasks were asked ("việc về VNeID"): the best-matching ones of every plan followed. */
  titleAcross?: boolean;
  /** The title's words with the figure named in them read as that figure's own name ("nâng thứ hạng VNeID" →
   * "nâng cài đặt kích hoạt ứng dụng vneid"): searched when the words as asked name no task. */
  titleByFigure?: string[];
}

/**
 * What a message asks, as a typed query: the subject (a metric, tasks, one task, the plan, units, a
 * briefing, the bot itself), its filters and what is asked of it. Each intent has one renderer.
 */
export type Understanding =
  /** `nationAsked`: compared with the country ("so với cả nước"), a figure the bot does not hold; it says so. */
  | { intent: "kpi_value"; metric: string; scope: Scope; unit?: string; period?: TimeFilter; remaining?: boolean; explain?: boolean; nationAsked?: boolean }
  | { intent: "kpi_compare"; metric: string; scopes?: Scope[]; mode: CompareMode }
  | { intent: "kpi_gap"; metric: string }
  /** A figure over time ("so với tháng trước", "tăng hay giảm", "mỗi tuần tăng bao nhiêu"); `period` bounds the latest value. */
  | { intent: "kpi_change"; metric: string; scope: Scope; unit?: string; period?: TimeFilter; against: ChangeReference; ask: ChangeAsk }
  /** `share`: asked as a share of the figure it is taken from ("chưa kích hoạt chiếm bao nhiêu % số đã cấp"). */
  | { intent: "kpi_derived"; derived: string; share?: boolean }
  /** Several figures asked at once ("số lượt và số tiền"). */
  /** `scopes`: the level a part named for its figure ("tỷ lệ … cấp huyện, với lại tài khoản …"), by metric key. */
  | { intent: "kpi_values"; metrics: string[]; scopes?: Record<string, Scope> }
  /** One figure as a share of another ("đã kích hoạt chiếm bao nhiêu % số tài khoản"), or of its own denominator (8/10). */
  | { intent: "kpi_share"; part: string; whole: string; per?: boolean }
  /** One figure less another of the same date ("hồ sơ tạo lập nhiều hơn số tài khoản bao nhiêu"). */
  /** `aTarget`: the first side is the target set for `a` ("chỉ tiêu kích hoạt hơn số tài khoản đã cấp bao nhiêu"). */
  | { intent: "kpi_difference"; a: string; b: string; aTarget?: boolean }
  | { intent: "ranking"; metric: string; period?: TimeFilter }
  | { intent: "plan_progress"; plan?: string }
  /** A figure quoted back that no KPI holds ("14/43 là gì", "32,55% nghĩa là sao"): the plan's, if it is one of its. */
  | { intent: "plan_figure"; done?: number; total?: number; rate?: number; typed: string }
  | ({ intent: "task_list" } & TaskFilters)
  | ({ intent: "task_count" } & TaskFilters)
  /** Units (or areas) ranked: by overdue then unfinished tasks (the default), by all their tasks, or by the share done. */
  /** `except`: a unit set aside ("ngoài Sở Nội vụ ra, đơn vị nào chủ trì nhiều nhất"), by its code. */
  | { intent: "unit_ranking"; by?: "area"; measure?: RankingMeasure; except?: string; leadLevel?: Exclude<Scope, "unit" | "province"> }
  /** One task shown whole; `also`, the other tasks named with it ("CCHC23-16 và CCHC23-17"). */
  | { intent: "task_detail"; code: string; also?: string[] }
  | { intent: "briefing"; programme?: string }
  /** A chart asked for in words ("vẽ biểu đồ tỷ lệ trực tuyến theo cấp"); without `chart`, none the bot draws. */
  | { intent: "chart"; chart?: ChartRequest }
  | { intent: "help" }
  | { intent: "greeting" }
  | { intent: "thanks" }
  | { intent: "out_of_domain" }
  | { intent: "empty" }
  | {
      intent: "unknown";
      reason: "vague" | "unknown_metric" | "unknown_unit" | "ambiguous_unit" | "leftover" | "other_province" | "english_title" | "level_not_held";
      name?: string;
      options?: string[];
      /** The words that were not understood, as typed. */
      leftover?: string;
      /** The metric the rest of the message was about, so that close questions can be offered. */
      metric?: string;
    }
  | { intent: "task_command"; action: string }
  /** Two or three questions typed in one message ("tỷ lệ … bao nhiêu và có mấy việc quá hạn"), each answered in turn. */
  | { intent: "several"; parts: Understanding[] }
  /** Not read at all: the sender may not use the bot (no invite, a chat bound to no unit). */
  | { intent: "not_admitted" };

export type Intent = Understanding["intent"];

/** What units or areas are ranked by: all their tasks, the share done, the tasks not yet done; or (none) overdue first. */
export type RankingMeasure = "total" | "done" | "open";

export interface Understood {
  understanding: Understanding;
  locale: Locale;
}
