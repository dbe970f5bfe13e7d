package draft

import (
	"regexp"
	"slices"
	"strings"

	"sotay/internal/viet"
)

// yearPlanRE is the title of a plan for one year: "… bổ sung Kế hoạch
// phát triển kinh tế - xã hội năm 2025 …", "Kế hoạch … năm 2026",
// "dự toán ngân sách nhà nước năm 2025".
var yearPlanRE = regexp.MustCompile(`(?i:kế hoạch|dự toán|chương trình)\b.*\bnăm (20\d\d)\b`)

// pastYear says whether a figure is a target of a plan for a year gone
// by: the plan's year is before today's, and the clause names no year
// after it. Round 121's judge dropped six targets of the 2025 plan
// (growth, GDP per head, spending cuts) asked in December 2026; its
// principles ("quản lý theo kết quả") and a 2026–2030 figure it sets
// were kept, and are still asked.
func (g *drafter) pastYear(f fact) bool {
	if g.src.Today.IsZero() || f.kind != DraftQuantity && f.kind != DraftPercent {
		return false
	}
	title := tidy(g.src.Title)
	m := yearPlanRE.FindStringSubmatch(title)
	if m == nil || slices.ContainsFunc(anyYearRE.FindAllString(title, -1), func(y string) bool { return y != m[1] }) {
		return false // a law named by its year, a plan over a period ("Quyết định 664/QĐ-BXD 2025 về Kế hoạch … năm 2025" is one year, round 127)
	}
	y := atoi(m[1])
	if g.src.Today.Year() <= y {
		return false
	}
	for _, w := range anyYearRE.FindAllString(f.clause, -1) {
		if atoi(w) > y {
			return false
		}
	}
	return true
}

// headingCountRE is a heading's count of the points under it, in
// brackets: "Phát triển kinh tế số đến năm 2030 (16 mục tiêu)".
var headingCountRE = regexp.MustCompile(`^\s*(?:mục tiêu|chỉ tiêu|nhiệm vụ|giải pháp|nội dung|nhóm)\s*\)`)

// headingCount says whether a figure is a heading's count of its
// points: round 121's judge found two such counts the lists under them
// contradicted (16 over 15 targets, 10 over 9), and dropped both.
func headingCount(f fact) bool {
	before := strings.TrimSpace(f.clause[:f.at])
	return strings.HasSuffix(before, "(") && headingCountRE.MatchString(strings.ToLower(f.clause[f.at+len(f.answer):]))
}

// onlyCurrent says whether a period's key is the one option that runs
// into the year after the document's: "Triển khai Đề án … giai đoạn
// ……" in a plan of 2025 among 2015 - 2020, 2020 - 2025 and 2030 - 2035,
// or the strategy "10 năm ……" among whole decades. Round 121's judge
// dropped both as given away by the calendar. A term just ended is
// still asked ("Trong nhiệm kỳ 2020 - 2025" of a 2025 congress, with
// 2025 - 2030 among the options).
func onlyCurrent(f fact, wrong []string, year int) bool {
	if f.kind != DraftTime || year == 0 {
		return false
	}
	runsOn := func(s string) bool {
		m := spanRE.FindStringSubmatch(strings.TrimSpace(s))
		return m != nil && atoi(m[1]) <= year+1 && year+1 <= atoi(m[2])
	}
	return runsOn(f.answer) && !slices.ContainsFunc(wrong, runsOn)
}

// leastOneRE ends the words before a minimum of one: "triển khai tối
// thiểu ……", "có ít nhất ……".
var leastOneRE = regexp.MustCompile(`(?:tối thiểu|ít nhất|không dưới)\s*$`)

// leastOne says whether a figure is a minimum of one: "Phát triển và
// triển khai tối thiểu 01 sàn giao dịch dữ liệu" is the guess anyone
// makes (round 121's judge dropped it). One for each ("mỗi hộ gia đình
// trang bị tối thiểu 01 bình chữa cháy", kept in round 36) is a rule
// and is asked.
func leastOne(f fact) bool {
	before := f.clause[:f.at]
	return f.kind == DraftQuantity && strings.TrimLeft(f.answer, "0") == "1" && leastOneRE.MatchString(before) && !eachRE.MatchString(before)
}

// eachRE finds a rule for each one: "mỗi hộ", "từng xã", "mọi cơ sở".
var eachRE = regexp.MustCompile(`(?i)(?:^|\s)(?:mỗi|từng|mọi)\s`)

