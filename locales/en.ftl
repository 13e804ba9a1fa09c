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
kpi-value-note = { $note }
kpi-definition = How it is counted: { $definition }
kpi-remaining = { $remaining } of { $total } still to be completed.
kpi-no-data = There are no figures yet for { $metric } { scope-label }.
kpi-no-data-for-period = There is no figure for { $metric } for { $asked }. The figure available is { $when }.
kpi-known-scopes = Figures are available for: { $scopes }.
kpi-compare-header = { $metric } ({ $when }), from highest to lowest:
kpi-compare-line = • { $label }: { $value }
kpi-compare-line-inline = { $label } ({ $value })
kpi-compare-highest = Highest: { $highest }; lowest: { $lowest }.
kpi-compare-pair = Difference: { $first } is { $points } percentage points above { $second }.
kpi-compare-ratio = { $first } is { $times } times { $second }.
kpi-compare-equal = Difference: { $first } and { $second } are equal.
kpi-gap = According to { $when }, { $metric }: { $value }; the target is { $target } by { $targetDate }, { $gap } short.
kpi-points = { $amount } percentage points
kpi-gap-pace = From the day after the latest figure ({ $asOf }) to { $targetDate } there are { $days } days: an average of { $pace } a day is needed ({ $daysLeft } days from today to the deadline).
kpi-gap-passed = The target date { $targetDate } has passed; there are no figures after { $asOf }.
kpi-gap-reached = The target of { $target } has been reached.
kpi-no-target = { $metric } has no target in the data.
derived-value = { $figure ->
    [eid_accounts_not_activated] Electronic identity accounts not yet activated
   *[identity_profiles_without_account] Identity profiles created without an account yet
} ({ $when }): { $result } (= { $fromName } { $from } − { $minusName } { $minus }).
derived-share = That is { $share } of { $fromName }.
derived-no-data = There are not enough figures to compute { $figure ->
    [eid_accounts_not_activated] the accounts not yet activated
   *[identity_profiles_without_account] the profiles without an account
}.
derived-different-dates = The two figures needed for { $figure ->
    [eid_accounts_not_activated] the accounts not yet activated
   *[identity_profiles_without_account] the profiles without an account
} are of different dates, so it is not computed.
share-value = According to { $when }, { $partName }: { $part }{ $wholeName ->
    [none] {" "}of { $whole } in all
   *[other] {" "}against { $wholeName } { $whole }
}: { $share }.
difference-value = According to { $when }, { $aName } { $a } − { $bName } { $b } = { $result }.
difference-target-value = According to { $when }, the target for { $aName }{ $targetDate ->
    [none] {""}
   *[other] {" "}by { $targetDate }
} of { $a } − { $bName } { $b } = { $result }.
per-value = According to { $when }, { $amountName } { $amount } / { $countName } { $count }: on average { $each } each.
share-no-data = There are not enough figures to compute this share.
share-different-dates = The two figures are of different dates, so their ratio is not computed.
ranking = { $metric } ({ $when }): ranked { $rank } of { $of }.
ranking-goal = Goal: top { $goal } by { $targetDate }; at least { $steps } places to climb.
ranking-goal-reached = Goal: top { $goal } by { $targetDate }: reached.

## Plan and tasks
# Several plans are followed at once: each plan's part of an answer opens with its name.
plan-heading = { $plan } ({ $code }):
plans-others = { $count } other plans are followed too; please name a plan or give its code to see it.
plan-progress = { $plan }, as of { $date }: { $done } of { $total } tasks done ({ $rate }).
plan-progress-detail = In progress within deadline: { $inProgress }; overdue: { $overdue }; not started: { $notStarted }; remaining: { $remaining }.
plan-progress-detail-extended = Against the deadlines in force ({ $extended } extended): in progress within deadline: { $inProgress }; overdue: { $overdue }; not started: { $notStarted }; remaining: { $remaining }.
plan-progress-as-issued = Against the deadlines of the plan as issued (no extensions): in progress within deadline: { $inProgress }; overdue: { $overdue }; not started: { $notStarted }; done late: { $doneLate }.
plan-progress-done-timing = Of the tasks done: { $onTime } on time, { $late } late.
plan-progress-blocked = Blocked (reported by the units): { $blocked } tasks; ask "which tasks are blocked" for the details.
plan-progress-awaiting = Awaiting the secretariat's confirmation: { $awaiting }.
plan-progress-source = Source: Nhắc việc's task records as of { $date }; tasks as listed in { $source }.
plan-secretariat = Secretariat following the plan: { $unit }.
plan-none = There is no plan in the data yet.
plan-figure-is = { $kind ->
    [count] { $typed } is the number of the plan's tasks done out of all its tasks:
   *[rate] { $typed } is the share of the plan's tasks done (tasks done divided by all tasks):
}
plan-figure-unknown = The figure { $typed } matches none that Nhắc việc follows, so it is not explained rather than guessed at.
task-list-header = { $filter }: { $total } tasks{ $shown ->
    [all] { $order ->
        [progress] , by progress:
        [lateness] , latest first:
       *[other] .
    }
   *[other] { $order ->
        [progress] , showing { $shown } by progress:
        [lateness] , showing the { $shown } latest:
       *[other] , showing the { $shown } nearest deadlines.
    }
}
task-list-more = { $count } more: { $codes }.
task-filter-progress-above = { $value }% or more
task-filter-progress-below = under { $value }%
task-list-empty = { $filter }: { $state ->
    [done] none yet.
   *[other] none.
}
task-list-line = • { $code } · { $title } · { $unit } · due { $deadline } · { $state }{ $progress ->
    [none] {""}
   *[other] {" "}· progress { $progress }%
}
names-joined = { $first } and { $last }
task-filter = { $state ->
    [in_progress] Tasks in progress (overdue ones included)
    [open_on_time] Open tasks not yet due
    [not_started] Tasks not started (overdue ones included)
    [overdue_not_started] Overdue tasks not yet started
    [overdue_in_progress] Tasks in progress but overdue
    [all] Tasks
    [overdue] Overdue tasks
    [blocked] Blocked tasks
    [done] Completed tasks
    [done_on_time] Tasks completed on time
    [done_late] Tasks completed late
    [in_progress_on_time] Tasks in progress within deadline
    [not_started_on_time] Tasks not started
   *[open] Open tasks
}{ $programme ->
    [none] {""}
   *[other] {" "}of { $programme }
}{ $unit ->
    [none] {""}
   *[other] { $role ->
        [cooperating] {" "}on which { $unit } cooperates
        [either] {" "}led by { $unit } or with it cooperating
       *[lead] {" "}led by { $unit }
    }{ $partner ->
        [none] {""}
       *[other] { $role ->
            [cooperating] , led by { $partner }
           *[lead] , with { $partner } cooperating
        }
    }
}{ $except ->
    [none] {""}
   *[other] {" "}(not counting those led by { $except })
}{ $late ->
    [none] {""}
   *[other] {" "}(more than { $late } calendar days late)
}{ $progress ->
    [none] {""}
   *[other] {" "}with progress { $progress }
}{ $pick ->
    [nearest] {" "}with the nearest deadline
    [progress_asc] {" "}with the lowest progress
    [progress_desc] {" "}with the highest progress
    [late_desc] {" "}by the most days
   *[none] {""}
}{ $words ->
    [none] {""}
   *[other] {" "}about "{ $words }"
}{ $area ->
    [none] {""}
   *[other] {" "}in { $area }
}{ $due ->
    [none] {""}
   *[other] { $dueKind ->
        [completed] {" "}completed { $due }
       *[deadline] {" "}due { $due }
    }
}, as of { $date }
task-state = { $state ->
    [done_on_time] done on time
    [done_late] done { $days } working days late{ $calendarDays ->
        [none] {""}
       *[other] {" "}({ $calendarDays } calendar days)
    }
    [awaiting_confirmation] awaiting confirmation
    [in_progress_on_time] in progress within deadline
    [not_started_on_time] not started
   *[overdue] { $days } working days overdue{ $calendarDays ->
        [none] {""}
       *[other] {" "}({ $calendarDays } calendar days)
    }
}
deadline-extended = { $deadline } (extended; first deadline { $original })
task-state-blocked = blocked{ $since ->
    [none] {""}
   *[other] {" "}since { $since }
}{ $reason ->
    [none] {""}
   *[other] {" "}({ $reason })
}{ $overdue ->
    [yes] , { $days } working days overdue{ $calendarDays ->
        [none] {""}
       *[other] {" "}({ $calendarDays } calendar days)
    }
   *[no] {""}
}
level-units = the units { $scope ->
    [department_level] at department level
    [district_level] at district level
   *[commune_level] at commune level
}
task-detail = { $code }: { $title }
task-detail-lead = Lead: { $unit }{ $cooperating ->
    [none] {""}
   *[other] ; with: { $cooperating }
}.
task-detail-area = Area: { $area }.
task-detail-deadline = Deadline: { $deadline }{ $left ->
    [none] {""}
    [0] {" "}(today)
    [1] {" "}(1 day left)
   *[other] {" "}({ $left } days left)
}; status: { $state }; progress: { $progress }%.
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
due-window = { $text ->
    [none] within { $window }
   *[other] { $text } ({ $window })
}
due-window-passed = { $text } (already past)
task-count = { $filter }: { $total } tasks ({ $codes }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}).
task-breakdown = { $filter }: { $total } tasks, { $done } done ({ $done }/{ $total }){ $open ->
    [0] .
   *[other] , { $open } not yet done: { $inProgress } in progress within deadline; { $overdue } overdue; { $notStarted } not started.
}
task-share = Share: { $count } of the plan's { $total } tasks, { $share }.
task-codes = Namely: { $codes }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}.
task-overdue-codes = Overdue: { $codes }.
task-code-progress = { $code } ({ $progress }% done)
task-in-progress-split = Of these, { $onTime } within the deadline and { $late } overdue.
task-next-deadline = The next deadline after that: { $code } · { $title } · due { $deadline }.
task-title-not-found = No task mentions "{ $words }"; here is the answer to the rest of the question.
kpi-no-national = Nhắc việc holds no national figure to compare with.
task-count-of-total = Out of { $total } tasks ({ $count }/{ $total }).
task-records-source = Source: Nhắc việc's task records as of { $date }.
asker-unit-unknown = Your unit is not known on this channel. Please name the unit, e.g. "Sở Tư pháp còn việc gì?".

