package draft

// Figures that are no lesson, or that their own stem gives away: a
// name's number ("Nhà máy điện Nhơn Trạch 4"), a product's strength, an
// award's quota, one end of a range of levels (rounds 46–50).

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/vanban"
	"sotay/internal/viet"
)

// properNumber says whether a figure of one or two digits follows two
// capitalised words past a clause's first: "Nhà máy điện Nhơn Trạch 4",
// "Khu công nghiệp Nam Cấm 2" — the name's number, not a quantity.
func properNumber(before, answer string) bool {
	if len(answer) > 2 || strings.ContainsAny(answer, ".,/") {
		return false
	}
	ws := strings.Fields(before)
	if len(ws) > 0 && unitNames[ws[len(ws)-1]] {
		return true // a ward's or a hamlet's number: "Phường 1, Phường 2 và Phường ……" (round 112)
	}
	if len(ws) < 3 {
		return false
	}
	for _, w := range ws[len(ws)-2:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || allUpper(w) {
			return false // (not "GRDP", "KCN": a measure's name)
		}
	}
	return true
}

// unitNames are the places named by a number: "Phường 9", "Ấp 3".
var unitNames = map[string]bool{"Phường": true, "Ấp": true, "Khóm": true, "Tổ": true, "Thôn": true, "Bản": true, "Quận": true, "Xóm": true}

// namedYear says whether a year is part of a name, glued to its words
// with nothing that makes it a time: "Chương trình nghị sự 2030", "Tầm
// nhìn Việt Nam 2035" — not "đến năm 2030", "giai đoạn 2021 - 2025",
// "(2002 - 2017)".
func namedYear(before string, f fact) bool {
	if f.shape != "year" {
		return false
	}
	ws := strings.Fields(before)
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	if r, _ := utf8.DecodeLastRuneInString(w); !unicode.IsLetter(r) {
		return false // "(", "-", "2021 -", "ngày 5/5/": a time
	}
	return !timeWords[viet.Fold(strings.ToLower(w))]
}

// citedPeriodRE ends the words before a period that is part of a cited
// act's or a national programme's name: "… theo Nghị quyết số
// 1314/NQ-UBTVQH15 về việc sắp xếp … giai đoạn ", "Chương trình mục tiêu
// quốc gia phát triển … giai đoạn " (round 119: both dropped as trivia).
var citedPeriodRE = regexp.MustCompile(`(?:(?:Nghị quyết|Quyết định|Nghị định|Thông tư|Chỉ thị|Kế hoạch) số \S+|Chương trình mục tiêu quốc gia)[^;:.()“”]*giai đoạn\s*$`)

// citedPeriod says whether a period asked is part of a name cited.
func citedPeriod(before string, f fact) bool {
	return f.shape == "range" && citedPeriodRE.MatchString(before)
}

// timeWords are the words a year stands after as a time (folded).
var timeWords = map[string]bool{"nam": true, "den": true, "toi": true, "tu": true, "truoc": true, "sau": true, "doan": true, "khoang": true, "cuoi": true,
	"dau": true, "het": true, "vao": true, "va": true, "hoac": true, "thang": true, "quy": true, "ky": true, "nhat": true, "trong": true, "la": true, "tai": true,
	"nhin": true, "huong": true, "hien": true, "moc": true, "tieu": true}

// yearWithin says whether the rest of a sentence gives a year inside the
// range asked (its ends excluded).
func yearWithin(rest, answer string) bool {
	m := rangeRE.FindStringSubmatch(answer)
	if m == nil {
		return false
	}
	from, to := atoi(m[1]), atoi(m[2])
	for _, y := range bareYearRE.FindAllString(rest, -1) {
		if v := atoi(y); v > from && v < to {
			return true
		}
	}
	return false
}

// bareYearRE finds a year written alone.
var bareYearRE = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

func allUpper(w string) bool { return !strings.ContainsFunc(w, unicode.IsLower) }

// productBefore says whether a percentage follows a word of no
// Vietnamese form, a product's name: "Chlorine 70%".
func productBefore(before string) bool {
	ws := strings.Fields(before)
	if len(ws) == 0 {
		return false
	}
	w := strings.Trim(ws[len(ws)-1], ",;:()")
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || allUpper(w) {
		return false
	}
	for _, r := range w {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
	}
	return len(w) >= 7 || strings.ContainsAny(strings.ToLower(w), "fjwz")
}

