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

## Reminders
remind-part = { $part ->
    [none] {""}
   *[other] {" "}(part { $part })
}
remind-header = { $audience ->
    [unit_head] To the head of { $unit }{ remind-part }: the tasks below are overdue and the unit has not reported them done ({ $date }).
    [secretariat] Report to the secretariat{ remind-part }: { $unit } has overdue tasks not yet done ({ $date }).
   *[unit] Reminder for { $unit }, { $date }{ remind-part }
}
remind-catch-up = While the bot was paused, { $count } reminders were not sent ({ $from } to { $to }). Where things stand today:
remind-section = { $state ->
    [overdue] Overdue:
    [due_today] Due today:
   *[before] Coming up:
}
remind-line = { $number }. { $code } — { $title } — due { $deadline } — { $state }
remind-state = { $state ->
    [overdue] { $days ->
        [0] overdue
        [one] { $days } working day overdue
       *[other] { $days } working days overdue
    }
    [due_today] due today
   *[before] { $days ->
        [one] { $days } working day left
       *[other] { $days } working days left
    }
}
remind-how-to-answer = Reply: xong <number> or xong <task code>, with the document number if there is one.
remind-no-chat = Notice to the secretariat: { $unit } has no chat bound for reminders, so { $count } reminders could not be sent ({ $codes }). Please bind a chat to the unit.
remind-chat-gone = Notice to the secretariat: a reminder could not be delivered to chat { $chat } ({ $unit }) because the chat no longer exists or the bot was removed from it. The bot has stopped sending there; please bind a chat to the unit again.{ $codes ->
    [none] {""}
   *[other] {" "}Tasks in the undelivered messages: { $codes }.
}
remind-unknown-unit = unit unknown

## Weekly digest for leaders
digest-header = Weekly report for the leadership, { $date }
digest-overdue-header = Overdue tasks by unit:
digest-overdue-line = • { $unit }: { $count } ({ $codes })
digest-overdue-none = No overdue tasks.
digest-kpi-header = KPIs with new figures this week:
digest-kpi-line = • { $metric } { scope-label }: { $value } ({ $when }){ $previous ->
    [none] .
   *[other] ; previously { $previous } ({ $previousWhen }).
}
digest-kpi-none = No new KPI figures this week.

## The remind command
remind-preview-header = Dry run of the reminders at { $time } on { $date }: nothing is sent and nothing is written to the database.
remind-preview-quiet = Outside sending hours (working hours of working days only): nothing composed. Next window: { $next }.
remind-leaders = the province leadership
remind-preview-none = No reminder is due at this moment.
remind-preview-delivery = { $number }) To { $recipient }, via { $chats } — { $kind ->
    [unit] deadline reminder
    [unit_head] escalation to the head of the unit
    [secretariat] escalation to the secretariat
    [catch_up] catch-up summary after downtime
    [digest] weekly report for the leadership
   *[notice] notice
}
remind-preview-why = { $code }: { $why }
remind-why = { $kind ->
    [before] { $days } working days before the deadline { $deadline }
    [due_today] due today ({ $deadline })
    [overdue] { $days } working days overdue (deadline { $deadline })
    [escalate_head] { $days } working days overdue (deadline { $deadline }), head of the unit told
   *[escalate_secretariat] { $days } working days overdue (deadline { $deadline }), secretariat told
}{ $late ->
    [none] {""}
   *[other] {" "}— reminder of { $late }, caught up
}
remind-preview-dropped = Cannot be sent: { $unit } has no chat bound for reminders ({ $count } reminders: { $codes }); the secretariat will be told.
remind-preview-unsent = Messages composed earlier, waiting to be sent: { $count }.
remind-preview-text = Text:
remind-run-header = Reminders at { $time } on { $date }:
remind-run-summary = Planned { $planned } new reminders; composed { $composed } messages; sent { $sent }, waiting to retry { $waiting }, failed { $failed }.
remind-run-quiet = Outside sending hours: reminders planned, nothing sent. Next window: { $next }.

## Zalo
zalo-reminder-footer = Zalo does not tell which message you answer: to report a task done, type "xong 1" (its number in this message), "xong CCHC23-07" (the task code), or "xong" for the latest reminder.
zalo-help-done = To report a task done on Zalo, type "xong 1" (its number in the reminder), "xong CCHC23-07" (the task code) or "xong" (the latest reminder).
zalo-group-help = In a Zalo group I only receive messages that @mention me: @mention me to ask or to report a task done.
zalo-text-only = I can only read text messages. Please type a question, for example "plan progress".
zalo-too-long = The message is too long (at most { $max } characters). Please type a shorter question.
zalo-error = Sorry, something went wrong with that message. Please try again in a few minutes.
zalo-onboard-welcome = Welcome, { $name }: you have joined { $unit }. The unit's reminders will now reach you on Zalo.
zalo-onboard-group-bound = This group is now bound to { $unit }: the unit's reminders will be sent here. In the group, @mention me to ask or to report a task done.
zalo-onboard-already = { $name }, you are already a member.
zalo-onboard-failed = The invite code cannot be used: { $reason ->
    [malformed] it is not a well-formed code (24 characters).
    [not_found] there is no such code.
    [expired] it has expired.
    [revoked] it was revoked.
    [used] it has already been used.
   *[other] { $reason }.
} Please ask the secretariat for a new one.
zalo-onboard-unavailable = Invite codes cannot be used on Zalo in this version yet. Please contact the secretariat.
zalo-quota-warning = The Zalo bot has used { $used }/{ $limit } messages of { $month } (80% or more). From 95% it sends only overdue alerts and escalations.
zalo-quota-urgent-only = The Zalo bot has used { $used }/{ $limit } messages of { $month }: until the month ends it sends only overdue alerts and escalations.
zalo-quota-exhausted = The Zalo bot has used up its messages for { $month } ({ $used }/{ $limit }). Zalo reminders stop until next month; people who also use Telegram get them there.
