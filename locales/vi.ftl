## Tiếng Việt — ngôn ngữ mặc định. Số và ngày đã được định dạng sẵn theo kiểu Việt Nam (18,05%; 447.246; 31/7/2023).

## Chung
source-line = Nguồn: { $source }, { $when }.
when-period = số liệu { $period }
when-as-of = số liệu tính đến { $date }
scope-label = { $scope ->
    [province] toàn tỉnh
    [department_level] khối sở, ngành
    [district_level] cấp huyện
    [commune_level] cấp xã
   *[unit] của { $unit }
}

## Chỉ số (KPI)
metric-amount = { $qualifier ->
    [more_than] hơn { $amount }
    [less_than] dưới { $amount }
    [about] khoảng { $amount }
   *[exact] { $amount }
}
kpi-value = { $metric } { scope-label } ({ $when }): { $value }.
kpi-value-target = Chỉ tiêu: { $target }{ $targetDate ->
    [none] {""}
   *[other] {" "}đến { $targetDate }
}.
kpi-value-note = { $note }
kpi-definition = Cách tính: { $definition }
kpi-remaining = Còn { $remaining }/{ $total } chưa hoàn thành.
kpi-no-data = Chưa có số liệu về { $metric } { scope-label }.
kpi-no-data-for-period = Chưa có số liệu về { $metric } cho { $asked }. Số liệu hiện có: { $when }.
kpi-known-scopes = Hiện có số liệu: { $scopes }.
kpi-compare-header = { $metric } ({ $when }), từ cao đến thấp:
kpi-compare-line = • { $label }: { $value }
kpi-compare-line-inline = { $label } ({ $value })
kpi-compare-highest = Cao nhất: { $highest }; thấp nhất: { $lowest }.
kpi-compare-pair = Chênh lệch: { $first } cao hơn { $second } { $points } điểm phần trăm.
kpi-compare-ratio = { $first } gấp { $times } lần { $second }.
kpi-compare-equal = Chênh lệch: { $first } và { $second } bằng nhau.
kpi-gap = Theo { $when }, { $metric } đạt { $value }; chỉ tiêu { $target } đến { $targetDate }, còn thiếu { $gap }.
kpi-points = { $amount } điểm phần trăm
kpi-gap-pace = Từ sau ngày có số liệu ({ $asOf }) đến { $targetDate } có { $days } ngày: cần bình quân { $pace } mỗi ngày (từ hôm nay còn { $daysLeft } ngày là đến hạn).
kpi-gap-passed = Hạn chỉ tiêu { $targetDate } đã qua; chưa có số liệu sau ngày { $asOf }.
kpi-gap-reached = Đã đạt chỉ tiêu { $target }.
kpi-no-target = { $metric } chưa có chỉ tiêu trong dữ liệu.
derived-value = { $figure ->
    [eid_accounts_not_activated] Số tài khoản định danh điện tử chưa kích hoạt
   *[identity_profiles_without_account] Số hồ sơ định danh điện tử đã tạo lập nhưng chưa có tài khoản
} ({ $when }): { $result } (= { $fromName } { $from } − { $minusName } { $minus }).
derived-share = Tức là bằng { $share } { $fromName }.
derived-no-data = Chưa đủ số liệu để tính { $figure ->
    [eid_accounts_not_activated] số tài khoản chưa kích hoạt
   *[identity_profiles_without_account] số hồ sơ chưa có tài khoản
}.
derived-different-dates = Hai số liệu cần để tính { $figure ->
    [eid_accounts_not_activated] số tài khoản chưa kích hoạt
   *[identity_profiles_without_account] số hồ sơ chưa có tài khoản
} không cùng thời điểm, nên không tính.
share-value = Theo { $when }, { $partName } { $part }{ $wholeName ->
    [none] {" "}trên tổng số { $whole }
   *[other] {" "}so với { $wholeName } { $whole }
}: bằng { $share }.
difference-value = Theo { $when }, { $aName } { $a } − { $bName } { $b } = { $result }.
difference-target-value = Theo { $when }, chỉ tiêu { $aName }{ $targetDate ->
    [none] {""}
   *[other] {" "}đến { $targetDate }
} là { $a } − { $bName } { $b } = { $result }.
per-value = Theo { $when }, { $amountName } { $amount } / { $countName } { $count }: bình quân { $each } mỗi lượt.
share-no-data = Chưa đủ số liệu để tính tỷ lệ này.
share-different-dates = Hai số liệu không cùng thời điểm, nên không tính tỷ lệ giữa chúng.
ranking = { $metric } ({ $when }): đứng thứ { $rank }/{ $of }.
ranking-goal = Mục tiêu: vào top { $goal } tỉnh, thành phố dẫn đầu đến { $targetDate }; cần tăng ít nhất { $steps } bậc.
ranking-goal-reached = Mục tiêu: vào top { $goal } đến { $targetDate }: đã đạt.

## Kế hoạch và nhiệm vụ
# Several plans are followed at once: each plan's part of an answer opens with its name.
plan-heading = { $plan } ({ $code }):
plans-others = Đang theo dõi thêm { $count } kế hoạch khác; đề nghị hỏi kèm tên hoặc mã kế hoạch để xem từng kế hoạch.
plan-progress = { $plan }, tính đến { $date }: hoàn thành { $done }/{ $total } nhiệm vụ, đạt { $rate }.
plan-progress-detail = Đang thực hiện trong hạn: { $inProgress }; quá hạn: { $overdue }; chưa triển khai: { $notStarted }; còn lại: { $remaining }.
plan-progress-detail-extended = Theo thời hạn đang áp dụng ({ $extended } nhiệm vụ đã được gia hạn): đang thực hiện trong hạn: { $inProgress }; quá hạn: { $overdue }; chưa triển khai: { $notStarted }; còn lại: { $remaining }.
plan-progress-as-issued = Theo thời hạn của kế hoạch khi ban hành (chưa tính gia hạn): đang thực hiện trong hạn: { $inProgress }; quá hạn: { $overdue }; chưa triển khai: { $notStarted }; hoàn thành trễ hạn: { $doneLate }.
plan-progress-done-timing = Trong số đã hoàn thành: đúng hạn { $onTime }, trễ hạn { $late }.
plan-progress-blocked = Đang vướng mắc (đơn vị đã báo): { $blocked } nhiệm vụ; hỏi "nhiệm vụ nào đang bị vướng" để xem chi tiết.
plan-progress-awaiting = Chờ Văn phòng thường trực xác nhận: { $awaiting }.
plan-progress-source = Nguồn: dữ liệu nhiệm vụ của Nhắc việc cập nhật đến { $date }; danh mục nhiệm vụ theo { $source }.
plan-secretariat = Cơ quan thường trực theo dõi kế hoạch: { $unit }.
plan-none = Chưa có kế hoạch nào trong dữ liệu.
plan-figure-is = { $kind ->
    [count] { $typed } là số nhiệm vụ đã hoàn thành trên tổng số nhiệm vụ của kế hoạch:
   *[rate] { $typed } là tỷ lệ nhiệm vụ đã hoàn thành của kế hoạch (số nhiệm vụ hoàn thành chia cho tổng số nhiệm vụ):
}
plan-figure-unknown = Con số { $typed } không khớp với số liệu nào Nhắc việc đang theo dõi, nên chưa thể giải thích để tránh trả lời sai.
task-list-header = { $filter }: { $total } nhiệm vụ{ $shown ->
    [all] { $order ->
        [progress] , theo tiến độ:
        [lateness] , trễ nhiều nhất trước:
       *[other] .
    }
   *[other] { $order ->
        [progress] , hiển thị { $shown } nhiệm vụ theo tiến độ:
        [lateness] , hiển thị { $shown } nhiệm vụ trễ nhiều nhất:
       *[other] , hiển thị { $shown } nhiệm vụ gần hạn nhất.
    }
}
task-list-more = Còn { $count } nhiệm vụ khác: { $codes }.
task-filter-progress-above = từ { $value }% trở lên
task-filter-progress-below = dưới { $value }%
task-list-empty = { $filter }: { $state ->
    [done] chưa có nhiệm vụ nào.
   *[other] không có nhiệm vụ nào.
}
task-list-line = • { $code } · { $title } · { $unit } · hạn { $deadline } · { $state }{ $progress ->
    [none] {""}
   *[other] {" "}· tiến độ { $progress }%
}
names-joined = { $first } và { $last }
task-filter = { $state ->
    [in_progress] Nhiệm vụ đang thực hiện (kể cả đã quá hạn)
    [open_on_time] Nhiệm vụ chưa hoàn thành và chưa đến hạn
    [not_started] Nhiệm vụ chưa triển khai (kể cả đã quá hạn)
    [overdue_not_started] Nhiệm vụ quá hạn mà chưa triển khai
    [overdue_in_progress] Nhiệm vụ đang thực hiện nhưng đã quá hạn
    [all] Nhiệm vụ
    [overdue] Nhiệm vụ quá hạn
    [blocked] Nhiệm vụ đang vướng mắc
    [done] Nhiệm vụ đã hoàn thành
    [done_on_time] Nhiệm vụ hoàn thành đúng hạn
    [done_late] Nhiệm vụ hoàn thành trễ hạn
    [in_progress_on_time] Nhiệm vụ đang thực hiện trong hạn
    [not_started_on_time] Nhiệm vụ chưa triển khai
   *[open] Nhiệm vụ chưa hoàn thành
}{ $programme ->
    [none] {""}
   *[other] {" "}thuộc { $programme }
}{ $unit ->
    [none] {""}
   *[other] { $role ->
        [cooperating] {" "}do { $unit } phối hợp
        [either] {" "}do { $unit } chủ trì hoặc phối hợp
       *[lead] {" "}do { $unit } chủ trì
    }{ $partner ->
        [none] {""}
       *[other] { $role ->
            [cooperating] , { $partner } chủ trì
           *[lead] , { $partner } phối hợp
        }
    }
}{ $except ->
    [none] {""}
   *[other] {" "}(không kể nhiệm vụ do { $except } chủ trì)
}{ $late ->
    [none] {""}
   *[other] {" "}(trễ hơn { $late } ngày theo lịch)
}{ $progress ->
    [none] {""}
   *[other] {" "}có tiến độ { $progress }
}{ $pick ->
    [nearest] {" "}có hạn gần nhất
    [progress_asc] {" "}có tiến độ thấp nhất
    [progress_desc] {" "}có tiến độ cao nhất
    [late_desc] {" "}lâu nhất
   *[none] {""}
}{ $words ->
    [none] {""}
   *[other] {" "}có nội dung "{ $words }"
}{ $area ->
    [none] {""}
   *[other] {" "}thuộc lĩnh vực { $area }
}{ $due ->
    [none] {""}
   *[other] { $dueKind ->
        [completed] {" "}hoàn thành { $due }
       *[deadline] {" "}có hạn { $due }
    }
}, tính đến { $date }
task-state = { $state ->
    [done_on_time] đã hoàn thành đúng hạn
    [done_late] đã hoàn thành trễ { $days } ngày làm việc{ $calendarDays ->
        [none] {""}
       *[other] {" "}({ $calendarDays } ngày theo lịch)
    }
    [awaiting_confirmation] chờ xác nhận hoàn thành
    [in_progress_on_time] đang thực hiện trong hạn
    [not_started_on_time] chưa triển khai
   *[overdue] quá hạn { $days } ngày làm việc{ $calendarDays ->
        [none] {""}
       *[other] {" "}({ $calendarDays } ngày theo lịch)
    }
}
deadline-extended = { $deadline } (đã gia hạn; hạn ban đầu { $original })
task-state-blocked = đang vướng mắc{ $since ->
    [none] {""}
   *[other] {" "}từ { $since }
}{ $reason ->
    [none] {""}
   *[other] {" "}({ $reason })
}{ $overdue ->
    [yes] , quá hạn { $days } ngày làm việc{ $calendarDays ->
        [none] {""}
       *[other] {" "}({ $calendarDays } ngày theo lịch)
    }
   *[no] {""}
}
level-units = các đơn vị { $scope ->
    [department_level] khối sở, ngành
    [district_level] cấp huyện
   *[commune_level] cấp xã
}
task-detail = { $code }: { $title }
task-detail-lead = Chủ trì: { $unit }{ $cooperating ->
    [none] {""}
   *[other] ; phối hợp: { $cooperating }
}.
task-detail-area = Lĩnh vực: { $area }.
task-detail-deadline = Hạn: { $deadline }{ $left ->
    [none] {""}
    [0] {" "}(hôm nay)
   *[other] {" "}(còn { $left } ngày)
}; tình trạng: { $state }; tiến độ: { $progress }%.
task-detail-completed = Hoàn thành ngày { $date }{ $evidence ->
    [none] .
   *[other] ; minh chứng: { $evidence }.
}
task-detail-notes = Ghi chú: { $notes }
task-not-found = Không tìm thấy nhiệm vụ mã { $code }. Mã nhiệm vụ có dạng CCHC23-07.
unit-not-found = Không tìm thấy đơn vị "{ $name }" trong danh sách.
unit-ambiguous = "{ $name }" có thể là: { $options }. Xin nói rõ đơn vị.
area = { $area ->
    [institutions] cải cách thể chế
    [procedures] cải cách thủ tục hành chính
    [apparatus] cải cách tổ chức bộ máy
    [civil_service] cải cách chế độ công vụ
    [public_finance] cải cách tài chính công
    [digital_government] xây dựng chính quyền điện tử, chính quyền số
   *[direction] công tác chỉ đạo, điều hành và thông tin, tuyên truyền
}
due-window = { $text ->
    [none] trong khoảng { $window }
   *[other] { $text } ({ $window })
}
due-window-passed = { $text } (đã qua)
task-count = { $filter }: { $total } nhiệm vụ ({ $codes }{ $more ->
    [0] {""}
   *[other] {" "}và { $more } nhiệm vụ khác
}).
task-breakdown = { $filter }: { $total } nhiệm vụ, đã hoàn thành { $done } nhiệm vụ ({ $done }/{ $total }){ $open ->
    [0] .
   *[other] , còn { $open } nhiệm vụ chưa hoàn thành: đang thực hiện trong hạn { $inProgress }; quá hạn { $overdue }; chưa triển khai { $notStarted }.
}
task-share = Tỷ lệ: { $count }/{ $total } nhiệm vụ của kế hoạch, bằng { $share }.
task-codes = Gồm: { $codes }{ $more ->
    [0] {""}
   *[other] {" "}và { $more } nhiệm vụ khác
}.
task-overdue-codes = Quá hạn: { $codes }.
task-code-progress = { $code } (tiến độ { $progress }%)
task-in-progress-split = Trong đó: { $onTime } nhiệm vụ còn trong hạn, { $late } nhiệm vụ đã quá hạn.
task-next-deadline = Nhiệm vụ có hạn gần nhất sau đó: { $code } · { $title } · hạn { $deadline }.
task-title-not-found = Không tìm thấy nhiệm vụ có nội dung "{ $words }"; dưới đây là kết quả theo các điều kiện còn lại của câu hỏi.
kpi-no-national = Nhắc việc chưa có số liệu của cả nước để so sánh.
task-count-of-total = Trên tổng số { $total } nhiệm vụ ({ $count }/{ $total }).
task-records-source = Nguồn: dữ liệu nhiệm vụ của Nhắc việc cập nhật đến { $date }.
asker-unit-unknown = Chưa xác định được đơn vị của người hỏi trên kênh này. Xin nêu tên đơn vị, ví dụ: "Sở Tư pháp còn việc gì?".

