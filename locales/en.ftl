## English. Figures arrive already formatted (18.05%; 447,246; 31 July 2023).

## Common
source-line = Source: { $source }, { $when }.
when-period = data for { $period }
when-as-of = data as of { $date }
scope-label = { $scope ->
    [province] province-wide
    [department_level] at department level
    [district_level] at district level
    [commune_level] at commune level
   *[unit] for { $unit }
}

## KPIs
metric-amount = { $qualifier ->
    [more_than] over { $amount }
    [less_than] under { $amount }
    [about] about { $amount }
   *[exact] { $amount }
}
kpi-value = { $metric } { scope-label } ({ $when }): { $value }.
kpi-value-target = Target: { $target }{ $targetDate ->
    [none] {""}
   *[other] {" "}by { $targetDate }
}.
kpi-no-data = There are no figures yet for { $metric } { scope-label }.
kpi-known-scopes = Figures are available for: { $scopes }.
kpi-compare-header = { $metric } ({ $when }), from highest to lowest:
kpi-compare-line = • { $label }: { $value }
kpi-compare-line-inline = { $label } ({ $value })
kpi-compare-highest = Highest: { $highest }; lowest: { $lowest }.
kpi-compare-pair = { $first } is { $points } percentage points above { $second }.
kpi-compare-equal = { $first } and { $second } are equal.
kpi-gap = As of { $when }, { $metric }: { $value }; the target is { $target } by { $targetDate }, { $gap } short.
kpi-gap-pace = { $days } days left (today included): an average of { $pace } a day is needed.
kpi-gap-passed = The target date { $targetDate } has passed; there are no figures after { $asOf }.
kpi-gap-reached = The target of { $target } has been reached.
kpi-no-target = { $metric } has no target in the data.
ranking = { $metric } ({ $when }): ranked { $rank } of { $of }.
ranking-goal = Goal: top { $goal } by { $targetDate }; at least { $steps } places to climb.
ranking-goal-reached = Goal: top { $goal } by { $targetDate }: reached.

## Plan and tasks
plan-progress = { $plan }, as of { $date }: { $done } of { $total } tasks done ({ $rate }).
plan-progress-detail = In progress within deadline: { $inProgress }; overdue: { $overdue }; not started: { $notStarted }; remaining: { $remaining }.
plan-progress-awaiting = Awaiting the secretariat's confirmation: { $awaiting }.
plan-progress-source = Source: { $source }.
plan-none = There is no plan in the data yet.
task-list-header = { $filter }: { $total } tasks{ $shown ->
    [all] .
   *[other] , showing the { $shown } nearest deadlines.
}
task-list-empty = { $filter }: none.
task-list-line = • { $code } · { $title } · { $unit } · due { $deadline } · { $state }
task-filter = { $state ->
    [overdue] Overdue tasks
    [done] Completed tasks
    [in_progress_on_time] Tasks in progress within deadline
    [not_started_on_time] Tasks not started
   *[open] Open tasks
}{ $unit ->
    [none] {""}
   *[other] {" "}of { $unit }
}{ $area ->
    [none] {""}
   *[other] {" "}in { $area }
}{ $due ->
    [none] {""}
   *[other] {" "}due { $due }
}, as of { $date }
task-state = { $state ->
    [done_on_time] done on time
    [done_late] done (late)
    [awaiting_confirmation] awaiting confirmation
    [in_progress_on_time] in progress within deadline
    [not_started_on_time] not started
   *[overdue] { $days } days overdue
}
task-detail = { $code }: { $title }
task-detail-lead = Lead: { $unit }{ $cooperating ->
    [none] {""}
   *[other] ; with: { $cooperating }
}.
task-detail-deadline = Deadline: { $deadline }; status: { $state }; progress: { $progress }%.
task-detail-completed = Completed on { $date }{ $evidence ->
    [none] .
   *[other] ; evidence: { $evidence }.
}
task-detail-notes = Notes: { $notes }
task-not-found = No task with code { $code }. Task codes look like CCHC23-07.
unit-not-found = No unit called "{ $name }" was found.
unit-ambiguous = "{ $name }" could be: { $options }. Please name the unit.
area = { $area ->
    [institutions] institutional reform
    [procedures] administrative procedure reform
    [apparatus] reform of the apparatus
    [civil_service] civil service reform
    [public_finance] public finance reform
    [digital_government] e-government and digital government
   *[direction] direction and communication
}
due-week = this week ({ $from }–{ $to })
due-month = in month { $month }

## Conversation
greeting = Good day, { $name }. I am the Nhắc việc assistant: I report the progress of the administrative reform plan, the reform, digital transformation and Project 06 figures, and remind units of deadlines.
thanks = You are welcome.
help = You can ask, for example:
help-example = • { $text }
help-example-1 = Progress of the 2023 administrative reform plan?
help-example-2 = Online dossier rate at district level?
help-example-3 = How many identity accounts are still missing to reach the target?
help-example-4 = Which tasks are overdue?
help-example-5 = What tasks does the provincial police still have?
help-example-6 = CCHC23-07 (one task by its code)
unknown = I did not understand the question. You can ask, for example:
unknown-metric = There are no figures on that. Available figures: { $metrics }.
out-of-domain = Sorry, that is outside what I can help with. I answer only about the administrative reform plan, digital transformation, Project 06 and assigned tasks.
empty-message = Please type a question, for example "plan progress".
demo-banner = Demo data: Quảng Nam 2023. The bot runs as of { $date } (Vietnam time).

## Console chat
console-intro = Nhắc việc — console chat. Commands: /as <person or unit>, /who, /quit. Acting as: { $persona }
console-person = { $name }{ $title ->
    [none] {""}
   *[other] {" "}({ $title })
}
console-guest = guest
console-acting-as = Acting as: { $persona }
console-persona-not-found = No person or unit "{ $query }" was found.