// clauseRef says whether a figure is a clause's number in a reference:
// "Căn cứ theo …… Điều 6 Nghị định 45/2022/NĐ-CP", "…… Điều 16 Thông tư
// này" (a text wrapped at "khoản"), "khoản …… Điều 9" — not "thời điểm".
func clauseRef(before, answer, after string) bool {
	return refAfterRE.MatchString(after) ||
		smallNumberRE.MatchString(answer) && (clauseNumberRE.MatchString(before) && !strings.HasSuffix(before, "thời điểm ") || thisActRE.MatchString(after))
}

// refAfterRE follows a clause's number in a reference: "(khoản) 6 Điều
// 16 Thông tư này"; clauseNumberRE ends the words before one.
var (
	refAfterRE     = regexp.MustCompile(`^ (?:[Đđ]iều|[Kk]hoản) \d`)
	smallNumberRE  = regexp.MustCompile(`^\d{1,3}$`)
	clauseNumberRE = regexp.MustCompile(`(?:^|\s)(?:[Kk]hoản|[Đđ]iểm|[Đđ]iều|[Mm]ục|[Cc]hương) $`)
	// thisActRE follows an article's number wrapped from its "Điều":
	// "47 của Nghị định này".
	thisActRE = regexp.MustCompile(`^ (?:của )?(?:Nghị định|Thông tư|Luật|Bộ luật|Quyết định|Nghị quyết|Quy chế|Quy định|Pháp lệnh) này\b`)
)

// ensureRE is a clause that ensures what its percentage measures:
// "Đảm bảo … đạt 100%" answers itself.
var ensureRE = regexp.MustCompile(`(?i)(?:^|\s)(?:đảm bảo|bảo đảm)\s`)

// rateRE is a rule's level of pay or aid before its amount: "Mức phụ cấp
// hằng tháng đối với thôn đội trưởng bằng …".
var rateRE = regexp.MustCompile(`(?i)(?:^|\s)mức (?:phụ cấp|trợ cấp|hỗ trợ|chi|thù lao|bồi dưỡng|lương|cho vay|thưởng)`)

// roadRE ends the words before a road's number: "Quốc lộ", "tỉnh lộ",
// "đường tỉnh".
var roadRE = regexp.MustCompile(`(?i)(?:quốc|tỉnh|huyện) lộ\s*$|đường (?:tỉnh|huyện|số)\s*$`)

// glossRE ends the words before a bracket that restates an ordinal
// period: "Năm thứ nhất (".
var glossRE = regexp.MustCompile(`(?i)(?:năm|giai đoạn|đợt|kỳ) thứ \p{L}+\s*\(\s*$`)

// quotaRE ends the words before an award's quota: "Xét tối đa", "đề
// nghị không quá".
var quotaRE = regexp.MustCompile(`(?i)(?:xét|đề nghị|tặng|khen thưởng)\s+(?:tối đa|không quá)\s*$`)

// quotaUnitRE opens what a quota counts.
var quotaUnitRE = regexp.MustCompile(`^\s*(?:tập thể|cá nhân)`)

// hoursRE is a span of the day's hours: "từ 10 giờ đến 20 giờ".
var hoursRE = regexp.MustCompile(`từ \(?\d{1,2}(?: giờ(?: \d{2})?|h\d{0,2}|:\d{2}) đến \d{1,2}(?: giờ|h|:\d{2})`) // ("từ 10 giờ 00 đến 20 giờ 00", round 114)

// romanSpan says whether the words after a count span it by Roman
// numerals: "cấp, từ cấp I đến cấp V" after 5.
func romanSpan(after string, n int) bool {
	m := romanSpanRE.FindStringSubmatch(after)
	return m != nil && vanban.RomanValue(m[1]) == n
}

var romanSpanRE = regexp.MustCompile(`^[^.;]{0,40}?từ \p{L}+ I đến \p{L}+ ([IVX]{1,5})\b`)

// levelRange says whether a figure is one end of a range of levels named
// again after it: "báo động …… đến báo động 3", "cấp …… đến cấp 4".
func levelRange(before, after string) bool {
	for n := 1; n <= 2; n++ {
		if w := lastWords(before, n); w != "" && strings.HasPrefix(after, " đến "+w+" ") {
			return true
		}
	}
	return false
}