units-all-done = { $plan }: không còn đơn vị nào có nhiệm vụ chưa hoàn thành (tính đến { $date }).
units-ranking-header = { $group ->
    [unit_total] Các đơn vị chủ trì nhiệm vụ trong { $plan } ({ $groups } đơn vị), nhiều nhiệm vụ nhất trước, tính đến { $date }:
    [unit_done] Đơn vị theo tỷ lệ hoàn thành trong { $plan }, tính đến { $date }:
    [unit_open] Đơn vị còn nhiều nhiệm vụ chưa hoàn thành nhất trong { $plan }, tính đến { $date }:
    [area_open] Lĩnh vực còn nhiều nhiệm vụ chưa hoàn thành nhất trong { $plan }, tính đến { $date }:
    [area_total] Các lĩnh vực của { $plan } ({ $groups } lĩnh vực), nhiều nhiệm vụ nhất trước, tính đến { $date }:
    [area_done] Lĩnh vực theo tỷ lệ hoàn thành trong { $plan }, tính đến { $date }:
    [area_slow] Lĩnh vực chậm nhất trong { $plan }, tính đến { $date } ({ $withOverdue } lĩnh vực có nhiệm vụ quá hạn):
   *[unit_slow] Đơn vị chậm nhất trong { $plan }, tính đến { $date } ({ $withOverdue } đơn vị có nhiệm vụ quá hạn):
}
units-ranking-level = (Chỉ tính { $units }.)
units-ranking-except = (Không kể { $unit }.)
units-ranking-line = { $measure ->
    [total] { $rank }. { $unit }: { $total } nhiệm vụ, đã hoàn thành { $done }, quá hạn { $overdue }
    [done] { $rank }. { $unit }: hoàn thành { $done }/{ $total }, quá hạn { $overdue }
    [open] { $rank }. { $unit }: { $open } nhiệm vụ chưa hoàn thành (quá hạn { $overdue }), trên tổng số { $total }
   *[slow] { $rank }. { $unit }: { $overdue } nhiệm vụ quá hạn, { $open } nhiệm vụ chưa hoàn thành
}
units-ranking-source = Nguồn: dữ liệu nhiệm vụ của Nhắc việc cập nhật đến { $date }.

## Tóm tắt trước cuộc họp
briefing-header = Tóm tắt tình hình{ $programme ->
    [none] {""}
   *[other] {" "}thực hiện { $programme }
}, tính đến { $date }:
briefing-plan = • { $plan }: hoàn thành { $done }/{ $total } ({ $rate }); quá hạn { $overdue }; đang thực hiện trong hạn { $inProgress }{ $blocked ->
    [0] {""}
   *[other] ; đang vướng mắc { $blocked }
}.
briefing-overdue-units = • Quá hạn theo đơn vị chủ trì: { $units }.
briefing-unit = { $unit } { $overdue }
briefing-target = • { $metric }: { $value } ({ $when }); chỉ tiêu { $target }{ $targetDate ->
    [none] {""}
   *[other] {" "}đến { $targetDate }
}, còn thiếu { $shortfall }{ $daysLeft ->
    [-1] {""}
   *[other] , còn { $daysLeft } ngày
}.
briefing-rank = • { $metric }: hạng { $value } ({ $when }); mục tiêu vào top { $target }{ $targetDate ->
    [none] {""}
   *[other] {" "}đến { $targetDate }
}, cần tăng { $shortfall } bậc.
briefing-target-reached = • { $metric }: { $value } ({ $when }), đã đạt chỉ tiêu { $target }.
briefing-levels = • { $metric } ({ $when }): { $values }.
briefing-level = { scope-label } { $value }
briefing-programme-tasks = • Nhiệm vụ { $programme }: { $total }; hoàn thành { $done }; quá hạn { $overdue }.
briefing-value = • { $metric }: { $value } ({ $when }).
briefing-source = Nguồn: dữ liệu nhiệm vụ của Nhắc việc; các chỉ số theo nguồn ghi trong từng số liệu (hỏi từng chỉ số để xem nguồn).
digest-not-allowed = Báo cáo tổng hợp dành cho lãnh đạo và cơ quan thường trực.

## Hội thoại
greeting = Kính chào { $name }. Tôi là trợ lý Nhắc việc, có thể báo tiến độ kế hoạch CCHC, các chỉ số CCHC, CĐS, Đề án 06 và nhắc hạn nhiệm vụ.
thanks = Dạ, rất vui được hỗ trợ.
help = Có thể hỏi, ví dụ:
help-example = • { $text }
help-example-1 = Tiến độ kế hoạch CCHC năm 2023?
help-example-2 = Tỷ lệ hồ sơ trực tuyến cấp huyện?
help-example-3 = Còn thiếu bao nhiêu tài khoản định danh để đạt chỉ tiêu?
help-example-4 = Những nhiệm vụ nào đang quá hạn?
help-example-5 = Công an tỉnh còn những việc gì?
help-example-6 = CCHC23-07 (xem một nhiệm vụ theo mã)
unknown = Chưa rõ câu hỏi. Có thể hỏi, ví dụ:
leftover = Chưa hiểu phần "{ $words }" trong câu hỏi{ $metric ->
    [none] {""}
   *[other] {" "}về { $metric }
}, nên chưa đưa số liệu để tránh trả lời sai.
suggest-metric = { $metric } { scope-label }?
unknown-suggest = Có thể hỏi, ví dụ:
level-not-held = Chưa có số liệu về { $metric } ở { $level }: số liệu chỉ được báo cáo đến cấp xã.
other-province = Chưa có số liệu của { $name }: Nhắc việc chỉ theo dõi số liệu và nhiệm vụ của { $ours }.
help-example-7 = Tóm tắt tình hình trước cuộc họp
unknown-metric = Chưa có số liệu về { $name ->
    [none] nội dung này
   *[other] "{ $name }"
}. Các số liệu hiện có: { $metrics }.
# Giữa hai câu trả lời của một tin nhắn hỏi hai việc: một dòng trống.
answer-part-break = {""}
task-title-english = Tên nhiệm vụ được lưu bằng tiếng Việt: đề nghị nêu mã nhiệm vụ (ví dụ CCHC23-07) hoặc vài từ tiếng Việt trong tên nhiệm vụ.
out-of-domain = Xin lỗi, nội dung này ngoài phạm vi hỗ trợ. Tôi chỉ trả lời về kế hoạch CCHC, chuyển đổi số, Đề án 06 và các nhiệm vụ được giao.
empty-message = Xin nhập câu hỏi, ví dụ: "tiến độ kế hoạch CCHC".
demo-banner = Dữ liệu minh họa: Quảng Nam 2023. Bot chạy như tại thời điểm { $date } (giờ Việt Nam).

## Trò chuyện thử trên máy (console)
console-intro = Nhắc việc — trò chuyện thử. Lệnh: /as <người hoặc đơn vị>, /who (danh sách người có thể đóng vai), /nhacviec (lời nhắc đã gửi), /help, /quit. Đang là: { $persona }
console-people = Có thể đóng vai (gõ /as và tên, chức danh hoặc đơn vị, ví dụ: /as Chủ tịch, /as Núi Thành):
console-people-line = • { $person } — { $units }
console-log-file = Nhật ký của bot ghi vào { $file }.
console-reminders-sent = Bot vừa gửi { $count } lời nhắc việc tới { $chats } người và nhóm. Gõ /nhacviec để xem.
console-reminders-none = Chưa có lời nhắc việc mới nào được gửi.
console-person = { $name }{ $title ->
    [none] {""}
   *[other] {" "}({ $title })
}
console-guest = khách
console-acting-as = Đang là: { $persona }
console-persona-not-found = Không tìm thấy người hoặc đơn vị "{ $query }".