units-all-done = { $plan }: no unit has unfinished tasks (as of { $date }).
units-ranking-header = { $group ->
    [unit_total] Units leading tasks in { $plan } ({ $groups } units), most tasks first, as of { $date }:
    [unit_done] Units by share of tasks done in { $plan }, as of { $date }:
    [unit_open] Units with the most unfinished tasks in { $plan }, as of { $date }:
    [area_open] Areas with the most unfinished tasks in { $plan }, as of { $date }:
    [area_total] Areas of { $plan } ({ $groups } areas), most tasks first, as of { $date }:
    [area_done] Areas by share of tasks done in { $plan }, as of { $date }:
    [area_slow] Areas furthest behind in { $plan }, as of { $date } ({ $withOverdue } areas with overdue tasks):
   *[unit_slow] Units furthest behind in { $plan }, as of { $date } ({ $withOverdue } units with overdue tasks):
}
units-ranking-level = (Only { $units }.)
units-ranking-except = (Not counting { $unit }.)
units-ranking-line = { $measure ->
    [total] { $rank }. { $unit }: { $total } tasks, { $done } done, { $overdue } overdue
    [done] { $rank }. { $unit }: { $done }/{ $total } done, { $overdue } overdue
    [open] { $rank }. { $unit }: { $open } tasks unfinished ({ $overdue } overdue), of { $total }
   *[slow] { $rank }. { $unit }: { $overdue } tasks overdue, { $open } unfinished
}
units-ranking-source = Source: Nhắc việc's task records as of { $date }.

## Briefing
briefing-header = Briefing{ $programme ->
    [none] {""}
   *[other] {" "}on { $programme }
}, as of { $date }:
briefing-plan = • { $plan }: { $done }/{ $total } done ({ $rate }); { $overdue } overdue; { $inProgress } in progress within deadline{ $blocked ->
    [0] {""}
   *[other] ; { $blocked } blocked
}.
briefing-overdue-units = • Overdue by lead unit: { $units }.
briefing-unit = { $unit } { $overdue }
briefing-target = • { $metric }: { $value } ({ $when }); target { $target }{ $targetDate ->
    [none] {""}
   *[other] {" "}by { $targetDate }
}, { $shortfall } short{ $daysLeft ->
    [-1] {""}
   *[other] , { $daysLeft } days left
}.
briefing-rank = • { $metric }: ranked { $value } ({ $when }); goal top { $target }{ $targetDate ->
    [none] {""}
   *[other] {" "}by { $targetDate }
}, { $shortfall } places to climb.
briefing-target-reached = • { $metric }: { $value } ({ $when }), target { $target } reached.
briefing-levels = • { $metric } ({ $when }): { $values }.
briefing-level = { scope-label } { $value }
briefing-programme-tasks = • Tasks of { $programme }: { $total }; { $done } done; { $overdue } overdue.
briefing-value = • { $metric }: { $value } ({ $when }).
briefing-source = Sources: Nhắc việc's task records; each figure's own source (ask for a figure to see it).
digest-not-allowed = The summary report is for leaders and the secretariat.

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
leftover = I did not understand "{ $words }" in the question{ $metric ->
    [none] {""}
   *[other] {" "}about { $metric }
}, so I give no figure rather than a wrong one.
suggest-metric = { $metric } { scope-label }?
unknown-suggest = You can ask, for example:
level-not-held = There are no figures on { $metric } for { $level }: figures are reported down to the communes only.
other-province = There are no figures for { $name }: Nhắc việc follows only the figures and tasks of { $ours }.
help-example-7 = Briefing before the meeting
unknown-metric = There are no figures on { $name ->
    [none] that
   *[other] "{ $name }"
}. Available figures: { $metrics }.
# Between the answers of a message that asks two things: an empty line.
answer-part-break = {""}
task-title-english = Task titles are kept in Vietnamese: please give the task's code (for example CCHC23-07) or a few Vietnamese words of its title.
out-of-domain = Sorry, that is outside what I can help with. I answer only about the administrative reform plan, digital transformation, Project 06 and assigned tasks.
empty-message = Please type a question, for example "plan progress".
demo-banner = Demo data: Quảng Nam 2023. The bot runs as of { $date } (Vietnam time).