// enumerated reports whether the words after a count list that many
// items, in brackets or after a colon: "4 Văn phòng Trung ương (Văn phòng
// Trung ương Đảng, …, Văn phòng Quốc hội)", "3 cấp: cấp xã, cấp huyện,
// cấp tỉnh".
func enumerated(after string, n int) bool {
	if n < 2 || n > 12 {
		return false
	}
	if k := strings.Index(after, " là "); k >= 0 && words(after[:k]) <= 16 && shortItems(after[k+len(" là "):]) == n {
		return true // "có …… phương án lựa chọn … là A, B, C và D" (round 36)
	}
	if n == 2 {
		// "…… chỉ tiêu tăng trưởng kinh tế và xuất khẩu": the two, named
		// at once (round 59)
		clause := after
		if k := strings.IndexAny(clause, ",;.(:"); k >= 0 {
			clause = clause[:k]
		}
		if k := strings.Index(clause, " và "); k >= 0 && words(clause[:k]) <= 7 {
			return true
		}
	}
	i := strings.IndexAny(after, "(:")
	if i < 0 || words(after[:i]) > 6 {
		return namesFollow(after, n)
	}
	list := after[i+1:]
	if j := strings.IndexAny(list, ")."); j >= 0 {
		list = list[:j]
	}
	items := 0
	for _, part := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ';' }) {
		for _, p := range strings.Split(part, " và ") {
			if strings.TrimSpace(p) != "" {
				items++
			}
		}
	}
	if strings.Contains(list, ";") {
		// items parted by semicolons are whole names, "và" and commas
		// inside them: "Trung tâm Điều dưỡng người có công và Bảo trợ xã
		// hội" is one (round 54)
		semi := 0
		for _, p := range strings.Split(list, ";") {
			if strings.TrimSpace(p) != "" {
				semi++
			}
		}
		return items == n || semi == n
	}
	return items == n
}

// fromEvent says whether a duration counts from an event, as a
// procedure's deadline does: "trong 15 ngày kể từ khi kết thúc thời hạn
// đăng ký" (round 38: a decree's deadlines were not asked).
func fromEvent(after string) bool {
	w := strings.Fields(strings.NewReplacer(",", " ", ";", " ").Replace(viet.Fold(after)))
	near := " " + strings.Join(w[min(1, len(w)):min(6, len(w))], " ") + " "
	return strings.Contains(near, " ke tu ") || strings.Contains(near, " tinh tu ") // ("trong 12 tháng liền kề, tính từ thời điểm …")
}

// abolishedRE says a rule before a figure is repealed.
var abolishedRE = regexp.MustCompile(`(?i)(?:^|[\s:;(])(?:bỏ|bãi bỏ) (?:điều kiện|quy định|yêu cầu|thủ tục)`)

// shortItems counts the items of a list of short names up to the
// sentence's end ("A, B, C và D") or to the first part longer than eight
// words.
func shortItems(list string) int {
	if j := strings.IndexAny(list, ".;"); j >= 0 {
		list = list[:j]
	}
	// (up to a clause too long to be an item: "… là thi sát hạch và cấp
	// chứng chỉ hành nghề chứng khoán, tạo điều kiện thuận lợi cho …")
	items := 0
	for _, part := range strings.Split(list, ",") {
		for _, p := range strings.Split(part, " và ") {
			if w := words(p); w == 0 || w > 8 {
				return items
			}
			items++
		}
	}
	return items
}

// namesFollow reports whether the words after a count name that many
// places or bodies, one after another: "03 vùng nuôi tôm Quảng Chính,
// Quảng Trung, Quảng Khê - xã …" (round 24).
func namesFollow(after string, n int) bool {
	if i := strings.IndexAny(after, ";.(–"); i >= 0 {
		after = after[:i]
	}
	if i := strings.Index(after, " - "); i >= 0 {
		after = after[:i]
	}
	var parts []string
	for _, part := range strings.Split(after, ",") {
		parts = append(parts, strings.Split(part, " và ")...)
	}
	if len(parts) != n {
		return false
	}
	for k, p := range parts {
		w := strings.Fields(p)
		if len(w) == 0 || k > 0 && !unicode.IsUpper([]rune(w[0])[0]) || k == 0 && (len(w) > 6 || !unicode.IsUpper([]rune(w[len(w)-1])[0])) {
			return false
		}
	}
	return true
}