## Nhắc việc
remind-part = { $part ->
    [none] {""}
   *[other] {" "}(phần { $part })
}
remind-header = { $audience ->
    [unit_head] Kính gửi thủ trưởng { $unit }{ remind-part }: tin báo cáo vượt cấp (ngày { $date }). Các nhiệm vụ dưới đây đã quá hạn từ { $days } ngày làm việc trở lên; đơn vị đã được nhắc{ $reminded ->
        [0] {""}
       *[other] {" "}{ $reminded } lần
    } nhưng chưa báo hoàn thành, chưa xin gia hạn và chưa báo vướng mắc, nên bot báo để thủ trưởng chỉ đạo.
    [secretariat] Báo cáo cơ quan thường trực{ remind-part }: { $unit } có nhiệm vụ quá hạn chưa hoàn thành (ngày { $date }).
   *[unit] Nhắc việc gửi { $unit }, ngày { $date }{ remind-part }
}
remind-catch-up = Trong thời gian bot tạm dừng, có { $count } nhắc việc chưa gửi (từ { $from } đến { $to }). Tình trạng đến hôm nay:
remind-section = { $state ->
    [overdue] Đã quá hạn:
    [due_today] Đến hạn hôm nay:
   *[before] Sắp đến hạn:
}
# A task's plan, under the section heading, when several plans are followed at once.
remind-plan = Theo { $plan } ({ $code }):
remind-line = { $number }. { $code } — { $title } — hạn { $deadline } — { $state }
remind-state = { $state ->
    [overdue] { $days ->
        [0] đã quá hạn
       *[other] quá hạn { $days } ngày làm việc
    }
    [due_today] hạn chót hôm nay
   *[before] còn { $days } ngày làm việc
}
remind-answer = { $audience ->
    [secretariat] Xem chi tiết: gửi mã nhiệm vụ, ví dụ "{ $code }"; xem việc chờ xử lý: /choduyet.
   *[other] { $situation ->
        [overdue] Trả lời tin này: đã xong thì gửi "xong { $number } VB số 123/UBND" (không có văn bản: "xong { $number } không có văn bản"); đang làm thì "tiến độ { $number } đạt 70%"; cần thêm thời gian thì "xin gia hạn { $number } đến { $date } vì …"; gặp khó khăn thì "vướng { $number } do …".
       *[before] Trả lời tin này: đã xong thì gửi "xong { $number }", kèm số văn bản nếu có; đang làm thì "tiến độ { $number } đạt 70%".
    }
}
remind-how-to-answer = Trả lời: xong <số> hoặc xong <mã nhiệm vụ>, kèm số văn bản nếu có.
remind-no-chat = Thông báo cho cơ quan thường trực: { $unit } chưa có chat nào nhận nhắc việc, nên { $count } nhắc việc không gửi được ({ $codes }). Xin gắn một nhóm chat cho đơn vị.
remind-chat-gone = Thông báo cho cơ quan thường trực: không gửi được tin nhắc việc tới chat { $chat } ({ $unit }) vì chat không còn tồn tại hoặc bot đã bị xóa khỏi nhóm. Bot đã ngừng gửi vào chat này; xin gắn lại chat cho đơn vị.{ $codes ->
    [none] {""}
   *[other] {" "}Nhiệm vụ trong các tin chưa gửi được: { $codes }.
}
remind-unknown-unit = đơn vị chưa rõ

## Báo cáo tuần gửi lãnh đạo
digest-header = Báo cáo tuần gửi lãnh đạo, ngày { $date }
digest-overdue-header = Nhiệm vụ quá hạn theo đơn vị:
digest-overdue-line = • { $unit }: { $count } nhiệm vụ ({ $codes })
digest-overdue-none = Không có nhiệm vụ quá hạn.
digest-blocked = Đang vướng mắc (đơn vị đã báo): { $count } nhiệm vụ — { $tasks }.
digest-blocked-task = { $code } ({ $unit }{ $reason ->
    [none] {""}
   *[other] : { $reason }
})
digest-kpi-header = Chỉ số có số liệu mới kể từ báo cáo tuần trước ({ $since }):
digest-kpi-line = • { $metric } { scope-label }: { $value } ({ $when }){ $previous ->
    [none] ; chưa có số liệu trước đó.
   *[other] ; báo cáo tuần trước: { $previous } ({ $previousWhen }), { $change }.
}
digest-kpi-correction = • { $metric } { scope-label }: đính chính số liệu ({ $when }) thành { $value }; trước đây ghi { $previous }.
digest-kpi-more = Và { $count } chỉ số khác có số liệu mới.
digest-kpi-none = Không có số liệu chỉ số mới kể từ báo cáo tuần trước ({ $since }).

## Lệnh remind (dòng lệnh)
remind-preview-header = Chạy thử nhắc việc lúc { $time } ngày { $date }: không gửi tin nào, không ghi gì vào cơ sở dữ liệu.
remind-preview-quiet = Ngoài giờ gửi (chỉ gửi trong giờ làm việc của ngày làm việc): chưa soạn tin nào. Lần gửi tới: { $next }.
remind-leaders = lãnh đạo tỉnh
remind-preview-none = Không có nhắc việc nào đến hạn lúc này.
remind-preview-delivery = { $number }) Gửi { $recipient }, qua { $chats } — { $kind ->
    [reminder] nhắc hạn
    [escalate_head] báo thủ trưởng đơn vị
    [escalate_secretariat] báo cơ quan thường trực
    [reminder_catch_up] tóm tắt gửi bù sau thời gian tạm dừng
    [digest] báo cáo tuần gửi lãnh đạo
   *[notice] thông báo
}
remind-preview-why = { $code }: { $why }
remind-why = { $kind ->
    [before] { $days } ngày làm việc trước hạn { $deadline }
    [due_today] đến hạn hôm nay ({ $deadline })
    [overdue] quá hạn { $days } ngày làm việc (hạn { $deadline })
    [escalate_head] quá hạn { $days } ngày làm việc (hạn { $deadline }), báo thủ trưởng đơn vị
   *[escalate_secretariat] quá hạn { $days } ngày làm việc (hạn { $deadline }), báo cơ quan thường trực
}{ $late ->
    [none] {""}
   *[other] {" "}— nhắc của ngày { $late }, gửi bù
}
remind-preview-dropped = Không gửi được: { $unit } chưa có chat nhận nhắc việc ({ $count } nhắc việc: { $codes }); cơ quan thường trực sẽ được báo.
remind-preview-unsent = Tin đã soạn trước đó, đang chờ gửi: { $count }.
remind-preview-text = Nội dung:
remind-run-header = Nhắc việc lúc { $time } ngày { $date }:
remind-run-summary = Lập { $planned } nhắc việc mới; soạn { $composed } tin; đã gửi { $sent } tin, chờ gửi lại { $waiting }, không gửi được { $failed }.
remind-run-left-for-bot = Còn { $count } tin qua kênh { $channel } chờ bot đang chạy gửi (lệnh này không gửi được qua kênh đó).
remind-run-quiet = Ngoài giờ gửi: chỉ lập nhắc việc, chưa gửi. Lần gửi tới: { $next }.

## Zalo
zalo-reminder-footer = Zalo không cho biết tin nào đang được trả lời: báo xong bằng cách gõ "xong 1" (số thứ tự trong tin), "xong CCHC23-07" (mã nhiệm vụ), hoặc "xong" cho tin nhắc gần nhất.
zalo-help-done = Báo hoàn thành trên Zalo: gõ "xong 1" (số trong tin nhắc), "xong CCHC23-07" (mã nhiệm vụ) hoặc "xong" (tin nhắc gần nhất).
zalo-group-help = Trong nhóm Zalo, tôi chỉ nhận được tin nhắn có @nhắc đến tôi: hãy @nhắc tôi khi hỏi hoặc báo xong.
zalo-text-only = Tôi chỉ đọc được tin nhắn chữ: Zalo chưa cho bot nhận tệp hay ảnh. Kế hoạch (.xlsx, .csv, .docx) xin gửi qua Telegram; nội dung thông báo kết luận có thể dán thẳng vào tin nhắn. Hoặc gõ câu hỏi, ví dụ "tiến độ kế hoạch CCHC".
zalo-too-long = Tin nhắn quá dài (tối đa { $max } ký tự). Hãy gõ câu hỏi ngắn hơn.
zalo-error = Xin lỗi, đã có lỗi khi xử lý tin nhắn. Vui lòng thử lại sau ít phút.
zalo-onboard-welcome = Đã ghi nhận { $name } là thành viên của { $unit }.{ $reminders ->
    [yes] {" "}Từ nay bot gửi nhắc việc của đơn vị qua Zalo.
   *[no] {""}
} Gõ "hướng dẫn" để xem có thể hỏi gì.
zalo-onboard-group-bound = Nhóm này đã được gắn với { $unit }: nhắc việc của đơn vị sẽ gửi vào đây. Trong nhóm, hãy @nhắc tôi khi hỏi hoặc báo xong.
zalo-onboard-already = { $name } đã là thành viên; không cần dùng lại mã mời.
zalo-onboard-failed = Không dùng được mã mời: { $reason ->
    [malformed] mã không đúng dạng (24 ký tự).
    [not_found] không có mã này.
    [expired] mã đã hết hạn.
    [revoked] mã đã bị thu hồi.
    [used] mã đã được dùng.
    [throttled] đã nhập sai nhiều lần, xin thử lại sau 15 phút.
   *[other] { $reason }.
} Xin cơ quan thường trực cấp mã mới.
zalo-onboard-unavailable = Mã mời chưa dùng được trên Zalo trong phiên bản này. Xin liên hệ cơ quan thường trực.
zalo-quota-warning = Bot Zalo đã dùng { $used }/{ $limit } tin nhắn của tháng { $month } (từ 80%). Từ 95%, bot chỉ gửi cảnh báo quá hạn và tin báo cáo cấp trên.
zalo-quota-urgent-only = Bot Zalo đã dùng { $used }/{ $limit } tin nhắn của tháng { $month }: đến hết tháng, trên Zalo bot chỉ gửi cảnh báo quá hạn và tin báo cáo cấp trên, và tạm dừng trả lời câu hỏi gửi qua Zalo (người có Telegram được trả lời qua Telegram).
zalo-quota-exhausted = Bot Zalo đã hết hạn mức tin nhắn tháng { $month } ({ $used }/{ $limit }). Nhắc việc qua Zalo tạm dừng đến đầu tháng sau; người có Telegram nhận qua Telegram.
zalo-quota-reply-elsewhere = Trả lời câu hỏi gửi qua Zalo (bot Zalo đã dùng gần hết hạn mức tin nhắn tháng này nên đến hết tháng trả lời tại đây):