## Console chat
console-intro = Nhắc việc — console chat. Commands: /as <person or unit>, /who (who you can act as), /nhacviec (reminders sent), /help, /quit. Acting as: { $persona }
console-people = You can act as (type /as and a name, title or unit, e.g. /as Chủ tịch, /as Núi Thành):
console-people-line = • { $person } — { $units }
console-log-file = The bot's log is written to { $file }.
console-reminders-sent = The bot has just sent { $count } reminders to { $chats } people and groups. Type /nhacviec to read them.
console-reminders-none = No new reminder has been sent.
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
    [unit_head] To the head of { $unit }{ remind-part }: an escalation ({ $date }). The tasks below are { $days } or more working days overdue; the unit was reminded{ $reminded ->
        [0] {""}
        [1] {" "}once
       *[other] {" "}{ $reminded } times
    } but has not reported them done, asked for an extension or reported a blockage, so the bot tells the head.
    [secretariat] Report to the secretariat{ remind-part }: { $unit } has overdue tasks not yet done ({ $date }).
   *[unit] Reminder for { $unit }, { $date }{ remind-part }
}
remind-catch-up = While the bot was paused, { $count } reminders were not sent ({ $from } to { $to }). Where things stand today:
remind-section = { $state ->
    [overdue] Overdue:
    [due_today] Due today:
   *[before] Coming up:
}
# A task's plan, under the section heading, when several plans are followed at once.
remind-plan = Under { $plan } ({ $code }):
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
remind-answer = { $audience ->
    [secretariat] For the details send the task code, e.g. "{ $code }"; for what waits for a decision: /choduyet.
   *[other] { $situation ->
        [overdue] Reply to this message: done, send "xong { $number } VB số 123/UBND" (no document: "xong { $number } không có văn bản"); in progress, "tiến độ { $number } đạt 70%"; more time needed, "xin gia hạn { $number } đến { $date } vì …"; blocked, "vướng { $number } do …".
       *[before] Reply to this message: done, send "xong { $number }" with the document number if there is one; in progress, "tiến độ { $number } đạt 70%".
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
digest-blocked = Blocked (reported by the units): { $count } tasks — { $tasks }.
digest-blocked-task = { $code } ({ $unit }{ $reason ->
    [none] {""}
   *[other] : { $reason }
})
digest-kpi-header = KPIs with new figures since the last weekly digest ({ $since }):
digest-kpi-line = • { $metric } { scope-label }: { $value } ({ $when }){ $previous ->
    [none] ; no earlier figure.
   *[other] ; last digest: { $previous } ({ $previousWhen }), { $change }.
}
digest-kpi-correction = • { $metric } { scope-label }: figure ({ $when }) corrected to { $value }; it was { $previous }.
digest-kpi-more = And { $count } more KPIs with new figures.
digest-kpi-none = No new KPI figures since the last weekly digest ({ $since }).

## The remind command
remind-preview-header = Dry run of the reminders at { $time } on { $date }: nothing is sent and nothing is written to the database.
remind-preview-quiet = Outside sending hours (working hours of working days only): nothing composed. Next window: { $next }.
remind-leaders = the province leadership
remind-preview-none = No reminder is due at this moment.
remind-preview-delivery = { $number }) To { $recipient }, via { $chats } — { $kind ->
    [reminder] deadline reminder
    [escalate_head] escalation to the head of the unit
    [escalate_secretariat] escalation to the secretariat
    [reminder_catch_up] catch-up summary after downtime
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
remind-run-left-for-bot = { $count } messages for the { $channel } channel are left for the running bot to send (this command cannot send through that channel).
remind-run-quiet = Outside sending hours: reminders planned, nothing sent. Next window: { $next }.

## Zalo
zalo-reminder-footer = Zalo does not tell which message you answer: to report a task done, type "xong 1" (its number in this message), "xong CCHC23-07" (the task code), or "xong" for the latest reminder.
zalo-help-done = To report a task done on Zalo, type "xong 1" (its number in the reminder), "xong CCHC23-07" (the task code) or "xong" (the latest reminder).
zalo-group-help = In a Zalo group I only receive messages that @mention me: @mention me to ask or to report a task done.
zalo-text-only = I can only read text messages: Zalo does not let the bot receive files or pictures. Please send a plan (.xlsx, .csv, .docx) through Telegram; a conclusion notice can be pasted into a message. Or type a question, for example "plan progress".
zalo-too-long = The message is too long (at most { $max } characters). Please type a shorter question.
zalo-error = Sorry, something went wrong with that message. Please try again in a few minutes.
zalo-onboard-welcome = Welcome, { $name }: you have joined { $unit }.{ $reminders ->
    [yes] {" "}The unit's reminders will now reach you on Zalo.
   *[no] {""}
} Type "help" to see what you can ask.
zalo-onboard-group-bound = This group is now bound to { $unit }: the unit's reminders will be sent here. In the group, @mention me to ask or to report a task done.
zalo-onboard-already = { $name }, you are already a member.
zalo-onboard-failed = The invite code cannot be used: { $reason ->
    [malformed] it is not a well-formed code (24 characters).
    [not_found] there is no such code.
    [expired] it has expired.
    [revoked] it was revoked.
    [used] it has already been used.
    [throttled] too many wrong codes were tried, please try again in 15 minutes.
   *[other] { $reason }.
} Please ask the secretariat for a new one.
zalo-onboard-unavailable = Invite codes cannot be used on Zalo in this version yet. Please contact the secretariat.
zalo-quota-warning = The Zalo bot has used { $used }/{ $limit } messages of { $month } (80% or more). From 95% it sends only overdue alerts and escalations.
zalo-quota-urgent-only = The Zalo bot has used { $used }/{ $limit } messages of { $month }: until the month ends it sends only overdue alerts and escalations on Zalo, and answers to questions asked on Zalo are paused (people who also use Telegram get them there).
zalo-quota-exhausted = The Zalo bot has used up its messages for { $month } ({ $used }/{ $limit }). Zalo reminders stop until next month; people who also use Telegram get them there.
zalo-quota-reply-elsewhere = The answer to your question on Zalo (the Zalo bot has used nearly all of this month's messages, so until the month ends it answers here):

## Task commands
task-command-done = { $code } was recorded as done at { $time }.
task-command-number-read-as-task = Number { $number } was read as task { $code } of the plan (no reminder in this chat has an item { $number }).
task-command-plan-figures = Plan { $code }: { $done } of { $total } tasks done ({ $rate }).
task-command-evidence = Evidence: { $evidence }
task-command-undo-hint = If this was a mistake, send "undo" within { $minutes } minutes.
task-command-done-reported = { $code } was recorded as reported done at { $time } and awaits confirmation by { $secretariat }.
task-command-notice-done-reported = { $code } ({ $title }; lead: { $unit }): { $person } reported it done at { $time }{ $evidence ->
    [none] .
   *[other] ; evidence: { $evidence }.
}
task-command-notice-confirm-howto = To confirm, send "confirm { $code }"; if it falls short, send "return { $code } because <reason>".
task-command-progress = Progress of { $code } updated: { $percent }% (was { $previous }%).
task-command-not-done = Recorded that { $code } is not done{ $reason ->
    [none] {""}
   *[other] ; reason: { $reason }
}. Deadline: { $deadline }; status: { $state }.
task-command-extend-hint = If more time is needed, send "extend { $code } to <date> because <reason>".
task-command-blocked = Recorded that { $code } is blocked: { $reason }. { $secretariat } has been told.
task-command-notice-blocked = { $code } ({ $title }; lead: { $unit }): { $person } reports it is blocked: { $reason }.
task-command-extension-requested = Extension request no. { $id } sent: { $code } to { $date } (current deadline { $deadline }); reason: { $reason }. { $secretariat } will review it and answer.
task-command-notice-extension-requested = Extension request no. { $id }: { $person } ({ $unit }) asks to move { $code } ({ $title }) from { $deadline } to { $date }; reason: { $reason }.
task-command-notice-extension-howto = To approve, send "approve extension { $id }"; to refuse, send "reject extension { $id } because <reason>".
task-command-extension-approved = Extension request no. { $id } approved: the new deadline of { $code } is { $date }. { $unit } has been told.
task-command-notice-extension-approved = { $secretariat } approved the extension of { $code } ({ $title }) to { $date } (request no. { $id }).
task-command-extension-refused = Extension request no. { $id } ({ $code }) refused. { $unit } has been told.
task-command-notice-extension-refused = { $secretariat } did not approve the extension of { $code } ({ $title }) (request no. { $id }){ $reason ->
    [none] .
   *[other] ; reason: { $reason }.
} The deadline remains { $deadline }.
task-command-confirmed = { $code } confirmed as done. { $unit } has been told.
task-command-notice-confirmed = { $secretariat } confirmed { $code } ({ $title }) as done.
task-command-returned = { $code } returned to { $unit }; reason: { $reason }.
task-command-notice-returned = { $secretariat } returned { $code } ({ $title }) without confirming it as done; reason: { $reason }. Please complete it and report again.
task-command-undone = Undone: { $what } for { $code }.
task-command-undone-state = Now: { $state }; progress { $progress }%; deadline { $deadline }.
task-command-notice-undone = { $person } undid { $what } for { $code } ({ $title }); the earlier notice no longer applies.
task-command-action = { $action ->
    [done] the completion
    [done_reported] the completion report
    [progress] the progress update
    [not_done] the not-done report
    [blocked] the blocked report
    [extension_requested] the extension request
    [extension_approved] the extension approval
    [extension_refused] the extension refusal
    [confirmed] the confirmation
    [returned] the return
   *[other] the change
}
task-command-refused-not-authorised = { $code } cannot be changed: { $person } is not a member of the lead unit ({ $unit }), of { $secretariat } (the secretariat) or an administrator. The task is unchanged; the attempt has been logged.
task-command-refused-not-secretariat = Only { $secretariat } (the secretariat) may { $action ->
    [confirm] confirm
    [return] return
    [refuse_extension] refuse an extension of
   *[approve_extension] approve an extension of
} { $code }. The task is unchanged; the attempt has been logged.
task-command-refused-not-secretariat-any = Only the plan's secretariat may { $action ->
    [confirm] confirm tasks
    [return] return tasks
    [refuse_extension] refuse extensions
   *[approve_extension] approve extensions
}. Nothing was changed; the attempt has been logged.
task-command-refused-already-done = { $code } is already done{ $date ->
    [none] {""}
   *[other] {" "}(on { $date })
}; nothing was changed.
task-command-refused-awaiting = { $code } was reported done and awaits confirmation by { $secretariat }; nothing was changed.
task-command-refused-not-awaiting = { $code } is not awaiting confirmation (now: { $state }); nothing was changed.
task-command-refused-date-invalid = "{ $text }" is not a valid date; nothing was changed. Please write day/month/year, e.g. 15/8/2023.
task-command-refused-date-past = { $date } is not after today ({ $today }): a new deadline must be in the future. Nothing was changed.
task-command-refused-date-not-later = The current deadline of { $code } is { $deadline }; the requested date ({ $date }) must be later. Nothing was changed.
task-command-refused-extension-pending = { $code } already has extension request no. { $id } (to { $date }) awaiting { $secretariat }; no new request was made.
task-command-refused-request-decided = Extension request no. { $id } was already { $status ->
    [approved] approved
   *[other] refused or withdrawn
}; nothing was changed.
task-command-refused-undo-expired = Changes can be undone within { $minutes } minutes only; { $what } for { $code } at { $time } is older. Nothing was changed; send a new command to correct it.
task-command-refused-changed-since = Cannot undo: { $code } has been changed since. Nothing was changed.
task-command-refused-evidence-needed = { $code } is overdue (deadline { $deadline }), so a completion needs the number of the report document. Please send, e.g. "done { $code } document no. 123/UBND of { $today }"; without a document, send "done { $code } no document". Nothing was changed.
task-command-nothing-to-undo = { $person } has no change to undo.
task-command-unknown-sender = The sender is not registered on this channel, so no task can be changed; nothing was changed. Please ask the secretariat to register you.
task-command-task-not-found = No task with code { $code }; nothing was changed. Task codes look like CCHC23-07.
task-command-no-reminder = This chat has had no reminder yet, so it is not clear which task is meant; nothing was changed. Please add the task code, e.g. "done CCHC23-07".
task-command-reply-not-reminder = The message you replied to is not a reminder, so it is not clear which task is meant; nothing was changed. Please add the task code, e.g. "done CCHC23-07".
task-command-item-not-found = The reminder of { $time } has no item { $number } (only: { $numbers }); nothing was changed.
task-command-which = The reminder of { $time } lists { $count } tasks; please give the number, e.g. "{ $action ->
    [progress] progress { $number } 70%
    [not_done] not done { $number } because <reason>
    [blocked] blocked { $number } because <reason>
    [extend] extend { $number } to <date> because <reason>
    [confirm] confirm { $number }
    [return] return { $number } because <reason>
   *[done] done { $number }
}".
task-command-which-line = { $number }. { $code } · { $title }
task-command-which-awaiting = { $count } tasks await confirmation; please give the task code, e.g. "{ $action ->
    [return] return { $code } because <reason>
   *[confirm] confirm { $code }
}".
task-command-which-task-line = • { $code } · { $title } · { $unit }
task-command-none-awaiting = No task awaits confirmation; nothing was changed.
task-command-request-not-found = There is no extension request no. { $id }; nothing was changed.
task-command-no-pending-extension = { $code } has no extension request awaiting a decision; nothing was changed.
task-command-none-pending-extension = No extension request awaits a decision.
task-command-which-extension = { $count } extension requests await a decision; please give the request number, e.g. "{ $action ->
    [refuse_extension] reject extension { $id } because <reason>
   *[approve_extension] approve extension { $id }
}".
task-command-which-extension-line = • No. { $id }: { $code } ({ $unit }) asks for { $date }; reason: { $reason }
task-command-incomplete = { $problem ->
    [several_targets] Please report one task at a time, e.g. "done 1", then "done 3".
    [percent_out_of_range] Progress must be between 0% and 100%, e.g. "progress 3 70%".
    [percent_missing] Please give the progress as a percent, e.g. "70%" or "70% submitted to the province".
    [date_missing] Please give the requested date, e.g. "extend CCHC23-07 to 15/8 because the ministry has not answered".
   *[reason_missing] { $action ->
        [blocked] Please say what blocks it, e.g. "blocked 3 because the ministry has not answered".
        [return] Please give the reason for returning it, e.g. "return CCHC23-07 because the evidence is missing".
        [refuse_extension] A refusal needs a reason the unit will read, e.g. "reject extension 3 because the task was assigned at the start of the year".
       *[extend] Please give the reason for the extension, e.g. "extend CCHC23-07 to 15/8 because the ministry has not answered".
    }
} Nothing was changed.
task-command-conflict = { $code } was changed from elsewhere at the same moment, so this was not recorded; please send it again.
task-command-failed = Not recorded because of a system error; the task is unchanged. Please try again in a few minutes.