// sumFollows reports whether the figures in the words after a count add
// up to it: "102 …, gồm 85 xã, 14 phường và 03 đặc khu".
func sumFollows(after string, v float64) bool {
	w := strings.Fields(after)
	if len(w) > 20 {
		w = w[:20]
	}
	sum, n := 0.0, 0
	for _, x := range w {
		if y, ok := parseNumber(strings.Trim(x, ",;.:()")); ok {
			sum += y
			n++
		}
	}
	return n >= 2 && sum == v
}

// cutSum ends a count's excerpt before the parts that add up to it:
// "Sau khi sắp xếp, tỉnh Đồng Tháp có …… đơn vị hành chính cấp xã" is
// worth asking, "…, gồm 82 xã và 20 phường" after it would give it
// (round 112's resolution had no draft).
func cutSum(f fact) fact {
	if f.kind != DraftCount && f.kind != DraftQuantity {
		return f
	}
	end := f.at + len(f.answer)
	if i := strings.Index(f.clause[end:], ", gồm "); i > 0 && sumFollows(f.clause[end+i:], f.value) {
		f.clause, f.tail = f.clause[:end+i], true
	}
	return f
}

// termRE is a part that sets terms (folded): "Thời hiệu kỷ luật", "Thời
// hạn giải quyết".
var termRE = regexp.MustCompile(`^(?:cac )?thoi (?:hieu|han)\b`)

// voteRE follows a share or count of those who voted for a motion: "…
// thành viên Ủy ban Thường vụ Quốc hội có mặt biểu quyết tán thành".
var voteRE = regexp.MustCompile(`^[^.;,]{0,90}?(?:biểu quyết tán thành|tán thành|nhất trí thông qua)`)

// tallyRE opens a running count at an hour: "Tính đến 10h00, …".
var tallyRE = regexp.MustCompile(`^(?:…\s*)?Tính đến \d{1,2} ?(?:h|giờ)`)

// aboveRE is a stem that leans on what went before: "… sẽ thực hiện sửa
// đổi, bổ sung quy định theo phương án trên".
var aboveRE = regexp.MustCompile(`(?:phương án|nội dung|đề xuất|kiến nghị) (?:nêu )?trên(?:$|[ ,.;])`)

// tallied says whether a figure is a vote's or an hour's tally, or a
// label's blank with no sentence after it, or a clause that leans on the
// one before: trivia (round 84: "với …… thành viên … có mặt biểu quyết
// tán thành", "Tính đến 10h00, … hoàn thành …… cử tri đi bầu", "Lộ
// trình thực hiện: Năm ……").
func tallied(f fact) bool {
	c := f.clause
	if f.kind != DraftTime && voteRE.MatchString(c[f.at+len(f.answer):]) && !ruleBoundRE.MatchString(c[:f.at]) || tallyRE.MatchString(c) || aboveRE.MatchString(c) || strings.Contains(c, "đã biểu quyết thông qua") {
		// (a rule's vote is asked: "khi được ít nhất hai phần ba số hội
		// viên chính thức tán thành"; no figure of a vote's news is:
		// "Chiều 10/12, … Quốc hội đã biểu quyết thông qua Luật …")
		return true
	}
	if f.kind == DraftQuantity && f.unit == "ty" && significant(f.answer) >= 5 {
		return true // a budget's line to the billion, "Tổng số thu ngân sách trung ương là 1.225.356 tỷ đồng" (round 86)
	}
	i := strings.Index(c, ": ")
	return i > 0 && i < f.at && words(c[:i]) <= 4 && words(c[i+2:])-words(f.answer) < 3 && f.ctx == "" // (a task's field under its task's name is known by it)
}

// atLeast says whether a count is a threshold, "đủ 18 tuổi trở lên",
// which another of its unit beside it does not give away: "… và đủ 21
// tuổi trở lên có quyền ứng cử" (round 84: the ages to vote and to stand
// were not asked).
func atLeast(f fact) bool {
	return f.unit != "" && strings.HasPrefix(viet.Fold(strings.TrimSpace(f.clause[f.at+len(f.answer):])), f.unit+" tro len")
}

// significant counts a figure's digits but its trailing zeros:
// "1.225.356" 7, "18.558,05" 7, "500.000" 1.
func significant(answer string) int {
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, answer)
	return len(strings.TrimLeft(strings.TrimRight(digits, "0"), "0"))
}