## Lệnh cập nhật nhiệm vụ
task-command-done = { $code } đã được ghi nhận hoàn thành lúc { $time }.
task-command-number-read-as-task = Số { $number } được hiểu là nhiệm vụ { $code } của kế hoạch (lời nhắc trong cuộc trò chuyện này không có mục số { $number }).
task-command-plan-figures = Kế hoạch { $code }: { $done }/{ $total } nhiệm vụ hoàn thành ({ $rate }).
task-command-evidence = Minh chứng: { $evidence }
task-command-undo-hint = Nếu có nhầm lẫn, xin gửi "hoàn tác" trong vòng { $minutes } phút.
task-command-done-reported = { $code } đã được ghi nhận báo cáo hoàn thành lúc { $time }, đang chờ { $secretariat } xác nhận.
task-command-notice-done-reported = { $code } ({ $title }; { $unit } chủ trì): { $person } báo cáo đã hoàn thành lúc { $time }{ $evidence ->
    [none] .
   *[other] ; minh chứng: { $evidence }.
}
task-command-notice-confirm-howto = Để xác nhận, xin gửi "xác nhận { $code }"; nếu chưa đạt yêu cầu, xin gửi "trả lại { $code } vì <lý do>".
task-command-progress = Đã cập nhật tiến độ { $code }: { $percent }% (trước đó { $previous }%).
task-command-not-done = Đã ghi nhận { $code } chưa hoàn thành{ $reason ->
    [none] {""}
   *[other] , lý do: { $reason }
}. Hạn: { $deadline }; tình trạng: { $state }.
task-command-extend-hint = Nếu cần thêm thời gian, xin gửi "xin gia hạn { $code } đến <ngày> vì <lý do>".
task-command-blocked = Đã ghi nhận { $code } đang vướng mắc: { $reason }. Đã báo { $secretariat }.
task-command-notice-blocked = { $code } ({ $title }; { $unit } chủ trì): { $person } báo đang vướng mắc: { $reason }.
task-command-extension-requested = Đã gửi yêu cầu gia hạn số { $id }: { $code } đến { $date } (hạn hiện tại { $deadline }), lý do: { $reason }. { $secretariat } sẽ xem xét và trả lời.
task-command-notice-extension-requested = Yêu cầu gia hạn số { $id }: { $person } ({ $unit }) xin gia hạn { $code } ({ $title }) từ { $deadline } đến { $date }; lý do: { $reason }.
task-command-notice-extension-howto = Để duyệt, xin gửi "duyệt gia hạn { $id }"; để từ chối, xin gửi "từ chối gia hạn { $id } vì <lý do>".
task-command-extension-approved = Đã duyệt yêu cầu gia hạn số { $id }: hạn mới của { $code } là { $date }. Đã báo { $unit }.
task-command-notice-extension-approved = { $secretariat } đã duyệt gia hạn { $code } ({ $title }) đến { $date } (yêu cầu số { $id }).
task-command-extension-refused = Đã từ chối yêu cầu gia hạn số { $id } ({ $code }). Đã báo { $unit }.
task-command-notice-extension-refused = { $secretariat } không đồng ý gia hạn { $code } ({ $title }) (yêu cầu số { $id }){ $reason ->
    [none] .
   *[other] ; lý do: { $reason }.
} Hạn vẫn là { $deadline }.
task-command-confirmed = Đã xác nhận { $code } hoàn thành. Đã báo { $unit }.
task-command-notice-confirmed = { $secretariat } đã xác nhận { $code } ({ $title }) hoàn thành.
task-command-returned = Đã trả lại { $code } cho { $unit }, lý do: { $reason }.
task-command-notice-returned = { $secretariat } trả lại { $code } ({ $title }), chưa xác nhận hoàn thành; lý do: { $reason }. Xin hoàn thiện và báo cáo lại khi xong.
task-command-undone = Đã hoàn tác { $what } đối với { $code }.
task-command-undone-state = Hiện nay: { $state }; tiến độ { $progress }%; hạn { $deadline }.
task-command-notice-undone = { $person } đã hoàn tác { $what } đối với { $code } ({ $title }); thông báo trước đó về việc này không còn hiệu lực.
task-command-action = { $action ->
    [done] việc ghi nhận hoàn thành
    [done_reported] việc báo cáo hoàn thành
    [progress] việc cập nhật tiến độ
    [not_done] việc báo chưa hoàn thành
    [blocked] việc báo vướng mắc
    [extension_requested] yêu cầu gia hạn
    [extension_approved] việc duyệt gia hạn
    [extension_refused] việc từ chối gia hạn
    [confirmed] việc xác nhận hoàn thành
    [returned] việc trả lại
   *[other] thao tác
}
task-command-refused-not-authorised = Không thể cập nhật { $code }: { $person } không thuộc đơn vị chủ trì ({ $unit }), { $secretariat } (cơ quan thường trực) hay quản trị hệ thống. Nhiệm vụ không thay đổi; yêu cầu đã được ghi lại.
task-command-refused-not-secretariat = Chỉ { $secretariat } (cơ quan thường trực) mới được { $action ->
    [confirm] xác nhận hoàn thành
    [return] trả lại
    [refuse_extension] từ chối gia hạn
   *[approve_extension] duyệt gia hạn
} { $code }. Nhiệm vụ không thay đổi; yêu cầu đã được ghi lại.
task-command-refused-not-secretariat-any = Chỉ cơ quan thường trực của kế hoạch mới được { $action ->
    [confirm] xác nhận hoàn thành nhiệm vụ
    [return] trả lại nhiệm vụ
    [refuse_extension] từ chối gia hạn
   *[approve_extension] duyệt gia hạn
}. Không có thay đổi nào; yêu cầu đã được ghi lại.
task-command-refused-already-done = { $code } đã hoàn thành{ $date ->
    [none] {""}
   *[other] {" "}ngày { $date }
}; không có thay đổi nào.
task-command-refused-awaiting = { $code } đã được báo cáo hoàn thành và đang chờ { $secretariat } xác nhận; không có thay đổi nào.
task-command-refused-not-awaiting = { $code } không ở trạng thái chờ xác nhận hoàn thành (hiện: { $state }); không có thay đổi nào.
task-command-refused-date-invalid = Ngày "{ $text }" không hợp lệ; không có thay đổi nào. Xin ghi ngày theo dạng ngày/tháng/năm, ví dụ 15/8/2023.
task-command-refused-date-past = Ngày { $date } không sau hôm nay ({ $today }): hạn mới phải là một ngày sắp tới. Không có thay đổi nào.
task-command-refused-date-not-later = Hạn hiện tại của { $code } là { $deadline }; ngày đề nghị gia hạn ({ $date }) phải sau hạn này. Không có thay đổi nào.
task-command-refused-extension-pending = { $code } đã có yêu cầu gia hạn số { $id } (đến { $date }) đang chờ { $secretariat } xem xét; không gửi thêm yêu cầu mới.
task-command-refused-request-decided = Yêu cầu gia hạn số { $id } đã được { $status ->
    [approved] duyệt
   *[other] từ chối hoặc rút lại
} trước đó; không có thay đổi nào.
task-command-refused-undo-expired = Chỉ hoàn tác được trong vòng { $minutes } phút; { $what } đối với { $code } lúc { $time } đã quá thời hạn này. Không có thay đổi nào; xin gửi lệnh mới nếu cần điều chỉnh.
task-command-refused-changed-since = Không hoàn tác được: { $code } đã được cập nhật sau thao tác đó. Không có thay đổi nào.
task-command-refused-evidence-needed = { $code } đã quá hạn (hạn { $deadline }) nên khi báo hoàn thành cần ghi số văn bản báo cáo. Xin gửi, ví dụ: "xong { $code } VB số 123/UBND ngày { $today }"; nếu không có văn bản, xin gửi "xong { $code } không có văn bản". Chưa có thay đổi nào.
task-command-nothing-to-undo = Không có thao tác nào của { $person } để hoàn tác.
task-command-unknown-sender = Chưa xác định được danh tính người gửi trên kênh này nên chưa thể cập nhật nhiệm vụ; không có thay đổi nào. Xin liên hệ cơ quan thường trực để được đăng ký.
task-command-task-not-found = Không tìm thấy nhiệm vụ mã { $code }; không có thay đổi nào. Mã nhiệm vụ có dạng CCHC23-07.
task-command-no-reminder = Cuộc trò chuyện này chưa có lời nhắc nào nên chưa rõ nhiệm vụ nào; không có thay đổi nào. Xin ghi kèm mã nhiệm vụ, ví dụ: "xong CCHC23-07".
task-command-reply-not-reminder = Tin nhắn được trả lời không phải là một lời nhắc việc nên chưa rõ nhiệm vụ nào; không có thay đổi nào. Xin ghi kèm mã nhiệm vụ, ví dụ: "xong CCHC23-07".
task-command-item-not-found = Lời nhắc lúc { $time } không có mục số { $number } (chỉ có: { $numbers }); không có thay đổi nào.
task-command-which = Lời nhắc lúc { $time } có { $count } nhiệm vụ; xin ghi rõ số thứ tự, ví dụ: "{ $action ->
    [progress] tiến độ { $number } đạt 70%
    [not_done] chưa xong { $number } vì <lý do>
    [blocked] vướng { $number } vì <lý do>
    [extend] xin gia hạn { $number } đến <ngày> vì <lý do>
    [confirm] xác nhận { $number }
    [return] trả lại { $number } vì <lý do>
   *[done] xong { $number }
}".
task-command-which-line = { $number }. { $code } · { $title }
task-command-which-awaiting = Có { $count } nhiệm vụ đang chờ xác nhận hoàn thành; xin ghi rõ mã nhiệm vụ, ví dụ: "{ $action ->
    [return] trả lại { $code } vì <lý do>
   *[confirm] xác nhận { $code }
}".
task-command-which-task-line = • { $code } · { $title } · { $unit }
task-command-none-awaiting = Không có nhiệm vụ nào đang chờ xác nhận hoàn thành; không có thay đổi nào.
task-command-request-not-found = Không có yêu cầu gia hạn số { $id }; không có thay đổi nào.
task-command-no-pending-extension = { $code } không có yêu cầu gia hạn nào đang chờ xem xét; không có thay đổi nào.
task-command-none-pending-extension = Không có yêu cầu gia hạn nào đang chờ xem xét.
task-command-which-extension = Có { $count } yêu cầu gia hạn đang chờ; xin ghi rõ số yêu cầu, ví dụ: "{ $action ->
    [refuse_extension] từ chối gia hạn { $id } vì <lý do>
   *[approve_extension] duyệt gia hạn { $id }
}".
task-command-which-extension-line = • Số { $id }: { $code } ({ $unit }) xin gia hạn đến { $date }; lý do: { $reason }
task-command-incomplete = { $problem ->
    [several_targets] Xin báo từng nhiệm vụ một, ví dụ: "xong 1", sau đó "xong 3".
    [percent_out_of_range] Tiến độ phải từ 0% đến 100%, ví dụ: "tiến độ 3 đạt 70%".
    [percent_missing] Xin ghi tiến độ bằng tỷ lệ phần trăm, ví dụ: "70%" hoặc "70% đã trình UBND tỉnh".
    [date_missing] Xin ghi ngày đề nghị gia hạn, ví dụ: "xin gia hạn CCHC23-07 đến 15/8 vì chờ ý kiến của Bộ".
   *[reason_missing] { $action ->
        [blocked] Xin nêu nội dung vướng mắc, ví dụ: "vướng 3 vì chờ ý kiến của Bộ".
        [return] Xin nêu lý do trả lại, ví dụ: "trả lại CCHC23-07 vì thiếu minh chứng".
        [refuse_extension] Từ chối gia hạn cần nêu lý do để đơn vị biết, ví dụ: "từ chối gia hạn 3 vì nhiệm vụ đã được giao từ đầu năm".
       *[extend] Xin nêu lý do đề nghị gia hạn, ví dụ: "xin gia hạn CCHC23-07 đến 15/8 vì chờ ý kiến của Bộ".
    }
} Chưa có thay đổi nào.
task-command-conflict = { $code } vừa được cập nhật đồng thời từ nơi khác nên chưa ghi nhận được; xin gửi lại.
task-command-failed = Chưa ghi nhận được do lỗi hệ thống; nhiệm vụ không thay đổi. Xin thử lại sau ít phút.

## Hàng chờ của cơ quan thường trực (/choduyet, "yêu cầu gia hạn đang chờ", "việc chờ xác nhận")
queue-header = Hàng chờ xử lý, tính đến { $date }: { $total ->
    [0] không có việc nào đang chờ.
   *[other] { $total } việc.
}
queue-extensions = Yêu cầu gia hạn chờ duyệt: { $count }.
queue-extension-line = • Yêu cầu số { $id } · { $code } · { $unit } · xin gia hạn từ { $deadline } đến { $date } · lý do: { $reason } · gửi ngày { $sent }
queue-completions = Báo cáo hoàn thành chờ xác nhận: { $count }.
queue-completion-line = • { $code } · { $unit } · báo hoàn thành{ $sent ->
    [none] {""}
   *[other] {" "}ngày { $sent }
} · minh chứng: { $evidence ->
    [none] chưa có
   *[other] { $evidence }
}
queue-blocked = Nhiệm vụ đang vướng mắc: { $count }.
queue-blocked-line = • { $code } · { $unit } · vướng{ $since ->
    [none] {""}
   *[other] {" "}từ { $since }
}{ $reason ->
    [none] {""}
   *[other] : { $reason }
}
queue-more = … và { $more } việc khác.
queue-howto = Để xử lý, xin trả lời{ $extensions ->
    [0] {""}
   *[other] {" "}"duyệt gia hạn { $id }" hoặc "từ chối gia hạn { $id } vì <lý do>"
}{ $completions ->
    [0] {""}
   *[other] { $extensions ->
        [0] {""}
       *[other] ;
    }{" "}"xác nhận { $code }" hoặc "trả lại { $code } vì <lý do>"
}.