## The secretariat's queue (/choduyet, "pending extension requests", "awaiting confirmation")
queue-header = Queue as of { $date }: { $total ->
    [0] nothing is waiting.
   *[other] { $total } items.
}
queue-extensions = Extension requests awaiting a decision: { $count }.
queue-extension-line = • Request { $id } · { $code } · { $unit } · from { $deadline } to { $date } · reason: { $reason } · sent { $sent }
queue-completions = Completions awaiting confirmation: { $count }.
queue-completion-line = • { $code } · { $unit } · reported done{ $sent ->
    [none] {""}
   *[other] {" "}on { $sent }
} · evidence: { $evidence ->
    [none] none yet
   *[other] { $evidence }
}
queue-blocked = Blocked tasks: { $count }.
queue-blocked-line = • { $code } · { $unit } · blocked{ $since ->
    [none] {""}
   *[other] {" "}since { $since }
}{ $reason ->
    [none] {""}
   *[other] : { $reason }
}
queue-more = … and { $more } more.
queue-howto = To decide, reply{ $extensions ->
    [0] {""}
   *[other] {" "}"approve extension { $id }" or "reject extension { $id } because <reason>"
}{ $completions ->
    [0] {""}
   *[other] { $extensions ->
        [0] {""}
       *[other] ;
    }{" "}"confirm { $code }" or "return { $code } because <reason>"
}.

## Nudges on request ("nhắc Sở Tài chính về CCHC23-32 …")
nudge-header = Reminder for { $unit }, sent at the request of { $person }:
nudge-line = 1. { $code } — { $title } — deadline { $deadline }{ $overdue ->
    [yes] {" "}— overdue
   *[no] {""}
}
nudge-note = Message: { $note }
nudge-queued = Reminder about { $code } sent to { $unit } ({ $chats } chats){ $later ->
    [none] .
   *[other] ; it goes out in working hours on { $later } (outside them: add "gửi ngay").
}
nudge-no-chat = { $unit } has no chat that receives reminders, so nothing was sent; nothing was changed. A member of the unit can open an invite, or { $secretariat } can create one with "/moi { $unit }" and send it to the unit.
nudge-not-allowed = Only the secretariat and leaders can send another unit a reminder; nothing was changed.
nudge-task-not-found = No task "{ $task }"; no reminder was sent. Task codes look like CCHC23-07.
nudge-other-unit = { $code } is led by { $unit }, not "{ $typed }"; no reminder was sent. Please check the unit's name or the task code.
nudge-task-done = { $code } is done; no reminder was sent.
nudge-unavailable = Nudges are not enabled on this bot; nothing was changed.