// ownPeriodRE finds a period a document is for: "giai đoạn 2026 - 2030",
// "2026-2030".
var ownPeriodRE = regexp.MustCompile(`\b(20\d\d)\s*[-–]\s*(20\d\d)\b`)

// horizonYear says whether a target year is the end of the period the
// document is for, which its title or its opening gives: "Phấn đấu đến
// năm ……, cả nước có 1.200 công trình xây dựng xanh" in a plan for
// 2026–2030, among 2027, 2035 and 2040, answers itself (round 122's
// judge). A year another period ends is asked.
func (g *drafter) horizonYear(f fact) bool {
	if f.shape != "year" || !untilRE.MatchString(f.clause[:f.at]) {
		return false
	}
	head := tidy(g.src.Title)
	if !ownPeriodRE.MatchString(head) {
		head = headOf(g.src)
		if len(g.src.Pages) > 0 {
			head = g.src.Pages[0][:min(len(g.src.Pages[0]), 3000)]
		}
	}
	m := ownPeriodRE.FindStringSubmatch(head)
	return m != nil && m[2] == f.answer
}

// labelNumberRE ends the words before an annex's or a form's number:
// "(Phụ lục ……  đính kèm)", "theo Mẫu số ……".
var labelNumberRE = regexp.MustCompile(`(?i:phụ lục|mẫu số|biểu mẫu số|biểu số|mẫu|số thứ tự|stt|chú thích)\s*$`)

// roundClockRE follows the days of a week that is every day: "24h/24h
// và …… ngày/tuần", "…… ngày trong tuần".
var roundClockRE = regexp.MustCompile(`^\s*(?:ngày\s*/\s*tuần|ngày trong tuần)`)

// knownDates are the days every cadre knows: the Party's founding, the
// August Revolution, Independence Day, Điện Biên Phủ, the South's
// liberation.
var knownDates = regexp.MustCompile(`^(?:ngày )?(?:0?3[ /.-]0?2|(?:19|0?2)[ /.-]0?8|0?2[ /.-]0?9|0?7[ /.-]0?5|30[ /.-]0?4)[ /.-](?:1930|1945|1954|1975)$|^(?:ngày )?(?:0?3 tháng 0?2 năm 1930|19 tháng 0?8 năm 1945|0?2 tháng 0?9 năm 1945|0?7 tháng 0?5 năm 1954|30 tháng 0?4 năm 1975)$`)

// noLesson says whether a figure answers itself or is a label: an
// annex's or a form's number, an item's serial number ("Danh mục TTHC có
// số thứ tự ……", round 124) (round 123: "(Phụ lục …… đính kèm)", two
// drafts), the seven days of "24h/24h và …… ngày/tuần", a day every
// cadre knows among days no one does ("nhập ngũ từ ngày 30 tháng 4 năm
// 1975 trở về trước"). Round 123's judge dropped all four.
func noLesson(f fact) bool {
	rest := f.clause[f.at+len(f.answer):]
	switch {
	case labelNumberRE.MatchString(f.clause[:f.at]):
		return true
	case strings.TrimLeft(f.answer, "0") == "7" && roundClockRE.MatchString(rest):
		return true
	case strings.TrimSpace(f.clause[:f.at]) == "" && noteMarkOnlyDigitsRE.MatchString(f.answer) && capitalNextRE.MatchString(rest):
		// a note's mark after a clause's: "6. 3 Tổ chức kinh doanh …",
		// "8.15 Trường hợp …" of a consolidated text (round 135's walk
		// found seven such blanks); a count opens no sentence before a
		// capital
		return true
	case consolidatedNoteRE.MatchString(rest):
		// a consolidated text's note mark, its note glued after it: "…
		// theo quyết định của 15 Cụm từ “Tập đoàn Viễn thông Quân đội” được
		// sửa đổi thành …" (round 134's key was the mark)
		return true
	case strings.HasPrefix(strings.TrimSpace(rest), "|") && (strings.TrimSpace(f.clause[:f.at]) == "" || strings.HasSuffix(strings.TrimSpace(f.clause[:f.at]), "|")):
		// a table row's number, "3 | Tổ chức khám sức khỏe … | Từ ngày …"
		// (round 126)
		return true
	case strings.HasSuffix(strings.TrimSpace(f.clause[:f.at]), "(") && strings.HasPrefix(rest, ")") && len(f.answer) <= 2:
		// a form's placeholder, "Đề nghị (3) tiếp nhận … của (……)" (round 125)
		return true
	case f.kind == DraftQuantity && strings.HasPrefix(viet.Fold(strings.TrimSpace(rest)), "thu tuc") && strings.Contains(viet.Fold(f.clause), "thu tuc hanh chinh"):
		// how many procedures a decision publishes, "…… thủ tục hành
		// chính cấp xã": its list's length, no rule (round 124, two)
		return true
	}
	return knownDates.MatchString(strings.TrimSpace(f.answer))
}