## Nhắc đơn vị theo yêu cầu ("nhắc Sở Tài chính về CCHC23-32 …")
nudge-header = Nhắc việc gửi { $unit } theo yêu cầu của { $person }:
nudge-line = 1. { $code } — { $title } — hạn { $deadline }{ $overdue ->
    [yes] {" "}— đã quá hạn
   *[no] {""}
}
nudge-note = Lời nhắn: { $note }
nudge-queued = Đã gửi lời nhắc { $code } tới { $unit } ({ $chats } chat){ $later ->
    [none] .
   *[other] ; tin sẽ đi trong giờ làm việc ngày { $later } (gửi ngoài giờ: thêm "gửi ngay").
}
nudge-no-chat = { $unit } chưa có chat nào nhận nhắc việc nên chưa gửi được; không có thay đổi nào. Thành viên của đơn vị mở mã mời để nhận tin, hoặc { $secretariat } tạo mã mời bằng "/moi { $unit }" rồi gửi cho đơn vị.
nudge-not-allowed = Chỉ cơ quan thường trực và lãnh đạo mới gửi lời nhắc cho đơn vị khác; không có thay đổi nào.
nudge-task-not-found = Không tìm thấy nhiệm vụ "{ $task }"; chưa gửi lời nhắc nào. Mã nhiệm vụ có dạng CCHC23-07.
nudge-other-unit = { $code } do { $unit } chủ trì, không phải "{ $typed }"; chưa gửi lời nhắc nào. Xin kiểm tra lại tên đơn vị hoặc mã nhiệm vụ.
nudge-task-done = { $code } đã hoàn thành; không gửi lời nhắc.
nudge-unavailable = Chức năng gửi lời nhắc chưa được bật trên bot này; không có thay đổi nào.

## Kết nạp thành viên (mã mời), dùng chung cho các kênh
role-name = { $role ->
    [leader] lãnh đạo
    [secretariat] cơ quan thường trực
    [unit_head] thủ trưởng đơn vị
    [admin] quản trị hệ thống
   *[unit_officer] cán bộ
}
onboard-joined = Đã ghi nhận { $name } là { $role } của { $unit }.
onboard-joined-private = Nhắc việc của đơn vị sẽ được gửi vào cuộc trò chuyện này.
onboard-joined-group-exists = Nhắc việc của đơn vị được gửi vào nhóm của đơn vị.
onboard-group-bound = Nhóm này đã được liên kết với { $unit }. Nhắc việc của đơn vị sẽ được gửi vào nhóm; trả lời (reply) tin nhắc việc để báo kết quả.
onboard-already-member = { $name } đã là thành viên; mã mời này đã được sử dụng.
onboard-invalid = { $reason ->
    [expired] Mã mời đã hết hạn.
    [used] Mã mời đã được sử dụng.
    [revoked] Mã mời đã bị thu hồi.
    [throttled] Đã nhập sai mã mời nhiều lần; xin thử lại sau 15 phút.
   *[other] Mã mời không đúng.
} Xin liên hệ cơ quan thường trực (Sở Nội vụ) để nhận mã mời mới.
onboard-stranger = Nhắc việc chỉ phục vụ cán bộ được mời. Để sử dụng, xin liên hệ cơ quan thường trực (Sở Nội vụ) để nhận liên kết mời, rồi mở liên kết đó hoặc gửi: /start <mã mời>.
onboard-not-allowed = Chức năng này dành cho cơ quan thường trực và quản trị hệ thống.
onboard-invite-usage = Cách dùng: /moi <đơn vị> [vai trò], ví dụ: /moi Sở Tư pháp cán bộ. Vai trò: cán bộ, thủ trưởng, lãnh đạo (quản trị hệ thống mời được thêm: thường trực, quản trị).
onboard-invite-private-only = Vì lý do an toàn, mã mời chỉ được tạo trong cuộc trò chuyện riêng với bot.
onboard-invite-not-allowed = Không có quyền mời { $role }.
onboard-invite-created = Mã mời { $role } của { $unit }, dùng một lần, hết hạn lúc { $expires }:
onboard-invite-code = Mã: { $code }
onboard-invite-link = Mở liên kết: { $link }
onboard-invite-group-link = Thêm bot vào nhóm đơn vị: { $link } (hoặc gửi /lienket { $code } trong nhóm)
onboard-invite-forward = Xin chuyển mã hoặc liên kết cho đúng người được mời; không đăng vào nhóm.
onboard-whoami = { $name } — { $role }
onboard-whoami-units = Đơn vị: { $units }
onboard-whoami-unit = { $unit }{ $head ->
    [yes] {" "}(thủ trưởng)
   *[no] {""}
}
onboard-whoami-chat = Cuộc trò chuyện này nhận nhắc việc của { $unit }.
onboard-whoami-chat-inactive = Cuộc trò chuyện này đã liên kết với { $unit } nhưng đang tạm ngừng nhận nhắc việc.
onboard-whoami-revoked = Quyền sử dụng của { $name } đã bị thu hồi. Xin liên hệ cơ quan thường trực nếu cần cấp lại.
onboard-whoami-unknown = Chưa có trong danh sách thành viên.
onboard-members-header = Thành viên của { $unit } ({ $count }):
onboard-members-line = • #{ $id } { $name } — { $role }
onboard-members-empty = { $unit } chưa có thành viên nào.
onboard-members-hint = Thu hồi quyền: /thuhoi <số>, ví dụ /thuhoi { $id }.
onboard-unit-not-found = Không tìm thấy đơn vị "{ $name }".
onboard-unit-ambiguous = "{ $name }" có thể là: { $options }. Xin ghi rõ tên hoặc mã đơn vị.
onboard-revoked = Đã thu hồi quyền sử dụng của { $name }.
onboard-revoke-usage = Cách dùng: /thuhoi <số thành viên>; xem số bằng /thanhvien <đơn vị>.
onboard-revoke-not-found = Không tìm thấy thành viên #{ $id } đang hoạt động.
onboard-revoke-not-allowed = Không thể thu hồi quyền của thành viên này.
onboard-chat-gone = Thông báo cho cơ quan thường trực: không gửi được tin tới { $chat } ({ $unit }) vì bot đã bị chặn hoặc bị xóa khỏi nhóm. Đã ngừng gửi vào đó; xin liên kết lại bằng mã mời mới.

## Telegram
tg-start-member = Kính chào { $name }. Gửi câu hỏi bất kỳ, hoặc dùng các lệnh dưới đây.
tg-help-header = Các lệnh:
tg-help-line = /{ $command } — { $description }
tg-help-groups = Trong nhóm, bot trả lời lệnh, tin nhắn có nhắc @{ $bot } và tin trả lời (reply) tin của bot.
tg-help-reminders = Với tin nhắc việc: bấm nút, hoặc trả lời (reply) tin đó, ví dụ: "xong, VB số 123/SNV".
tg-cmd-start = Bắt đầu; mở mã mời
tg-cmd-help = Hướng dẫn sử dụng
tg-cmd-nhiemvu = Nhiệm vụ của đơn vị
tg-cmd-quahan = Nhiệm vụ quá hạn
tg-cmd-tiendo = Tiến độ kế hoạch
tg-cmd-hoi = Đặt câu hỏi
tg-cmd-baocao = Báo cáo tổng hợp ngay (lãnh đạo)
tg-cmd-choduyet = Việc chờ duyệt: gia hạn, xác nhận hoàn thành, vướng mắc
tg-cmd-xuatbaocao = Xuất báo cáo .docx hoặc bảng tính .xlsx (lãnh đạo, cơ quan thường trực)
tg-cmd-maunhap = Mẫu nhập kế hoạch; gửi tệp kế hoạch để nhập (cơ quan thường trực)
tg-cmd-moi = Tạo mã mời (cơ quan thường trực)
tg-cmd-lienket = Liên kết nhóm với đơn vị bằng mã mời
tg-cmd-toi = Thông tin của tôi
tg-cmd-thanhvien = Thành viên đơn vị (cơ quan thường trực)
tg-cmd-thuhoi = Thu hồi quyền thành viên (cơ quan thường trực)
tg-ask-usage = Cách dùng: /hoi <câu hỏi>, ví dụ: /hoi tiến độ kế hoạch CCHC
tg-no-unit = Chưa xác định được đơn vị của cuộc trò chuyện này. Xin ghi tên đơn vị, ví dụ: /nhiemvu Sở Tư pháp
tg-link-usage = Cách dùng: /lienket <mã mời>, gửi trong nhóm của đơn vị.
tg-link-private = Lệnh /lienket dùng trong nhóm. Trong cuộc trò chuyện riêng, xin mở liên kết mời hoặc gửi /start <mã mời>.
tg-link-not-admin = Chỉ quản trị viên của nhóm mới liên kết được nhóm với đơn vị.
tg-error = Xin lỗi, đã có lỗi khi xử lý. Xin thử lại sau ít phút.
tg-text-only = Bot chỉ đọc được tin nhắn chữ.
tg-too-long = Tin nhắn dài { $length } ký tự, vượt quá { $max } ký tự: chỉ { $max } ký tự đầu được ghi nhận.
tg-btn-done = ✅ Đã hoàn thành
tg-btn-progress = 📈 Cập nhật tiến độ
tg-btn-extend = ⏳ Xin gia hạn
tg-btn-detail = 📄 Chi tiết
tg-cb-invalid = Nút này không còn hiệu lực.
tg-cb-foreign = Nhiệm vụ này không thuộc đơn vị của người bấm.
tg-cb-done = Đã ghi nhận.
tg-prompt-progress = 📈 { $code }: xin trả lời (reply) tin này với tiến độ, ví dụ: đạt 70%
tg-prompt-extend = ⏳ { $code }: xin trả lời (reply) tin này với hạn mới và lý do, ví dụ: đến 15/8/2023 vì chờ ý kiến các sở
tg-decision-button = { $kind ->
    [approve_extension] ✅ Duyệt gia hạn số { $id } ({ $code })
    [refuse_extension] ✖️ Từ chối số { $id }
    [confirm] ✅ Xác nhận { $code }
   *[return] ↩️ Trả lại { $code }
}
tg-prompt-decision-reason = { $kind ->
    [refuse_extension] ✖️ Yêu cầu gia hạn số { $id }: xin trả lời (reply) tin này với lý do từ chối; đơn vị sẽ nhận được lý do này.
   *[return] ↩️ { $code }: xin trả lời (reply) tin này với lý do trả lại; đơn vị sẽ nhận được lý do này.
}
tg-reminder-closed = ✅ { $code }: { $who } báo hoàn thành lúc { $time } ngày { $date }.
tg-reminder-awaiting = ⌛ { $code }: { $who } báo hoàn thành lúc { $time } ngày { $date }, chờ xác nhận.
tg-someone = (không rõ người báo)