## Onboarding (invites), shared by every channel
role-name = { $role ->
    [leader] leader
    [secretariat] secretariat
    [unit_head] head of unit
    [admin] administrator
   *[unit_officer] officer
}
onboard-joined = { $name } is now registered as { $role } of { $unit }.
onboard-joined-private = The unit's reminders will be sent to this chat.
onboard-joined-group-exists = The unit's reminders are sent to the unit's group.
onboard-group-bound = This group is now linked to { $unit }. The unit's reminders will be sent here; reply to a reminder to report on it.
onboard-already-member = { $name } is already a member; this invite has been used.
onboard-invalid = { $reason ->
    [expired] This invite has expired.
    [used] This invite has already been used.
    [revoked] This invite has been revoked.
    [throttled] Too many wrong invite codes; please try again in 15 minutes.
   *[other] This invite code is not valid.
} Please ask the secretariat (Department of Home Affairs) for a new one.
onboard-stranger = Nhắc việc serves invited officials only. Please ask the secretariat (Department of Home Affairs) for an invite link, then open it or send: /start <invite code>.
onboard-not-allowed = This is for the secretariat and administrators.
onboard-invite-usage = Usage: /moi <unit> [role], e.g. /moi Sở Tư pháp officer. Roles: officer, head, leader (administrators may also invite: secretariat, admin).
onboard-invite-private-only = For safety, invites are created only in a private chat with the bot.
onboard-invite-not-allowed = You may not invite a { $role }.
onboard-invite-created = Invite for { $role } of { $unit }, single use, expires at { $expires }:
onboard-invite-code = Code: { $code }
onboard-invite-link = Open: { $link }
onboard-invite-group-link = Add the bot to the unit's group: { $link } (or send /lienket { $code } in the group)
onboard-invite-forward = Pass the code or link to the invited person only; do not post it in a group.
onboard-whoami = { $name } — { $role }
onboard-whoami-units = Units: { $units }
onboard-whoami-unit = { $unit }{ $head ->
    [yes] {" "}(head)
   *[no] {""}
}
onboard-whoami-chat = This chat receives the reminders of { $unit }.
onboard-whoami-chat-inactive = This chat is linked to { $unit } but receives no reminders at the moment.
onboard-whoami-revoked = { $name }'s access has been revoked. Please contact the secretariat if it should be restored.
onboard-whoami-unknown = Not a registered member.
onboard-members-header = Members of { $unit } ({ $count }):
onboard-members-line = • #{ $id } { $name } — { $role }
onboard-members-empty = { $unit } has no members yet.
onboard-members-hint = To revoke: /thuhoi <number>, e.g. /thuhoi { $id }.
onboard-unit-not-found = No unit "{ $name }" was found.
onboard-unit-ambiguous = "{ $name }" could be: { $options }. Please give the unit's full name or code.
onboard-revoked = { $name }'s access has been revoked.
onboard-revoke-usage = Usage: /thuhoi <member number>; see the numbers with /thanhvien <unit>.
onboard-revoke-not-found = No active member #{ $id }.
onboard-revoke-not-allowed = This member's access cannot be revoked by you.
onboard-chat-gone = For the secretariat: messages to { $chat } ({ $unit }) fail because the bot was blocked or removed from the group. Nothing more is sent there; please link it again with a new invite.

## Telegram
tg-start-member = Welcome, { $name }. Send any question, or use the commands below.
tg-help-header = Commands:
tg-help-line = /{ $command } — { $description }
tg-help-groups = In groups the bot answers commands, messages that mention @{ $bot } and replies to its own messages.
tg-help-reminders = On a reminder: press a button, or reply to it, e.g. "done, document no. 123/SNV".
tg-cmd-start = Start; open an invite
tg-cmd-help = How to use the bot
tg-cmd-nhiemvu = My unit's tasks
tg-cmd-quahan = Overdue tasks
tg-cmd-tiendo = Plan progress
tg-cmd-hoi = Ask a question
tg-cmd-baocao = Summary report now (leaders)
tg-cmd-choduyet = Waiting for a decision: extensions, completions, blocked tasks
tg-cmd-xuatbaocao = Export the report (.docx) or workbook (.xlsx) (leaders, secretariat)
tg-cmd-maunhap = The plan import template; send a plan file to import it (secretariat)
tg-cmd-moi = Create an invite (secretariat)
tg-cmd-lienket = Link this group to a unit with an invite
tg-cmd-toi = Who am I
tg-cmd-thanhvien = Members of a unit (secretariat)
tg-cmd-thuhoi = Revoke a member (secretariat)
tg-ask-usage = Usage: /hoi <question>, e.g. /hoi plan progress
tg-no-unit = This chat has no unit yet. Please name one, e.g. /nhiemvu Sở Tư pháp
tg-link-usage = Usage: /lienket <invite code>, sent in the unit's group.
tg-link-private = /lienket is for groups. In a private chat, open the invite link or send /start <invite code>.
tg-link-not-admin = Only an administrator of the group can link it to a unit.
tg-error = Sorry, something went wrong. Please try again in a few minutes.
tg-text-only = The bot reads text messages only.
tg-too-long = The message has { $length } characters, more than { $max }: only the first { $max } are taken.
tg-btn-done = ✅ Done
tg-btn-progress = 📈 Update progress
tg-btn-extend = ⏳ Request extension
tg-btn-detail = 📄 Details
tg-cb-invalid = This button is no longer valid.
tg-cb-foreign = This task does not belong to your unit.
tg-cb-done = Noted.
tg-prompt-progress = 📈 { $code }: please reply to this message with the progress, e.g. 70%
tg-prompt-extend = ⏳ { $code }: please reply to this message with the new deadline and the reason, e.g. until 15/8/2023 because we await the departments' comments
tg-decision-button = { $kind ->
    [approve_extension] ✅ Approve extension { $id } ({ $code })
    [refuse_extension] ✖️ Reject { $id }
    [confirm] ✅ Confirm { $code }
   *[return] ↩️ Return { $code }
}
tg-prompt-decision-reason = { $kind ->
    [refuse_extension] ✖️ Extension request { $id }: please reply to this message with the reason for rejecting it; the unit will receive it.
   *[return] ↩️ { $code }: please reply to this message with the reason for returning it; the unit will receive it.
}
tg-reminder-closed = ✅ { $code }: reported done by { $who } at { $time } on { $date }.
tg-reminder-awaiting = ⌛ { $code }: reported done by { $who } at { $time } on { $date }, awaiting confirmation.
tg-someone = (unknown)

## Conclusions as tasks (import --conclusions): proposals only, nothing is created
conclusions-header = { $count } tasks proposed from the text of { $date }:
conclusions-task = { $index }. { $title }
conclusions-units = Units: { $units }
conclusions-unit = { $lead ->
    [yes] { $name } (lead)
   *[no] { $name }
}
conclusions-unit-group = { $lead ->
    [yes] { $name } (a group of units, lead)
   *[no] { $name } (a group of units)
}
conclusions-unit-unknown = { $lead ->
    [yes] { $name } (⚠ not in the unit list, lead)
   *[no] { $name } (⚠ not in the unit list)
}
conclusions-no-units = Units: none named in the text, to be assigned
conclusions-deadline = Deadline: { $deadline } ({ $text })
conclusions-deadline-undated = Deadline: “{ $text }”, no date yet, to be asked
conclusions-no-deadline = Deadline: none stated in the text, to be asked
conclusions-source = From: “{ $sentence }”
conclusions-nothing-created = No task was created: these are proposals, created only after the secretariat confirms them.
conclusions-none-found = No instruction assigning work was found in the text (only results, assessments or general information). No task was created.
conclusions-empty = The text is empty: nothing to read. No task was created.
conclusions-file-missing = File { $file } not found. No task was created.
conclusions-file-unreadable = Could not read { $file } ({ $reason }). No task was created.
conclusions-file-kind = Only .txt and .docx files can be read, not { $file }. No task was created.
conclusions-no-date = The text gives no date (the line “Quảng Nam, ngày … tháng … năm …”): add --date, e.g. --date 25/7/2023. No task was created.
conclusions-bad-date = “{ $date }” is not a valid date: write --date 25/7/2023 or --date 2023-07-25.
conclusions-usage = Usage: npm run --silent import -- --conclusions <file.txt|file.docx> [--date 25/7/2023] [--dry-run] [--json]