// soFarRE marks a result so far, not a target or a rule: "năm 2025 ước
// đạt ……", "ước cả năm có …… doanh nghiệp", "Đến nay, toàn tỉnh có ……
// trường", "10 tháng năm 2025 tăng ……" (round 113's telegram), "(đạt mục tiêu Nghị quyết đề ra)", "Tổng thiệt hại ước trên
// ……", a month's figures "4 tháng ước tăng ……", "tháng 4 đạt ……", "tăng
// 22,8% so với cùng kỳ" (round 129). soFarCtxRE is a part that tells how things stand ("Đánh giá tình
// hình thiệt hại", "Kết quả thực hiện năm 2025").
var (
	soFarRE    = regexp.MustCompile(`(?i)(?:^|\s|\()(?:ước (?:đạt|cả năm|thực hiện|tính|khoảng|trên|thu|có)|\d{1,2} tháng (?:đầu )?năm(?: \d{4})?|đến nay|đến thời điểm (?:này|hiện tại)|lũy kế|đạt (?:mục tiêu|chỉ tiêu) (?:nghị quyết|kế hoạch|đề ra)|vượt (?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)|tổng thiệt hại|thiệt hại ước|\d{1,2} tháng (?:ước|đạt|tăng|giảm)|tháng \d{1,2}(?: năm \d{4})? (?:ước |đã )?(?:đạt|tăng|giảm)|so với cùng kỳ)(?:[\s,.;:)]|$)`)
	soFarCtxRE = regexp.MustCompile(`(?i)tình hình|kết quả (?:thực hiện|đạt được)|^đánh giá`)
	aimRE      = regexp.MustCompile(`(?i)phấn đấu|mục tiêu (?:đến|năm|giai đoạn)|dự kiến|kế hoạch năm \d{4}|đến năm \d{4}`)
)

// planKinds are the documents whose results so far are background: a
// plan's or a notice's account of the year is stale a year on. A
// resolution's assessment ("tỷ lệ văn bản đi được ký số đạt ……" of the
// term behind it) is studied, a report's results are its substance.
var planKinds = map[string]bool{"Kế hoạch": true, "Thông báo": true, "Công điện": true, "Chương trình": true, "Quyết định": true,
	"Chỉ thị": true, "Công văn": true, "Hướng dẫn": true, "Tờ trình": true, "Đề án": true}

// soFar says whether a figure tells how things stand, not what a plan
// or a rule sets: estimates of the year, "to date" tallies, a disaster's
// damage, a share of a plan met. Judges dropped every one of them in a
// plan or a notice (round 112: nine of a budget plan's ten drafts, two of
// a relief plan's; rounds 109 and 110 the same) — a bank outlives them.
func soFar(f fact) bool {
	before := f.clause[:f.at]
	if aimRE.MatchString(before) {
		return false // "Năm 2026 phấn đấu đạt ……"
	}
	if soFarRE.MatchString(f.clause) || soFarCtxRE.MatchString(f.ctx) {
		return true
	}
	if f.kind != DraftPercent {
		return false
	}
	if i := strings.Index(f.line.text, f.clause); i >= 0 {
		return ofPlanRE.MatchString(f.line.text[i+f.at+len(f.answer):]) && strings.Contains(before, "đạt") // "đạt …… kế hoạch"
	}
	return false
}

// codeRE is a chemical's or a measure's code: "pH", "NH4+", "NO2--N",
// "Cd", "Pb".
var codeRE = regexp.MustCompile(`^(?:[A-Z][a-z]|pH|[A-Z][A-Za-z]*\d+[+\-][A-Za-z\d+\-]*)$`)

// technical says whether an excerpt is a specification of codes (three
// or more): a monitoring plan's parameters and sample counts are no
// cadre's lesson (round 112's judge dropped all five, the thing
// monitored unnamed).
func technical(c string) bool {
	n := 0
	for _, w := range strings.Fields(c) {
		if codeRE.MatchString(strings.Trim(w, ",;:()")) {
			n++
		}
	}
	return n >= 3
}

// sameLead says whether a figure's part asked one already after the same
// few words: "Hệ số …… đối với trẻ em dưới 04 tuổi" and "Hệ số …… đối
// với các đối tượng từ đủ 04 tuổi" cue each other, the first's answer
// among the second's options (round 112).
func sameLead(f fact, asked []fact) bool {
	lead := strings.TrimSpace(f.clause[:f.at])
	if lead == "" || words(lead) > 3 || f.ctx == "" {
		return false
	}
	for _, a := range asked {
		if a.ctx == f.ctx && strings.TrimSpace(a.clause[:a.at]) == lead && a.kind == f.kind {
			return true
		}
	}
	return false
}