## Kết luận thành nhiệm vụ (import --conclusions): chỉ là đề xuất, chưa tạo gì
conclusions-header = Đề xuất { $count } nhiệm vụ từ văn bản ngày { $date }:
conclusions-task = { $index }. { $title }
conclusions-units = Đơn vị: { $units }
conclusions-unit = { $lead ->
    [yes] { $name } (chủ trì)
   *[no] { $name }
}
conclusions-unit-group = { $lead ->
    [yes] { $name } (nhóm đơn vị, chủ trì)
   *[no] { $name } (nhóm đơn vị)
}
conclusions-unit-unknown = { $lead ->
    [yes] { $name } (⚠ không có trong danh sách đơn vị, chủ trì)
   *[no] { $name } (⚠ không có trong danh sách đơn vị)
}
conclusions-no-units = Đơn vị: văn bản không nêu, cần chỉ định
conclusions-deadline = Thời hạn: { $deadline } ({ $text })
conclusions-deadline-undated = Thời hạn: “{ $text }”, chưa có ngày cụ thể, cần hỏi lại
conclusions-no-deadline = Thời hạn: văn bản không nêu, cần hỏi lại
conclusions-source = Trích: “{ $sentence }”
conclusions-nothing-created = Chưa tạo nhiệm vụ nào: đây là đề xuất, chỉ tạo sau khi cơ quan thường trực xác nhận.
conclusions-none-found = Không tìm thấy chỉ đạo nào giao việc trong văn bản (chỉ có kết quả, đánh giá hoặc thông tin chung). Chưa tạo nhiệm vụ nào.
conclusions-empty = Văn bản trống, không có nội dung để đọc. Chưa tạo nhiệm vụ nào.
conclusions-file-missing = Không tìm thấy tệp { $file }. Chưa tạo nhiệm vụ nào.
conclusions-file-unreadable = Không đọc được tệp { $file } ({ $reason }). Chưa tạo nhiệm vụ nào.
conclusions-file-kind = Chỉ đọc được tệp .txt hoặc .docx, không đọc được { $file }. Chưa tạo nhiệm vụ nào.
conclusions-no-date = Không xác định được ngày của văn bản (dòng “Quảng Nam, ngày … tháng … năm …”): hãy thêm --date, ví dụ --date 25/7/2023. Chưa tạo nhiệm vụ nào.
conclusions-bad-date = Ngày “{ $date }” không hợp lệ: hãy viết --date 25/7/2023 hoặc --date 2023-07-25.
conclusions-usage = Cách dùng: npm run --silent import -- --conclusions <tệp.txt|tệp.docx> [--date 25/7/2023] [--dry-run] [--json]

## Xuất báo cáo (npm run export, /xuatbaocao): bảng tính .xlsx và báo cáo .docx (issue #11, mục 5)
export-file-name = bao-cao-{ $plans }-{ $date }
export-sheet = { $sheet ->
    [tasks] Nhiệm vụ
    [overdue] Quá hạn theo đơn vị
    [kpis] Chỉ số
   *[extensions] Lịch sử gia hạn
}
export-sheet-title = { $sheet ->
    [tasks] Danh sách nhiệm vụ
    [overdue] Nhiệm vụ quá hạn theo đơn vị chủ trì
    [kpis] Các chỉ số, kỳ số liệu và nguồn
   *[extensions] Lịch sử đề nghị gia hạn
} — { $plans } — tính đến { $date }
export-col = { $col ->
    [no] STT
    [code] Mã
    [plan] Kế hoạch
    [area] Lĩnh vực
    [title] Nhiệm vụ
    [lead] Đơn vị chủ trì
    [cooperating] Đơn vị phối hợp
    [deadline] Thời hạn
    [issued] Hạn ban đầu
    [state] Tình trạng
    [progress] Tiến độ (%)
    [completed] Ngày hoàn thành
    [evidence] Minh chứng
    [notes] Ghi chú
    [unit] Đơn vị
    [overdue] Số nhiệm vụ quá hạn
    [open] Chưa hoàn thành
    [total] Tổng số nhiệm vụ
    [codes] Mã nhiệm vụ quá hạn
    [metric] Chỉ số
    [scope] Phạm vi
    [value] Giá trị
    [number] Giá trị (số)
    [target] Chỉ tiêu
    [when] Kỳ số liệu
    [source] Nguồn
    [requestedBy] Người đề nghị
    [requestedAt] Ngày đề nghị
    [previous] Hạn trước khi đề nghị
    [asked] Hạn đề nghị
    [reason] Lý do
    [decision] Kết quả
    [decidedBy] Người quyết định
    [decidedAt] Ngày quyết định
   *[note] Ý kiến
}
export-scope = { $scope ->
    [province] Toàn tỉnh
    [department_level] Khối sở, ngành
    [district_level] Cấp huyện
    [commune_level] Cấp xã
   *[unit] { $unit }
}
export-target = { $target }{ $date ->
    [none] {""}
   *[other] {" "}đến { $date }
}
export-extension-status = { $status ->
    [pending] Chờ duyệt
    [approved] Đã duyệt
   *[refused] Từ chối
}
export-no-rows = (không có)
export-doc-number = Số:          /BC-
export-doc-nation = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
export-doc-motto = Độc lập - Tự do - Hạnh phúc
export-doc-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
export-doc-kind = BÁO CÁO
export-doc-subject = Kết quả thực hiện { $plans }
export-doc-as-of = (Số liệu tính đến ngày { $date })
export-doc-results = I. KẾT QUẢ THỰC HIỆN
export-doc-counts = Tổng số { $total } nhiệm vụ; đã hoàn thành { $done } nhiệm vụ ({ $donePercent }), trong đó hoàn thành trễ hạn { $late }; đang thực hiện trong hạn { $onTime }; chưa triển khai { $notStarted }; chờ xác nhận hoàn thành { $awaiting }; đang vướng mắc { $blocked }; quá hạn { $overdue } nhiệm vụ.
export-doc-kpis = Một số chỉ số chủ yếu:
export-doc-kpi = - { $metric } ({ $scope }): { $value }{ $when ->
    [none] {""}
   *[other] {" "}({ $when })
}; nguồn: { $source }.
export-doc-table-title = Bảng: Nhiệm vụ theo tình trạng thực hiện
export-doc-group = { $group ->
    [overdue] Quá hạn
    [blocked] Đang vướng mắc
    [awaiting_confirmation] Chờ xác nhận hoàn thành
    [in_progress_on_time] Đang thực hiện trong hạn
    [not_started_on_time] Chưa triển khai
    [done_late] Đã hoàn thành, trễ hạn
   *[done_on_time] Đã hoàn thành đúng hạn
} ({ $count } nhiệm vụ)
export-doc-evidence = ; minh chứng: { $evidence }
export-doc-findings = II. TỒN TẠI, HẠN CHẾ
export-doc-proposals = III. ĐỀ XUẤT
export-doc-recipients = Nơi nhận:
export-doc-recipients-list = - UBND tỉnh (để báo cáo);
    - Lưu: VT.
export-doc-signer = GIÁM ĐỐC
export-finding-overdue = - Còn { $count }/{ $total } nhiệm vụ quá hạn{ $blocked ->
    [0] {""}
   *[other] {" "}(trong đó { $blocked } nhiệm vụ đang vướng mắc)
}, thuộc { $units } đơn vị chủ trì:
export-finding-overdue-unit = + { $unit }: { $count } nhiệm vụ ({ $codes });
export-finding-overdue-more = + và { $count } đơn vị khác (chi tiết tại bảng tính kèm theo).
export-finding-blocked = - { $count } nhiệm vụ đang vướng mắc:
export-finding-blocked-task = + { $code } ({ $unit }){ $since ->
    [none] {""}
   *[other] , từ ngày { $since }
}{ $reason ->
    [none] {""}
   *[other] : { $reason }
};
export-finding-done-late = - { $count }/{ $done } nhiệm vụ đã hoàn thành nhưng trễ hạn.
export-finding-extensions = - { $count } đề nghị gia hạn đang chờ xem xét.
export-finding-none = - Chưa có nhiệm vụ quá hạn hoặc vướng mắc.
export-proposal-overdue = - Đề nghị { $units }{ $more ->
    [0] {""}
   *[other] {" "}và { $more } đơn vị khác
} khẩn trương hoàn thành các nhiệm vụ quá hạn, báo cáo kết quả kèm văn bản minh chứng.
export-proposal-blocked = - Đề nghị các cơ quan liên quan phối hợp tháo gỡ vướng mắc của { $count } nhiệm vụ nêu trên.
export-proposal-extensions = - Kính đề nghị lãnh đạo xem xét { $count } đề nghị gia hạn đang chờ.
export-proposal-confirm = - Cơ quan thường trực kiểm tra, xác nhận { $count } nhiệm vụ đơn vị đã báo hoàn thành.
export-proposal-follow-up = - Tiếp tục theo dõi, đôn đốc các đơn vị thực hiện đúng thời hạn các nhiệm vụ còn lại.
export-done = Đã xuất { $format ->
    [xlsx] bảng tính
   *[docx] báo cáo
} { $plans }, tính đến { $date }: { $tasks } nhiệm vụ, { $overdue } quá hạn, { $kpis } số liệu chỉ số, { $extensions } đề nghị gia hạn.
export-not-allowed = Xin lỗi, chỉ lãnh đạo và cơ quan thường trực được xuất báo cáo. Đồng chí có thể hỏi "tiến độ kế hoạch" để xem tình hình.
export-unknown-plan = Không tìm thấy kế hoạch "{ $plan }". Các kế hoạch hiện có: { $plans }.
export-no-plans = Chưa có kế hoạch nào đang theo dõi để xuất báo cáo.
export-usage = Cách dùng: /xuatbaocao [docx|xlsx] [mã hoặc tên kế hoạch] [tính đến 25/7/2023]. Mặc định: báo cáo .docx của các kế hoạch đang theo dõi, tính đến hôm nay.
export-bad-date = Ngày "{ $date }" không hợp lệ: hãy viết như 25/7/2023.
export-no-files = Kênh { $channel } chưa gửi được tệp. Đề nghị dùng Telegram, hoặc nhờ quản trị chạy: npm run export -- --format { $format }
export-saved = Đã ghi tệp { $file }.