## Exports (npm run export, /xuatbaocao): an .xlsx workbook and a .docx report (issue #11, item 5)
export-file-name = report-{ $plans }-{ $date }
export-sheet = { $sheet ->
    [tasks] Tasks
    [overdue] Overdue by unit
    [kpis] KPIs
   *[extensions] Extension history
}
export-sheet-title = { $sheet ->
    [tasks] Tasks
    [overdue] Overdue tasks by lead unit
    [kpis] KPIs with their periods and sources
   *[extensions] Extension requests
} — { $plans } — as of { $date }
export-col = { $col ->
    [no] No.
    [code] Code
    [plan] Plan
    [area] Area
    [title] Task
    [lead] Lead unit
    [cooperating] Cooperating units
    [deadline] Deadline
    [issued] Original deadline
    [state] State
    [progress] Progress (%)
    [completed] Completed on
    [evidence] Evidence
    [notes] Notes
    [unit] Unit
    [overdue] Overdue tasks
    [open] Not done
    [total] Tasks
    [codes] Overdue task codes
    [metric] Metric
    [scope] Scope
    [value] Value
    [number] Value (number)
    [target] Target
    [when] Period
    [source] Source
    [requestedBy] Requested by
    [requestedAt] Requested on
    [previous] Deadline before the request
    [asked] Deadline asked for
    [reason] Reason
    [decision] Decision
    [decidedBy] Decided by
    [decidedAt] Decided on
   *[note] Note
}
export-scope = { $scope ->
    [province] Whole province
    [department_level] Departments
    [district_level] District level
    [commune_level] Commune level
   *[unit] { $unit }
}
export-target = { $target }{ $date ->
    [none] {""}
   *[other] {" "}by { $date }
}
export-extension-status = { $status ->
    [pending] Waiting
    [approved] Approved
   *[refused] Refused
}
export-no-rows = (none)
export-doc-number = No.:          /BC-
export-doc-nation = SOCIALIST REPUBLIC OF VIET NAM
export-doc-motto = Independence - Freedom - Happiness
export-doc-place-date = { $place }, { $day }/{ $month }/{ $year }
export-doc-kind = REPORT
export-doc-subject = Implementation of { $plans }
export-doc-as-of = (Figures as of { $date })
export-doc-results = I. RESULTS
export-doc-counts = { $total } tasks in all; { $done } done ({ $donePercent }), { $late } of them late; { $onTime } in progress within the deadline; { $notStarted } not started; { $awaiting } awaiting confirmation; { $blocked } blocked; { $overdue } overdue.
export-doc-kpis = Main indicators:
export-doc-kpi = - { $metric } ({ $scope }): { $value }{ $when ->
    [none] {""}
   *[other] {" "}({ $when })
}; source: { $source }.
export-doc-table-title = Table: tasks by state
export-doc-group = { $group ->
    [overdue] Overdue
    [blocked] Blocked
    [awaiting_confirmation] Awaiting confirmation
    [in_progress_on_time] In progress within the deadline
    [not_started_on_time] Not started
    [done_late] Done late
   *[done_on_time] Done on time
} ({ $count } tasks)
export-doc-evidence = ; evidence: { $evidence }
export-doc-findings = II. SHORTCOMINGS
export-doc-proposals = III. PROPOSALS
export-doc-recipients = Recipients:
export-doc-recipients-list = - As above;
    - Archive.
export-doc-signer = DIRECTOR
export-finding-overdue = - { $count }/{ $total } tasks are overdue{ $blocked ->
    [0] {""}
   *[other] {" "}({ $blocked } of them blocked)
}, held by { $units } lead units:
export-finding-overdue-unit = + { $unit }: { $count } tasks ({ $codes });
export-finding-overdue-more = + and { $count } other units (see the workbook).
export-finding-blocked = - { $count } tasks are blocked:
export-finding-blocked-task = + { $code } ({ $unit }){ $since ->
    [none] {""}
   *[other] , since { $since }
}{ $reason ->
    [none] {""}
   *[other] : { $reason }
};
export-finding-done-late = - { $count }/{ $done } tasks were done late.
export-finding-extensions = - { $count } extension requests are waiting for a decision.
export-finding-none = - No task is overdue or blocked.
export-proposal-overdue = - { $units }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } other units
} to complete their overdue tasks without delay and report with the supporting documents.
export-proposal-blocked = - The units concerned to resolve the blockages of the { $count } tasks above.
export-proposal-extensions = - The leadership to decide on { $count } waiting extension requests.
export-proposal-confirm = - The secretariat to check and confirm { $count } tasks reported done.
export-proposal-follow-up = - Keep following the units up so that the remaining tasks are done on time.
export-done = Exported the { $format ->
    [xlsx] workbook
   *[docx] report
} of { $plans } as of { $date }: { $tasks } tasks, { $overdue } overdue, { $kpis } KPI figures, { $extensions } extension requests.
export-not-allowed = Sorry, only leaders and the secretariat may export reports. You can ask "tiến độ kế hoạch" for the progress.
export-unknown-plan = No plan "{ $plan }". Plans: { $plans }.
export-no-plans = No active plan to export.
export-usage = Usage: /xuatbaocao [docx|xlsx] [plan code or name] [tính đến 25/7/2023]. By default: the .docx report of the active plans, as of today.
export-bad-date = "{ $date }" is not a valid date: write it like 25/7/2023.
export-no-files = The { $channel } channel cannot send files yet. Please use Telegram, or ask an administrator to run: npm run export -- --format { $format }
export-saved = Wrote { $file }.

