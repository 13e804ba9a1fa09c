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
kpi-no-data = Chưa có số liệu về { $metric } { scope-label }.
kpi-known-scopes = Hiện có số liệu: { $scopes }.
kpi-compare-header = { $metric } ({ $when }), từ cao đến thấp:
kpi-compare-line = • { $label }: { $value }
kpi-compare-line-inline = { $label } ({ $value })
kpi-compare-highest = Cao nhất: { $highest }; thấp nhất: { $lowest }.
kpi-compare-pair = { $first } cao hơn { $second } { $points } điểm phần trăm.
kpi-compare-equal = { $first } và { $second } bằng nhau.
kpi-gap = Theo { $when }, { $metric } đạt { $value }; chỉ tiêu { $target } đến { $targetDate }, còn thiếu { $gap }.
kpi-gap-pace = Còn { $days } ngày (tính cả hôm nay), cần bình quân { $pace } mỗi ngày.
kpi-gap-passed = Hạn chỉ tiêu { $targetDate } đã qua; chưa có số liệu sau ngày { $asOf }.
kpi-gap-reached = Đã đạt chỉ tiêu { $target }.
kpi-no-target = { $metric } chưa có chỉ tiêu trong dữ liệu.
ranking = { $metric } ({ $when }): đứng thứ { $rank }/{ $of }.
ranking-goal = Mục tiêu: vào nhóm { $goal } tỉnh, thành phố dẫn đầu đến { $targetDate }; cần tăng ít nhất { $steps } bậc.
ranking-goal-reached = Mục tiêu: vào nhóm { $goal } dẫn đầu đến { $targetDate }: đã đạt.

## Kế hoạch và nhiệm vụ
plan-progress = { $plan }, tính đến { $date }: hoàn thành { $done }/{ $total } nhiệm vụ, đạt { $rate }.
plan-progress-detail = Đang thực hiện trong hạn: { $inProgress }; quá hạn: { $overdue }; chưa triển khai: { $notStarted }; còn lại: { $remaining }.
plan-progress-awaiting = Chờ Văn phòng thường trực xác nhận: { $awaiting }.
plan-progress-source = Nguồn: { $source }.
plan-none = Chưa có kế hoạch nào trong dữ liệu.
task-list-header = { $filter }: { $total } nhiệm vụ{ $shown ->
    [all] .
   *[other] , hiển thị { $shown } nhiệm vụ gần hạn nhất.
}
task-list-empty = { $filter }: không có nhiệm vụ nào.
task-list-line = • { $code } · { $title } · { $unit } · hạn { $deadline } · { $state }
task-filter = { $state ->
    [overdue] Nhiệm vụ quá hạn
    [done] Nhiệm vụ đã hoàn thành
    [in_progress_on_time] Nhiệm vụ đang thực hiện trong hạn
    [not_started_on_time] Nhiệm vụ chưa triển khai
   *[open] Nhiệm vụ chưa hoàn thành
}{ $unit ->
    [none] {""}
   *[other] {" "}của { $unit }
}{ $area ->
    [none] {""}
   *[other] {" "}thuộc lĩnh vực { $area }
}{ $due ->
    [none] {""}
   *[other] {" "}có hạn { $due }
}, tính đến { $date }
task-state = { $state ->
    [done_on_time] đã hoàn thành đúng hạn
    [done_late] đã hoàn thành (trễ hạn)
    [awaiting_confirmation] chờ xác nhận hoàn thành
    [in_progress_on_time] đang thực hiện trong hạn
    [not_started_on_time] chưa triển khai
   *[overdue] quá hạn { $days } ngày
}
task-detail = { $code }: { $title }
task-detail-lead = Chủ trì: { $unit }{ $cooperating ->
    [none] {""}
   *[other] ; phối hợp: { $cooperating }
}.
task-detail-deadline = Hạn: { $deadline }; tình trạng: { $state }; tiến độ: { $progress }%.
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
due-week = trong tuần này ({ $from }–{ $to })
due-month = trong tháng { $month }

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
unknown-metric = Chưa có số liệu về nội dung này. Các số liệu hiện có: { $metrics }.
out-of-domain = Xin lỗi, nội dung này ngoài phạm vi hỗ trợ. Tôi chỉ trả lời về kế hoạch CCHC, chuyển đổi số, Đề án 06 và các nhiệm vụ được giao.
empty-message = Xin nhập câu hỏi, ví dụ: "tiến độ kế hoạch CCHC".
demo-banner = Dữ liệu minh họa: Quảng Nam 2023. Bot chạy như tại thời điểm { $date } (giờ Việt Nam).

## Trò chuyện thử trên máy (console)
console-intro = Nhắc việc — trò chuyện thử. Lệnh: /as <người hoặc đơn vị>, /who, /quit. Đang là: { $persona }
console-person = { $name }{ $title ->
    [none] {""}
   *[other] {" "}({ $title })
}
console-guest = khách
console-acting-as = Đang là: { $persona }
console-persona-not-found = Không tìm thấy người hoặc đơn vị "{ $query }".