## Nhập kế hoạch và kết luận qua trò chuyện (gửi tệp, /maunhap, "xác nhận"; issue #11, mục 2 và 3)
## Plan import: the preview's lines (places of problems, one line per task, the plan and the file)
plan-import-place = { $table ->
    [none] {""}
   *[other] { $table },{" "}
}dòng { $row }{ $column ->
    [none] {""}
   *[other] , cột { $column }{ $header ->
        [none] {""}
       *[other] {" "}"{ $header }"
    }
}
plan-import-change = { $mark } { $code } (dòng { $row }) { $title } — { $lead }, hạn { $deadline }{ $changed ->
    [yes] {" "}{"["}đổi: { $fields }{"]"}
   *[no] {""}
}
plan-import-field = { $field ->
    [title] nội dung
    [area] lĩnh vực
    [areaText] nhóm
    [lead] chủ trì
    [cooperating] phối hợp
    [deadline] thời hạn
    [product] sản phẩm
    [planNote] ghi chú
   *[other] { $field }
}
plan-import-summary-plan = Kế hoạch: { $name } {"["}{ $code }{"]"} — { $fresh ->
    [yes] kế hoạch mới
   *[no] đã có
}, năm { $years }{ $programme ->
    [none] {""}
   *[other] , { $programme }
}{ $kind ->
    [conclusion] , kết luận
   *[other] {""}
}, thường trực: { $secretariat }
plan-import-summary-file = Tệp: { $file } ({ $tables }): { $new } mới, { $changed } thay đổi, { $unchanged } không đổi{ $rejected ->
    [0] {""}
   *[other] , { $rejected } dòng lỗi
}{ $absent ->
    [0] {""}
   *[other] ; { $absent } nhiệm vụ đã có không còn trong tệp (giữ nguyên)
}
plan-import-more-tasks = … và { $count } nhiệm vụ khác (--json để xem hết)
plan-chat-line = { $text }
plan-chat-preview = Xem trước khi nhập (chưa ghi gì):
plan-chat-more-problems = … và { $count } vấn đề khác (xem đủ bằng lệnh npm run import -- <tệp> --dry-run).
plan-chat-more-tasks = … và { $count } nhiệm vụ khác (xem đủ bằng lệnh npm run import -- <tệp> --dry-run --json).
plan-chat-ask = Trả lời "xác nhận" để nhập, hoặc "hủy" để bỏ.
plan-chat-ask-with-errors = Tệp có { $errors } lỗi ở { $rows } dòng nên chưa nhập gì. Sửa tệp rồi gửi lại, hoặc trả lời "xác nhận bỏ dòng lỗi" để chỉ nhập { $good } nhiệm vụ không lỗi; "hủy" để bỏ.
plan-chat-nothing-written = Chưa nhập gì.
plan-chat-nothing-to-do = Kế hoạch đã đúng như tệp: không có gì cần nhập.
plan-chat-cancelled = Đã hủy: không nhập gì.
chat-draft-stale = Dữ liệu vừa thay đổi trong lúc chờ xác nhận nên chưa ghi nhận; xin gửi lại { $what ->
    [assignment] nội dung giao việc
   *[conclusions] văn bản kết luận
} để xem lại. Chưa có thay đổi nào.
plan-chat-refused = Không nhập: { $reason ->
    [stale] kế hoạch vừa được thay đổi trong lúc chờ xác nhận, xin gửi lại tệp để xem trước lần nữa
    [has-errors] tệp có { $errors } lỗi
    [not-allowed] chỉ cơ quan thường trực và quản trị viên được nhập kế hoạch
   *[other] tệp có lỗi chung (tiêu đề, năm của kế hoạch)
}. Chưa ghi gì.
plan-chat-imported = Đã nhập vào kế hoạch { $plan }: { $created } nhiệm vụ mới, { $updated } cập nhật, { $unchanged } không đổi{ $skipped ->
    [0] {""}
   *[other] , bỏ qua { $skipped } dòng lỗi
}.
plan-chat-not-allowed = Xin lỗi, chỉ cơ quan thường trực và quản trị viên được nhập kế hoạch hoặc tạo nhiệm vụ từ kết luận. Đồng chí có thể gửi tệp cho cơ quan thường trực.
plan-chat-template = Mẫu nhập kế hoạch: điền vào trang "Kế hoạch" (xem trang "Hướng dẫn"), rồi gửi lại tệp cho tôi.
plan-chat-template-no-files = Kênh này chưa gửi được tệp. Đề nghị dùng Telegram (/maunhap), hoặc nhờ quản trị chạy: npm run import -- --template mau.xlsx
plan-chat-button-confirm = xác nhận
plan-chat-button-skip = xác nhận bỏ dòng lỗi
plan-chat-button-cancel = hủy
conclusions-chat-how = Trả lời "xác nhận" để tạo các nhiệm vụ; "bỏ 3" để bỏ nhiệm vụ 3; "sửa hạn 2 thành 15/8"; "sửa đơn vị 1 thành Công an tỉnh"; hoặc "hủy".
conclusions-chat-cancelled = Đã hủy: không tạo nhiệm vụ nào.
conclusions-chat-all-dropped = Đã bỏ hết các nhiệm vụ đề xuất: không tạo nhiệm vụ nào.
conclusions-chat-no-such = Không có nhiệm vụ số { $number }: danh sách có { $count } nhiệm vụ.
conclusions-chat-bad-deadline = Không đọc được hạn "{ $text }": hãy viết như 15/8 hoặc 15/8/2023.
conclusions-chat-unknown-unit = Không tìm thấy đơn vị "{ $name }"{ $closest ->
    [none] {""}
   *[other] ; gần nhất: { $closest }
}.
conclusions-chat-missing = Chưa tạo: còn thiếu thông tin.
conclusions-chat-missing-lead = - Nhiệm vụ { $number } chưa có đơn vị chủ trì: "sửa đơn vị { $number } thành <đơn vị>" hoặc "bỏ { $number }".
conclusions-chat-missing-deadline = - Nhiệm vụ { $number } chưa có hạn{ $text ->
    [none] {""}
   *[other] {" "}(văn bản ghi "{ $text }")
}: "sửa hạn { $number } thành <ngày>" hoặc "bỏ { $number }".
conclusions-chat-plan-name = Kết luận, chỉ đạo ngày { $date }
conclusions-chat-created = Đã tạo { $count } nhiệm vụ trong kế hoạch { $plan }: { $codes }.
conclusions-chat-told = Đã báo cho { $count } đơn vị chủ trì{ $later ->
    [none] .
   *[other] ; tin sẽ đi trong giờ làm việc ngày { $later }.
}{ $missing ->
    [none] {""}
   *[other] {" "}Chưa báo được (đơn vị chưa có tài khoản, nhóm nhận nhắc việc): { $missing }.
}

## Giao việc qua trò chuyện ("giao Sở TTTT chủ trì rà soát …, hạn 30/9"; issue #11, mục 4)
assign-plan-name = Nhiệm vụ lãnh đạo giao qua Nhắc việc năm { $year }
assign-draft = Dự thảo giao việc (chưa tạo):
assign-draft-task = - Nhiệm vụ: { $title }
assign-draft-lead = - Chủ trì: { $unit }{ $cooperating ->
    [none] {""}
   *[other] ; phối hợp: { $cooperating }
}
assign-draft-deadline = - Hạn: { $deadline }
assign-draft-plan = - Kế hoạch: { $fresh ->
    [yes] { $name } (tạo mới cùng nhiệm vụ này)
   *[no] { $name } ({ $code })
}
assign-ask = Trả lời "xác nhận" để giao và báo cho đơn vị, hoặc "hủy" để bỏ.
assign-cancelled = Đã hủy: chưa giao việc nào.
assign-not-allowed = Xin lỗi, chỉ lãnh đạo và cơ quan thường trực được giao việc cho đơn vị. Đồng chí có thể đề xuất qua cơ quan thường trực.
assign-example = Ví dụ: giao Sở TTTT chủ trì rà soát thủ tục hành chính chưa số hóa, phối hợp với Sở Nội vụ, hạn 30/9
assign-unknown-unit = Không nhận ra đơn vị "{ $name }" ở đầu câu.{ $closest ->
    [none] {""}
   *[other] {" "}Có phải: { $closest }?
} Chưa giao việc nào.
assign-no-task = Chưa rõ giao { $unit } làm việc gì. Chưa giao việc nào.
assign-needs-deadline = Chưa có hạn cho việc giao { $unit }: "{ $title }". Xin gửi lại kèm hạn, ví dụ ", hạn 30/9". Chưa giao việc nào.
assign-past-deadline = Hạn { $deadline } đã qua: xin gửi lại với một hạn sau hôm nay. Chưa giao việc nào.
assign-unknown-plan = Không tìm thấy kế hoạch "{ $plan }". Các kế hoạch: { $plans }. Chưa giao việc nào.
assign-note = Giao qua Nhắc việc: { $person }, ngày { $date }
assign-created = Đã giao { $code } cho { $unit } (kế hoạch { $plan }).
assign-told = Đã báo cho { $unit } ({ $chats } tài khoản, nhóm nhận nhắc việc){ $later ->
    [none] .
   *[other] ; tin sẽ đi trong giờ làm việc ngày { $later }.
}
assign-no-chat = { $unit } chưa có tài khoản hoặc nhóm nào nhận nhắc việc nên chưa báo được; cơ quan thường trực tạo mã mời bằng "/moi { $unit }" rồi gửi cho đơn vị.
assign-notice = [Giao việc] { $person } giao { $unit } chủ trì:
assign-notice-line = 1. { $code }: { $title } — hạn { $deadline }{ $cooperating ->
    [none] {""}
   *[other] ; phối hợp: { $cooperating }
}

## Lệnh kpi extract: số liệu đọc được từ một báo cáo dán vào (issue #12, mục 3)
kpi-extract-header = Đọc được { $count } số liệu từ { $file } — đề nghị kiểm tra trước khi ghi nhận:
kpi-extract-none = Không tìm thấy số liệu chỉ số nào trong { $file }; không có gì để ghi nhận.
kpi-extract-line = { $n }. { $name } ({ $scope }): { $kind ->
    [target] chỉ tiêu { $value }
    [change] thay đổi { $value }
   *[result] { $value }
}{ $when }
kpi-extract-source = — trích: “{ $sentence }”
kpi-extract-unknown-metric = { $name } (chưa có trong danh mục chỉ số)
kpi-extract-scope = { $scope ->
    [province] toàn tỉnh
    [department_level] cấp sở, ngành
    [district_level] cấp huyện
    [commune_level] cấp xã
   *[unit] { $unit }
}
kpi-extract-rank = thứ { $rank }
kpi-extract-score = { $score } điểm
kpi-extract-period = , kỳ { $period }
kpi-extract-as-of = , tính đến { $date }
kpi-extract-usage = Cách dùng: npm run --silent kpi -- extract <tệp.txt|tệp.docx> [--json]
kpi-extract-missing-file = Không đọc được tệp { $file }: tệp không tồn tại.
kpi-extract-not-text = Tệp { $file } không phải văn bản (.txt) hay tài liệu Word (.docx).
kpi-usage = Cách dùng: npm run --silent kpi -- extract <tệp.txt|tệp.docx> [--json] | set <chỉ số> <phạm vi> <giá trị> --as-of <ngày> [--unit <đơn vị>] [--source <nguồn>] | import <tệp.xlsx|tệp.csv> [--dry-run] | history <chỉ số> <phạm vi> [--unit <đơn vị>]