## Plans and conclusions in chat (a file, /maunhap, "xác nhận"; issue #11, items 2 and 3)
## Plan import: the preview's lines (places of problems, one line per task, the plan and the file)
plan-import-place = { $table ->
    [none] {""}
   *[other] { $table },{" "}
}row { $row }{ $column ->
    [none] {""}
   *[other] , column { $column }{ $header ->
        [none] {""}
       *[other] {" "}"{ $header }"
    }
}
plan-import-change = { $mark } { $code } (row { $row }) { $title } — { $lead }, due { $deadline }{ $changed ->
    [yes] {" "}{"["}changed: { $fields }{"]"}
   *[no] {""}
}
plan-import-field = { $field ->
    [title] title
    [area] area
    [areaText] group
    [lead] lead
    [cooperating] cooperating
    [deadline] deadline
    [product] product
    [planNote] remark
   *[other] { $field }
}
plan-import-summary-plan = Plan: { $name } {"["}{ $code }{"]"} — { $fresh ->
    [yes] new plan
   *[no] existing
}, year { $years }{ $programme ->
    [none] {""}
   *[other] , { $programme }
}{ $kind ->
    [conclusion] , conclusions
   *[other] {""}
}, secretariat: { $secretariat }
plan-import-summary-file = File: { $file } ({ $tables }): { $new } new, { $changed } changed, { $unchanged } unchanged{ $rejected ->
    [0] {""}
   *[other] , { $rejected } rows with errors
}{ $absent ->
    [0] {""}
   *[other] ; { $absent } stored tasks not in the file (kept)
}
plan-import-more-tasks = … and { $count } more (--json lists them all)
plan-chat-line = { $text }
plan-chat-preview = Preview (nothing written yet):
plan-chat-more-problems = … and { $count } more problems (npm run import -- <file> --dry-run lists them all).
plan-chat-more-tasks = … and { $count } more tasks (npm run import -- <file> --dry-run --json lists them all).
plan-chat-ask = Answer "xác nhận" to import, or "hủy" to drop it.
plan-chat-ask-with-errors = The file has { $errors } errors on { $rows } rows, so nothing was imported. Fix it and send it again, or answer "xác nhận bỏ dòng lỗi" to import only the { $good } tasks without errors; "hủy" to drop it.
plan-chat-nothing-written = Nothing imported.
plan-chat-nothing-to-do = The plan already matches the file: nothing to import.
plan-chat-cancelled = Cancelled: nothing imported.
chat-draft-stale = The data changed while waiting for confirmation, so nothing was recorded; please send the { $what ->
    [assignment] assignment
   *[conclusions] conclusion notice
} again to review it. Nothing has changed.
plan-chat-refused = Not imported: { $reason ->
    [stale] the plan changed while waiting for the confirmation; please send the file again for a new preview
    [has-errors] the file has { $errors } errors
    [not-allowed] only the secretariat and admins may import plans
   *[other] the file has a problem as a whole (header, the plan's year)
}. Nothing written.
plan-chat-imported = Imported into plan { $plan }: { $created } new, { $updated } updated, { $unchanged } unchanged{ $skipped ->
    [0] {""}
   *[other] , { $skipped } rows with errors skipped
}.
plan-chat-not-allowed = Sorry, only the secretariat and admins may import plans or make tasks of conclusions. You can send the file to the secretariat.
plan-chat-template = The import template: fill in the "Kế hoạch" sheet (see "Hướng dẫn"), then send the file back to me.
plan-chat-template-no-files = This channel cannot send files yet. Please use Telegram (/maunhap), or ask an administrator to run: npm run import -- --template mau.xlsx
plan-chat-button-confirm = xác nhận
plan-chat-button-skip = xác nhận bỏ dòng lỗi
plan-chat-button-cancel = hủy
conclusions-chat-how = Answer "xác nhận" to create the tasks; "bỏ 3" to drop task 3; "sửa hạn 2 thành 15/8"; "sửa đơn vị 1 thành Công an tỉnh"; or "hủy".
conclusions-chat-cancelled = Cancelled: no task created.
conclusions-chat-all-dropped = All proposed tasks dropped: no task created.
conclusions-chat-no-such = There is no task { $number }: the list has { $count }.
conclusions-chat-bad-deadline = Cannot read the deadline "{ $text }": write it like 15/8 or 15/8/2023.
conclusions-chat-unknown-unit = No unit "{ $name }"{ $closest ->
    [none] {""}
   *[other] ; closest: { $closest }
}.
conclusions-chat-missing = Not created: something is missing.
conclusions-chat-missing-lead = - Task { $number } has no lead unit: "sửa đơn vị { $number } thành <unit>" or "bỏ { $number }".
conclusions-chat-missing-deadline = - Task { $number } has no deadline{ $text ->
    [none] {""}
   *[other] {" "}(the text says "{ $text }")
}: "sửa hạn { $number } thành <date>" or "bỏ { $number }".
conclusions-chat-plan-name = Kết luận, chỉ đạo ngày { $date }
conclusions-chat-created = Created { $count } tasks in plan { $plan }: { $codes }.
conclusions-chat-told = { $count } lead units told{ $later ->
    [none] .
   *[other] ; the messages go out in working hours on { $later }.
}{ $missing ->
    [none] {""}
   *[other] {" "}Not told (no chat receiving reminders): { $missing }.
}

## Assignments in chat ("giao Sở TTTT chủ trì rà soát …, hạn 30/9"; issue #11, item 4)
assign-plan-name = Nhiệm vụ lãnh đạo giao qua Nhắc việc năm { $year }
assign-draft = Draft assignment (not created yet):
assign-draft-task = - Task: { $title }
assign-draft-lead = - Lead: { $unit }{ $cooperating ->
    [none] {""}
   *[other] ; cooperating: { $cooperating }
}
assign-draft-deadline = - Deadline: { $deadline }
assign-draft-plan = - Plan: { $fresh ->
    [yes] { $name } (created with this task)
   *[no] { $name } ({ $code })
}
assign-ask = Answer "xác nhận" to assign it and tell the unit, or "hủy" to drop it.
assign-cancelled = Cancelled: nothing assigned.
assign-not-allowed = Sorry, only leaders and the secretariat may assign tasks to units. You can propose it through the secretariat.
assign-example = For example: giao Sở TTTT chủ trì rà soát thủ tục hành chính chưa số hóa, phối hợp với Sở Nội vụ, hạn 30/9
assign-unknown-unit = No unit "{ $name }" at the start of the message.{ $closest ->
    [none] {""}
   *[other] {" "}Did you mean: { $closest }?
} Nothing assigned.
assign-no-task = What is { $unit } to do? Nothing assigned.
assign-needs-deadline = No deadline for the task of { $unit }: "{ $title }". Please send it again with one, e.g. ", hạn 30/9". Nothing assigned.
assign-past-deadline = The deadline { $deadline } has passed: please send it again with a later one. Nothing assigned.
assign-unknown-plan = No plan "{ $plan }". Plans: { $plans }. Nothing assigned.
assign-note = Assigned through Nhắc việc: { $person }, { $date }
assign-created = Assigned { $code } to { $unit } (plan { $plan }).
assign-told = { $unit } told ({ $chats } chats){ $later ->
    [none] .
   *[other] ; the message goes out in working hours on { $later }.
}
assign-no-chat = { $unit } has no chat receiving reminders, so it could not be told; the secretariat can make an invite with "/moi { $unit }".
assign-notice = [Assignment] { $person } assigns { $unit } to lead:
assign-notice-line = 1. { $code }: { $title } — due { $deadline }{ $cooperating ->
    [none] {""}
   *[other] ; cooperating: { $cooperating }
}

## The kpi extract command: figures read from a pasted report (issue #12, item 3)
kpi-extract-header = { $count } figures read from { $file } — please check them before they are recorded:
kpi-extract-none = No KPI figures found in { $file }; nothing to record.
kpi-extract-line = { $n }. { $name } ({ $scope }): { $kind ->
    [target] target { $value }
    [change] change { $value }
   *[result] { $value }
}{ $when }
kpi-extract-source = — from: “{ $sentence }”
kpi-extract-unknown-metric = { $name } (not in the metric catalogue)
kpi-extract-scope = { $scope ->
    [province] province
    [department_level] department level
    [district_level] district level
    [commune_level] commune level
   *[unit] { $unit }
}
kpi-extract-rank = rank { $rank }
kpi-extract-score = { $score } points
kpi-extract-period = , period { $period }
kpi-extract-as-of = , as of { $date }
kpi-extract-usage = Usage: npm run --silent kpi -- extract <file.txt|file.docx> [--json]
kpi-extract-missing-file = Cannot read { $file }: no such file.
kpi-extract-not-text = { $file } is neither a text file (.txt) nor a Word document (.docx).
kpi-usage = Usage: npm run --silent kpi -- extract <file.txt|file.docx> [--json] | set <metric> <scope> <value> --as-of <date> [--unit <unit>] [--source <source>] | import <file.xlsx|file.csv> [--dry-run] | history <metric> <scope> [--unit <unit>]

## KPI updates (chat, npm run kpi -- set / import)
kpi-update-understood = This is the figure I understood:
kpi-update-figure = • { $metric } { scope-label }: { $value } ({ $when }); source: { $source }.
kpi-update-ask = Reply "đồng ý" (agree) to record it, or "hủy" (cancel) if it is not right.
kpi-update-ask-pending = Reply "đồng ý" (agree) to send it to the Department of Home Affairs (the secretariat) for confirmation, or "hủy" (cancel) if it is not right.
kpi-update-yes = đồng ý
kpi-update-no = hủy
kpi-update-default-source = { $unit } updated through Nhắc việc ({ $person })
kpi-update-recorded = The figure is recorded (number { $id }).{ $superseded ->
    [0] {""}
   *[other] {" "}The earlier figure for the same date is replaced and kept in the history.
}
kpi-update-proposed = The figure (number { $id }) is sent to the secretariat for confirmation; it is used only once confirmed.
kpi-update-cancelled = Cancelled; nothing was recorded.
kpi-update-not-allowed = Sorry, you may not update this figure. A unit updates only its own figures; the province's figures are updated by the secretariat. Nothing was recorded.
kpi-update-problem = { $problem ->
    [several_values] The message holds several figures; please update one figure at a time.
    [not_a_result] This is a target or a change, not a result reached; please send the result.
    [out_of_range] The value is not possible for this metric (a rate is between 0% and 100%, a rank a whole number from 1).
    [negative] The value cannot be negative.
    [date_missing] Please say as of which date the figure is, for example "tính đến 15/7".
    [future_date] The figure's date has not come yet; please check it.
    [invalid_date] The figure's date is not valid; please check it.
    [unknown_unit] No unit is called "{ $detail }".
    [not_reported] This scope or unit does not report that metric.
    [invalid_value] The value could not be read.
   *[unknown_metric] I did not recognise which metric to update.
} Nothing was recorded.
kpi-update-pending-notice = A figure awaits confirmation (number { $id }):
kpi-update-pending-how = Type "duyệt số liệu { $id }" to confirm it, or "từ chối số liệu { $id } vì …" to refuse it.
kpi-decide-not-allowed = Sorry, only the secretariat confirms a unit's figures. Nothing was recorded.
kpi-decide-not-pending = No figure number { $id } awaits confirmation.
kpi-decide-approved = Figure number { $id } is confirmed; answers use it from now on.{ $superseded ->
    [0] {""}
   *[other] {" "}The earlier figure for the same date is kept in the history.
}
kpi-decide-rejected = Figure number { $id } is refused; it stays in the history but is not used.
kpi-decide-approved-notice = The secretariat confirmed your unit's figure number { $id }.
kpi-decide-rejected-notice = The secretariat refused your unit's figure number { $id }.{ $reason ->
    [none] {""}
   *[other] {" "}Reason: { $reason }
}
kpi-set-unknown-metric = There is no metric "{ $metric }". Metrics: { $keys }.
kpi-set-unknown-scope = Scope "{ $scope }" is not valid; use tinh, cap-so, cap-huyen, cap-xa or don-vi (with --unit).
kpi-set-bad-value = "{ $value }" is not a number.
kpi-set-bad-date = "{ $date }" is not a valid date; write 15/7/2023 or 2023-07-15.
kpi-set-recorded = Recorded (number { $id }): { $figure }{ $superseded ->
    [0] {""}
   *[other] {" "}— replaces { $superseded } earlier figure(s) for the same date (kept in the history).
}
kpi-import-row-error = Row { $row }: { $problem }
kpi-import-column-missing = { $file } has no { $column } column.
kpi-import-summary = { $count } valid figures, { $errors } rows with errors.
kpi-import-done = Recorded { $count } figures from { $file }; { $superseded } earlier figures for the same dates replaced (kept in the history).
kpi-import-not-written = Nothing was recorded because the file has errors; fix the rows above and import it again.
kpi-history-line = { $n }. { $value } ({ $when }) — { $status ->
    [current] in use
    [superseded] replaced
    [pending] awaiting confirmation
   *[rejected] refused
}; source: { $source }{ $by ->
    [none] {""}
   *[other] ; recorded by { $by }
}
kpi-cli-source = Entered with the kpi set command
kpi-import-source = File { $file }
kpi-history-none = No figures yet.
kpi-paste-understood = I read { $count } figures in the text:
kpi-paste-sentence = { "  " }(sentence: "{ $sentence }")
kpi-paste-skipped = • Left out: "{ $sentence }" — { $problem ->
    [not_a_result] a target or a change, not a result
    [out_of_range] not a valid value for this figure
    [negative] a negative value
    [date_missing] no date given for the figure
    [future_date] the figure's date has not come yet
    [invalid_date] an invalid date
    [unknown_unit] no unit "{ $detail }"
    [not_reported] that level or unit does not report this figure
   *[other] the figure could not be read
}.
kpi-paste-ask = Answer "đồng ý" to record all { $count } figures above, or "hủy" if something is wrong.
kpi-file-problem = The figures of "{ $name }" could not be read: { $problem ->
    [format] only .docx and .txt files are read
    [too_large] the file is larger than { $max } MB
    [empty] the file has no text
   *[unreadable] the file is damaged or not a document
}. Nothing was recorded.
kpi-file-no-figures = No KPI figure was found in "{ $name }". Nothing was recorded.
tg-help-kpi-file = Figures from a report: send a .docx or .txt file with the caption "cập nhật số liệu" (optionally "nguồn: …"); the bot lists each figure it reads, with its sentence, for you to answer "đồng ý". A file sent without that caption is read as a plan or a conclusion notice.
kpi-paste-none-valid = The text has { $count } figures, but none can be recorded. Nothing recorded.
kpi-paste-recorded = Recorded { $count } figures (codes { $ids }).{ $superseded ->
    [0] {""}
   *[other] {" "}Earlier figures of the same dates were replaced and stay in the history.
}