// bracketNoteRE is an encyclopedia's note mark after a cited act: "Quy
// định 121-QĐ/TW [23] ngày …" (round 126: the act's date was asked).
var bracketNoteRE = regexp.MustCompile(`\s*\[\d{1,3}\]`)

// sessionRE names the resolution of the Government's regular session:
// "Nghị quyết phiên họp Chính phủ thường kỳ tháng 4 năm 2026".
var sessionRE = regexp.MustCompile(`(?i)phiên họp (?:chính phủ )?thường kỳ`)

// session says whether the document is such a resolution: its account
// of the month's figures (CPI over four months, April's tourists) is
// stale within weeks, as a plan's is a year on. Round 129's judge
// dropped seven such; its tasks and its targets for the year are asked.
func (g *drafter) session() bool {
	return sessionRE.MatchString(g.src.Title)
}

// effectFromRE ends the words before a date an act takes effect from.
var effectFromRE = regexp.MustCompile(`có hiệu lực(?: thi hành)?(?: kể)? từ(?: ngày)?\s*$`)

// actNumberRE is a state act's number: "50/2017/TT-BYT".
var actNumberRE = regexp.MustCompile(`\d{1,4}/\d{4}/[\p{Lu}Đ]+(?:-[\p{Lu}Đ]+)*`)

// othersEffect says whether a date is when another act takes effect: a
// consolidated text's notes and preamble give each amending act's
// ("Thông tư số 28/2022/TT-BLĐTBXH, có hiệu lực thi hành kể từ ……"),
// which round 133's judge dropped as the text's machinery.
func (g *drafter) othersEffect(f fact) bool {
	if f.kind != DraftTime || !effectFromRE.MatchString(f.clause[:f.at]) {
		return false
	}
	before := f.clause[:f.at]
	if i := strings.Index(f.line.text, f.clause); i >= 0 {
		before = f.line.text[:i+f.at] // (the act named before a cut clause: "Thông tư số 50/2017/TT-BYT … của Bộ" / "Y tế sửa đổi …")
	}
	if at := g.lineOf(f.line); at > 0 && strings.HasPrefix(f.line.text, f.clause) {
		if prev := strings.TrimSpace(g.lines[at-1].text); prev != "" && !strings.ContainsAny(prev[len(prev)-1:], ".;:!?") {
			before = prev + " " + before // (its sentence begun on the line before, "… của Bộ trưởng Bộ" / "Y tế …")
		}
	}
	own := actNumberRE.FindString(g.src.Number)
	for _, n := range actNumberRE.FindAllString(before, -1) {
		if n != own {
			return true
		}
	}
	return false
}

// consolidatedNoteRE opens a consolidated text's note after its mark:
// "Cụm từ … được sửa đổi", "Khoản này được bổ sung theo …".
var consolidatedNoteRE = regexp.MustCompile(`^\s+(?:Cụm từ|(?:Khoản|Điều|Điểm|Mục|Chương|Phụ lục|Tiết) này|Tên (?:Điều|Chương|Mục))\s[^.]{0,160}?(?:được|bị) (?:sửa đổi|bổ sung|bãi bỏ|thay thế|hủy bỏ|đính chính|thay)`)

// consolidatedNoteLine says whether a line is a consolidated text's
// note, its mark first: "15 Cụm từ “Tập đoàn …” được sửa đổi thành …".
func consolidatedNoteLine(t string) bool {
	m := noteLeadRE.FindStringIndex(t)
	return m != nil && consolidatedNoteRE.MatchString(t[m[1]-1:])
}

var noteLeadRE = regexp.MustCompile(`^\d{1,3}\s`)

var (
	noteMarkOnlyDigitsRE = regexp.MustCompile(`^\d{1,2}$`)
	capitalNextRE        = regexp.MustCompile(`^\s+\p{Lu}`)
)