## Cập nhật chỉ số (trò chuyện, npm run kpi -- set / import)
kpi-update-understood = Tôi hiểu số liệu cần cập nhật như sau:
kpi-update-figure = • { $metric } { scope-label }: { $value } ({ $when }); nguồn: { $source }.
kpi-update-ask = Trả lời «đồng ý» để ghi nhận, hoặc «hủy» nếu chưa đúng.
kpi-update-ask-pending = Trả lời «đồng ý» để gửi Sở Nội vụ (cơ quan thường trực) xác nhận, hoặc «hủy» nếu chưa đúng.
kpi-update-yes = đồng ý
kpi-update-no = hủy
kpi-update-default-source = { $unit } cập nhật qua Nhắc việc ({ $person })
kpi-update-recorded = Đã ghi nhận số liệu (mã { $id }).{ $superseded ->
    [0] {""}
   *[other] {" "}Số liệu cũ cùng kỳ được thay thế và vẫn lưu trong lịch sử.
}
kpi-update-proposed = Đã gửi số liệu (mã { $id }) để cơ quan thường trực xác nhận; số liệu chỉ được dùng sau khi được xác nhận.
kpi-update-cancelled = Đã hủy; chưa ghi nhận số liệu nào.
kpi-update-not-allowed = Xin lỗi, Quý vị không có quyền cập nhật số liệu này. Đơn vị chỉ cập nhật được số liệu của chính đơn vị mình; số liệu chung do cơ quan thường trực cập nhật. Chưa ghi nhận gì.
kpi-update-problem = { $problem ->
    [several_values] Tin nhắn có nhiều số liệu; đề nghị cập nhật từng số liệu một.
    [not_a_result] Đây là chỉ tiêu hoặc mức thay đổi, không phải kết quả đạt được; đề nghị gửi số liệu kết quả.
    [out_of_range] Giá trị không hợp lệ với chỉ số này (tỷ lệ phải từ 0% đến 100%, thứ hạng là số nguyên từ 1).
    [negative] Giá trị không được âm.
    [date_missing] Đề nghị ghi rõ số liệu tính đến ngày nào, ví dụ: «tính đến 15/7».
    [future_date] Ngày của số liệu chưa tới; đề nghị kiểm tra lại ngày.
    [invalid_date] Ngày của số liệu không hợp lệ; đề nghị kiểm tra lại.
    [unknown_unit] Không tìm thấy đơn vị «{ $detail }».
    [not_reported] Phạm vi hoặc đơn vị này không báo cáo chỉ số đó.
    [invalid_value] Không đọc được giá trị.
   *[unknown_metric] Không nhận ra chỉ số cần cập nhật.
} Chưa ghi nhận gì.
kpi-update-pending-notice = Số liệu chờ xác nhận (mã { $id }):
kpi-update-pending-how = Gõ «duyệt số liệu { $id }» để xác nhận, hoặc «từ chối số liệu { $id } vì …».
kpi-decide-not-allowed = Xin lỗi, chỉ cơ quan thường trực mới xác nhận được số liệu của đơn vị. Chưa ghi nhận gì.
kpi-decide-not-pending = Không có số liệu chờ xác nhận mã { $id }.
kpi-decide-approved = Đã xác nhận số liệu mã { $id }; từ nay câu trả lời dùng số liệu này.{ $superseded ->
    [0] {""}
   *[other] {" "}Số liệu cũ cùng kỳ vẫn lưu trong lịch sử.
}
kpi-decide-rejected = Đã từ chối số liệu mã { $id }; số liệu vẫn lưu trong lịch sử nhưng không được dùng.
kpi-decide-approved-notice = Cơ quan thường trực đã xác nhận số liệu mã { $id } của đơn vị.
kpi-decide-rejected-notice = Cơ quan thường trực đã từ chối số liệu mã { $id } của đơn vị.{ $reason ->
    [none] {""}
   *[other] {" "}Lý do: { $reason }
}
kpi-set-unknown-metric = Không có chỉ số «{ $metric }». Các chỉ số: { $keys }.
kpi-set-unknown-scope = Phạm vi «{ $scope }» không hợp lệ; dùng: tinh, cap-so, cap-huyen, cap-xa hoặc don-vi (kèm --unit).
kpi-set-bad-value = Giá trị «{ $value }» không phải một số.
kpi-set-bad-date = Ngày «{ $date }» không hợp lệ; viết dạng 15/7/2023 hoặc 2023-07-15.
kpi-set-recorded = Đã ghi nhận (mã { $id }): { $figure }{ $superseded ->
    [0] {""}
   *[other] {" "}— thay thế { $superseded } số liệu cũ cùng kỳ (vẫn lưu trong lịch sử).
}
kpi-import-row-error = Dòng { $row }: { $problem }
kpi-import-column-missing = Tệp { $file } thiếu cột { $column }.
kpi-import-summary = { $count } số liệu hợp lệ, { $errors } dòng lỗi.
kpi-import-done = Đã ghi nhận { $count } số liệu từ { $file }; { $superseded } số liệu cũ cùng kỳ được thay thế (vẫn lưu trong lịch sử).
kpi-import-not-written = Chưa ghi nhận gì vì tệp có lỗi; sửa các dòng trên rồi nhập lại.
kpi-history-line = { $n }. { $value } ({ $when }) — { $status ->
    [current] đang dùng
    [superseded] đã được thay thế
    [pending] chờ xác nhận
   *[rejected] bị từ chối
}; nguồn: { $source }{ $by ->
    [none] {""}
   *[other] ; { $by } ghi nhận
}
kpi-cli-source = Số liệu nhập bằng lệnh kpi set
kpi-import-source = Tệp { $file }
kpi-history-none = Chưa có số liệu nào.
kpi-paste-understood = Tôi đọc được { $count } số liệu trong văn bản:
kpi-paste-sentence = { "  " }(câu: «{ $sentence }»)
kpi-paste-skipped = • Bỏ qua: «{ $sentence }» — { $problem ->
    [not_a_result] đây là chỉ tiêu hoặc mức thay đổi, không phải kết quả
    [out_of_range] giá trị không hợp lệ với chỉ số này
    [negative] giá trị âm
    [date_missing] không rõ số liệu tính đến ngày nào
    [future_date] ngày của số liệu chưa tới
    [invalid_date] ngày không hợp lệ
    [unknown_unit] không tìm thấy đơn vị «{ $detail }»
    [not_reported] phạm vi hoặc đơn vị này không báo cáo chỉ số đó
   *[other] không đọc được số liệu
}.
kpi-paste-ask = Trả lời «đồng ý» để ghi nhận cả { $count } số liệu trên, hoặc «hủy» nếu chưa đúng.
kpi-file-problem = Không đọc được số liệu từ tệp «{ $name }»: { $problem ->
    [format] chỉ đọc được tệp .docx hoặc .txt
    [too_large] tệp lớn hơn { $max } MB
    [empty] tệp không có nội dung chữ
   *[unreadable] tệp bị hỏng hoặc không phải văn bản
}. Chưa ghi nhận gì.
kpi-file-no-figures = Không tìm thấy số liệu chỉ số nào trong tệp «{ $name }». Chưa ghi nhận gì.
tg-help-kpi-file = Cập nhật số liệu từ báo cáo: gửi tệp .docx hoặc .txt kèm chú thích «cập nhật số liệu» (có thể thêm «nguồn: …»); bot liệt kê từng số liệu đọc được, kèm câu trích, để trả lời «đồng ý». Tệp gửi không kèm chú thích đó được đọc như kế hoạch hoặc thông báo kết luận.
kpi-paste-none-valid = Văn bản có { $count } số liệu nhưng không số liệu nào ghi nhận được. Chưa ghi nhận gì.
kpi-paste-recorded = Đã ghi nhận { $count } số liệu (mã { $ids }).{ $superseded ->
    [0] {""}
   *[other] {" "}Số liệu cũ cùng kỳ được thay thế và vẫn lưu trong lịch sử.
}

## Biểu đồ (npm run chart)
chart-usage = Cách dùng: npm run --silent chart -- "<câu hỏi hoặc tên biểu đồ>" --out bieu-do.png [--svg]
chart-unknown = Chưa rõ cần vẽ biểu đồ nào. Có thể yêu cầu: «biểu đồ tỷ lệ trực tuyến theo cấp», «biểu đồ kích hoạt tài khoản định danh so với chỉ tiêu», «biểu đồ tiến độ các đơn vị», «biểu đồ xu hướng tài khoản định danh đã kích hoạt».
chart-no-data = Chưa có số liệu để vẽ biểu đồ này.
chart-saved = Đã lưu biểu đồ vào { $file } ({ $width }×{ $height } điểm ảnh).
chart-online-rate-title = Tỷ lệ hồ sơ trực tuyến theo cấp
chart-activations-title = Tài khoản định danh điện tử đã kích hoạt so với chỉ tiêu
chart-progress-title = Tiến độ { $plan } theo đơn vị chủ trì
chart-progress-source = Nguồn: dữ liệu nhiệm vụ của Nhắc việc cập nhật đến { $date }.
chart-progress-line = • { $unit }: hoàn thành { $done }/{ $total }; đang thực hiện trong hạn { $open }; quá hạn { $overdue }.
chart-progress-more = Và { $count } đơn vị khác ít việc tồn đọng hơn.
chart-legend-done = Hoàn thành
chart-legend-on-time = Chưa xong, còn hạn
chart-legend-overdue = Quá hạn
chart-trend-title = Diễn biến { $metric } { scope-label }
chart-trend-one-value = Mới có một số liệu; chưa đủ để thấy xu hướng.
chart-as-of = Đến { $date }
chart-target-marker = Chỉ tiêu { $target }{ $date ->
    [none] {""}
   *[other] {" "}đến { $date }
}
chart-target-gap = Còn thiếu { $gap } so với chỉ tiêu; từ { $from } còn { $days } ngày{ $pace ->
    [none] .
   *[other] , cần bình quân { $pace } mỗi ngày.
}
chart-target-reached = Đã đạt chỉ tiêu.
chart-caption-line = • { $label }: { $value } ({ $when })
chart-text = { $text }
chart-text-only = (Biểu đồ dạng hình ảnh chưa gửi được qua kênh này; các số liệu của biểu đồ như trên.)

## Sao lưu và khôi phục (npm run backup, npm run restore)
backup-done = Đã sao lưu vào { $file }: { $pages } trang, { $tasks } nhiệm vụ, { $deliveries } tin trong hộp thư đi.
backup-failed-check = Bản sao lưu không dùng được: { $reason }
backup-postgres = Cơ sở dữ liệu PostgreSQL: xin sao lưu bằng pg_dump và khôi phục bằng pg_restore (xem README).
restore-usage = Cách dùng: npm run restore -- <tệp sao lưu .db>. Xin dừng bot trước khi khôi phục.
restore-refused = Không khôi phục: { $reason }
restore-done = Đã khôi phục { $file } từ { $from }: { $tasks } nhiệm vụ, { $deliveries } tin trong hộp thư đi. Xin khởi động lại bot.

## Gửi tin đi (issue #14): khi nền tảng bắt chờ quá lâu
outbound-busy = Hệ thống đang nhận nhiều yêu cầu cùng lúc nên chưa gửi được câu trả lời. Đề nghị đồng chí gửi lại câu hỏi sau ít phút.

## Chỉ số theo thời gian: so với tháng trước, đầu năm, cùng kỳ; tăng hay giảm; mỗi tuần tăng bao nhiêu (issue #12, mục 2)
kpi-change-direction = { $direction ->
    [up] tăng
    [down] giảm
    [rank_down] tăng
    [rank_up] giảm
   *[same] không thay đổi
}
kpi-change = So với số liệu { $baseWhen } ({ $base }): { $movement }.
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
    [percent] { $amount } điểm phần trăm
    [rank] { $amount } bậc
   *[other] { $amount }{ $label ->
        [none] {""}
       *[other] {" "}{ $label }
    }
}
kpi-change-per = { $per ->
    [day] ngày
    [week] tuần
   *[month] tháng
}
kpi-change-pace = Bình quân mỗi { kpi-change-per } { kpi-change-direction }{ $direction ->
    [same] {""}
   *[other] {" "}{ $amount }
} (từ { $from } đến { $to }).
kpi-change-needed = Để đạt chỉ tiêu { $target } đến { $targetDate }, từ sau ngày { $from } cần bình quân { $amount } mỗi { kpi-change-per }.
kpi-change-only-one = Hiện mới có một số liệu này; chưa có số liệu kỳ trước để so sánh.
kpi-change-asked = { $kind ->
    [previous] trước đó
    [window] { $text }
    [year_start] đầu năm { $text }
   *[same_period] cùng kỳ năm { $text }
}
kpi-change-no-reference = Chưa có số liệu { $asked } để so sánh. Các số liệu trước đó: { $dates }.
kpi-change-periods-differ = Lưu ý: hai số liệu tính cho hai kỳ có độ dài khác nhau; so sánh chỉ để tham khảo.

## Tóm tắt: số liệu thay đổi từ báo cáo tuần trước (issue #12, mục 5)
briefing-changes = • Số liệu thay đổi từ báo cáo tuần trước ({ $since }){ $more ->
    [0] {""}
   *[other] , { $more } chỉ số khác không nêu ở đây
}:
briefing-change = { "  " }– { $metric } { scope-label }: { $value } ({ $when }), { $movement ->
    [corrected] đính chính, trước đây ghi { $previous }
   *[other] { $movement }
}.
briefing-chart-progress = biểu đồ tiến độ các đơn vị
briefing-chart-online-rate = biểu đồ tỷ lệ trực tuyến theo cấp
briefing-chart-activations = biểu đồ kích hoạt tài khoản định danh so với chỉ tiêu

## Nhật ký thao tác (npm run audit): ai làm gì qua trò chuyện, không ghi nội dung tin nhắn
audit-none = Không có thao tác nào trong khoảng thời gian này.
audit-line = { $time } · { $channel } · cuộc trò chuyện { $chat } · người gửi { $sender } · { $person ->
    [none] chưa là thành viên
   *[other] thành viên số { $person }
} · { $action } · { $target ->
    [none] —
   *[other] { $target }
} · { $outcome }