## Charts (npm run chart)
chart-usage = Usage: npm run --silent chart -- "<question or chart name>" --out chart.png [--svg]
chart-unknown = I could not tell which chart to draw. You can ask for: "biểu đồ tỷ lệ trực tuyến theo cấp" (online rate by level), "biểu đồ kích hoạt tài khoản định danh so với chỉ tiêu" (activations against the target), "biểu đồ tiến độ các đơn vị" (progress by unit), "biểu đồ xu hướng tài khoản định danh đã kích hoạt" (a trend).
chart-no-data = There are no figures to draw this chart yet.
chart-saved = Chart saved to { $file } ({ $width }×{ $height } pixels).
chart-online-rate-title = Online dossier rate by level
chart-activations-title = Activated electronic identity accounts against the target
chart-progress-title = Progress of { $plan } by lead unit
chart-progress-source = Source: Nhắc việc task records as of { $date }.
chart-progress-line = • { $unit }: { $done }/{ $total } done; { $open } in progress within the deadline; { $overdue } overdue.
chart-progress-more = And { $count } other units with fewer tasks behind.
chart-legend-done = Done
chart-legend-on-time = Not done, within the deadline
chart-legend-overdue = Overdue
chart-trend-title = { $metric } { scope-label } over time
chart-trend-one-value = Only one figure so far: not enough to show a trend.
chart-as-of = As of { $date }
chart-target-marker = Target { $target }{ $date ->
    [none] {""}
   *[other] {" "}by { $date }
}
chart-target-gap = { $gap } short of the target; { $days } days from { $from }{ $pace ->
    [none] .
   *[other] , { $pace } a day on average needed.
}
chart-target-reached = The target is reached.
chart-caption-line = • { $label }: { $value } ({ $when })
chart-text = { $text }
chart-text-only = (The chart as a picture is not sent on this channel yet; its figures are above.)

## Backup and restore (npm run backup, npm run restore)
backup-done = Backed up to { $file }: { $pages } pages, { $tasks } tasks, { $deliveries } messages in the outbox.
backup-failed-check = The backup failed its check: { $reason }
backup-postgres = PostgreSQL database: back it up with pg_dump and restore it with pg_restore (see the README).
restore-usage = Usage: npm run restore -- <backup .db file>. Stop the bot before restoring.
restore-refused = Not restored: { $reason }
restore-done = Restored { $file } from { $from }: { $tasks } tasks, { $deliveries } messages in the outbox. Restart the bot.

## Sending (issue #14): when the platform makes the bot wait too long
outbound-busy = The bot is receiving many requests at once and could not send its answer. Please ask again in a few minutes.

## KPIs over time: against last month, the start of the year, the same period; up or down; how much a week (issue #12, item 2)
kpi-change-direction = { $direction ->
    [up] up
    [down] down
    [rank_down] up
    [rank_up] down
   *[same] unchanged
}
kpi-change = Against the figure of { $baseWhen } ({ $base }): { $movement }.
kpi-change-movement = { kpi-change-direction }{ $direction ->
    [same] {""}
   *[other] {" "}{ $amount }{ $relative ->
        [none] {""}
       *[other] {" "}({ $direction ->
            [down] −
           *[other] +
        }{ $relative })
    }
}
kpi-change-amount = { $measure ->
    [percent] { $amount } percentage points
    [rank] { $amount } places
   *[other] { $amount }{ $label ->
        [none] {""}
       *[other] {" "}{ $label }
    }
}
kpi-change-per = { $per ->
    [day] day
    [week] week
   *[month] month
}
kpi-change-pace = On average { kpi-change-direction }{ $direction ->
    [same] {""}
   *[other] {" "}{ $amount }
} a { kpi-change-per } (from { $from } to { $to }).
kpi-change-needed = To reach the target of { $target } by { $targetDate }, { $amount } a { kpi-change-per } on average is needed from the day after { $from }.
kpi-change-only-one = There is only one figure for this so far; no earlier figure to compare with.
kpi-change-asked = { $kind ->
    [previous] before it
    [window] for { $text }
    [year_start] at the start of { $text }
   *[same_period] for the same period of { $text }
}
kpi-change-no-reference = There is no figure { $asked } to compare with. Earlier figures: { $dates }.
kpi-change-periods-differ = Note: the two figures cover periods of different lengths; compare them with care.

## Briefing: figures changed since the last weekly digest (issue #12, item 5)
briefing-changes = • Figures changed since the last weekly digest ({ $since }){ $more ->
    [0] {""}
   *[other] , { $more } more not shown here
}:
briefing-change = { "  " }– { $metric } { scope-label }: { $value } ({ $when }), { $movement ->
    [corrected] corrected, it was { $previous }
   *[other] { $movement }
}.
briefing-chart-progress = biểu đồ tiến độ các đơn vị
briefing-chart-online-rate = biểu đồ tỷ lệ trực tuyến theo cấp
briefing-chart-activations = biểu đồ kích hoạt tài khoản định danh so với chỉ tiêu

## Audit trail (npm run audit): who did what through the chat, never what they wrote
audit-none = No action in this period.
audit-line = { $time } · { $channel } · chat { $chat } · sender { $sender } · { $person ->
    [none] not a member
   *[other] member no. { $person }
} · { $action } · { $target ->
    [none] —
   *[other] { $target }
} · { $outcome }
