package draft

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// fact is a figure or a time of the text that a question can blank out.
type fact struct {
	kind    DraftKind
	shape   string  // time: range, quarter, date, year; count: digit or word
	answer  string  // as written: "71,5%", "15", "ba", "2025 – 2030"
	value   float64 // the number, or the (first) year
	unit    string  // folded counted noun or unit word
	line    dline
	clause  string // the excerpt the question quotes, with the answer at at
	at      int    // byte offset of the answer in clause
	mid     bool   // the excerpt does not begin a sentence
	tail    bool   // nor end it: the first clauses of a long one
	sent    int    // where its sentence begins in the line
	ctx     string // the section or list it stands in
	article string // "Điều 7" when it stands in an article
	titled  bool   // and ctx is that article's title
	locus   string // "điểm d khoản 3" of that article, where it numbers them
	amends  string // "điểm b khoản 3 Điều 7" the amending clause puts in
	docYear int    // the year of the document, 0 if not known
	// from is the figure a change starts from ("giảm từ 6,6% xuống ……"),
	// with the change's way: -1 down, +1 up, 0 no change
	from float64
	way  int
	// signed is the month the document was signed, "2025-11", if known
	signed string
	// who is the subject an excerpt cut from its sentence lacks, with
	// its verb: "Ủy ban nhân dân cấp tỉnh được"
	who string
}

var (
	numRE       = regexp.MustCompile(`\d+(?:[.,]\d+)*(?:/\d+(?:[.,]\d+)*)*`) // "4/100.000" whole (round 19)
	countNouns  = []string{"khâu đột phá", "nhiệm vụ trọng tâm", "nhóm nhiệm vụ", "nhóm giải pháp", "chỉ tiêu", "đột phá", "nhiệm vụ", "giải pháp", "quan điểm", "mục tiêu", "chương trình", "đề án", "tiêu chí", "trụ cột", "lĩnh vực", "chuyên đề", "phong trào", "nhóm"}
	numberWords = []string{"", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
		"mười một", "mười hai", "mười ba", "mười bốn", "mười lăm", "mười sáu", "mười bảy", "mười tám", "mười chín", "hai mươi"}
	// ("tư" is no count: "đầu tư Chương trình" is no four programmes, round 24)
	wordCountRE = regexp.MustCompile(`(?i)(mười (?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín)|hai mươi|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (` + strings.Join(countNouns, "|") + `)`)
	ruleWordRE  = regexp.MustCompile(`(?i)(?:từ|ít nhất|tối thiểu|không quá|dự bị|thường lệ|trong vòng|trong thời hạn|sau) (mười (?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín)|hai mươi|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (tuổi|tháng|năm|ngày)\b`)
	shareRE     = regexp.MustCompile(`(?i)(?:ít nhất|quá|trên|dưới) (một nửa|hai phần ba|ba phần tư|bốn phần năm)\b`)
	rangeRE     = regexp.MustCompile(`(\d{4}) ?[–-] ?(\d{4})`)
	quarterRE   = regexp.MustCompile(`quý (I|II|III|IV) năm (\d{4})`)
	yearRE      = regexp.MustCompile(`(?:[Đđ]ến|[Tt]rước|[Vv]ào|[Ss]au|[Tt]ừ|[Cc]uối|[Tt]rong) năm (\d{4})`)
	skipBefore  = map[string]bool{"dieu": true, "chuong": true, "khoan": true, "so": true, "thu": true, "doan": true,
		"lan": true, "khoa": true, "ngay": true, "thang": true, "quy": true, "nam": true, "buoc": true, "nhom": true,
		"phan": true, "muc": true, "diem": true, "trang": true,
		"an": true, // "Dự án 4", "Tiểu dự án 2": a project's number (round 22)
		// a name's number: "Hội nghị Trung ương 5", "Nghị quyết 13", "Chỉ thị 05"
		"uong": true, "quyet": true, "thi": true, "nghi": true, "dinh": true, "luat": true}
)

// facts proposes a fill-in question for each figure and time of the body.
func (g *drafter) facts() {
	var all []fact
	section := ""
	begun := false // a heading or a point seen
	intro := ""
	intros := map[string]string{} // the lead of each kind of point
	task := ""                    // the last point that is no task's field
	paraLead := ""                // a short lead over plain paragraphs
	period, byLead := "", ""      // "Đến năm 2030" of "1. Đến năm 2030" (or of their lead) and the points under it
	point := ""                   // a short numbered point's words, over its dash points
	article := ""                 // "Điều 7" of "Điều 7. Hỗ trợ …"
	locus := ""                   // "điểm d khoản 3" of the line in it
	var am amendment              // the amending clause whose quoted words these are
	numTitle := ""                // "Hoàn thành xuất sắc nhiệm vụ" of "1. Hoàn thành xuất sắc nhiệm vụ"
	cells := cellRuns(g.lines)    // a table's cells, each a line: no blank of theirs
	for i, l := range g.lines {
		am.follow(g.lines, i, &article, &locus)
		if l.heading && !l.sub {
			// (the first article may stand in the letterhead's lines)
			article, locus = "", ""
			if m := articleRE.FindStringSubmatch(l.text); m != nil {
				article = m[1]
			}
		}
		if m := pressArticleRE.FindStringSubmatch(l.text); m != nil && l.body && !l.heading {
			article, locus = m[1], ""
		}
		locus, numTitle = nextLocus(locus, l, article), numTitleOf(l, numTitle)
		if l.body && l.item == "" && !l.heading && strings.HasSuffix(l.text, "?") {
			section, article, period = "", "", "" // (a law's article or an act's part a page quoted ends at its question)
		}
		if quotedActRE.MatchString(l.text) || quotedLawRE.MatchString(l.text) || strings.HasSuffix(l.text, ":") && quotedPaperRE.MatchString(l.text) {
			article, section = leadArticle(l.text), "" // another act's words follow (round 62), of its article if it says (round 64)
		}
		if l.heading && l.body && !l.sub {
			section, period = g.name(l.text), ""
			if operative[viet.Fold(section)] {
				section = "" // "QUYẾT NGHỊ:" opens the resolution's body, no part of it
			}
		}
		if l.heading {
			point = ""
		}
		if t := periodLabel(l); t != "" {
			period = t // "- Mục tiêu cụ thể đến năm 2030" over its "+" targets (round 63: a year the blank did not say)
			continue
		}
		if y := leadPeriod(l, byLead); y != byLead {
			byLead, period = y, y
		}
		if l.item == "num" || l.item == "alpha" {
			if l.item == "num" {
				period = byLead
			}
			point = ""
			// ("b) Giai đoạn 2028 - 2030:" too: round 20)
			if t := strings.TrimRight(stripItem(l.text), ": "); words(t) <= 8 && (yearRE.MatchString(t) || rangeRE.MatchString(t)) && !strings.ContainsAny(t, ".;") {
				// the targets of 2030 and of 2045 read alike: each
				// blank says which (round 17, Nghị quyết 57-NQ/TW)
				period = strings.TrimRight(t, ":")
				continue
			}
			// "1. Báo cáo viên Trung ương" over its dash points: the part
			// their figures stand in (round 21: a blank said not which level)
			if t := pointLabel(stripItem(l.text)); t != "" {
				point = g.name(t)
			}
		}
		if l.sub && yearRE.MatchString(l.text) && i+1 < len(g.lines) && g.lines[i+1].item == "" && !g.lines[i+1].heading {
			// "Mục tiêu cụ thể đến năm 2020" / "Phấn đấu …": the year is
			// asked with the first sentence it names
			if joined, ok := g.joinLabel(l, g.lines[i+1]); ok {
				all = append(all, lineFacts(joined, section)...)
			}
			continue
		}
		if l.heading {
			paraLead = ""
		}
		if l.item == "" && !l.heading && strings.HasSuffix(l.text, ":") && otherArticleRE.MatchString(l.text) {
			// "… bổ sung điểm c và điểm d vào sau điểm b khoản 1 Điều 6 Nghị định
			// 115/2024/NĐ-CP …:": another act's article, not the one above (round 37)
			section, article, period = "", "", ""
		}
		if l.item == "" && !l.heading && paraLead != "" && !strings.HasSuffix(l.text, ":") && (subPointRE.MatchString(l.text) || subHeading(l)) {
			// "3.4. Độ tuổi tái cử …: Bộ Chính trị giao …" or a short
			// title line after "3.3. Độ tuổi tham gia …:": the lead's part
			// is over; a title line of its own names the next (round 87)
			paraLead = ""
			if !subPointRE.MatchString(l.text) && g.titleLine(i) {
				paraLead = g.name(l.text)
			}
		}
		if l.item == "" && !l.heading && strings.HasSuffix(l.text, ":") && words(l.text) <= 20 {
			// "Định hướng các chỉ tiêu chủ yếu … 5 năm 2021 - 2025:" over
			// paragraphs "Về kinh tế: …", "Về xã hội: …" (round 26)
			if paraLead = g.name(l.text); paraLead == "" {
				paraLead = strings.TrimRight(l.text, ": ") // (twenty words with its dashes)
			}
		} else if l.item == "" && !l.heading && paraLead != "" && i > 0 && !strings.HasSuffix(g.lines[i-1].text, ":") && g.lines[i-1].item != "" {
			paraLead = "" // a paragraph after points: the lead's part is over
		}
		if l.item == "" {
			intro, intros = "", map[string]string{}
			// (or a short label over its points, no colon: "(2) Năm 2026", round 26)
			label := words(l.text) <= 8 && !strings.ContainsAny(l.text, ".;?") && i+1 < len(g.lines) && g.lines[i+1].item != ""
			if strings.HasSuffix(l.text, ":") || l.sub || label {
				intro = g.name(l.text) // (the items under a sub-heading stand in it)
			}
		} else {
			// each kind of point has its own lead: "- Cửa sông Cung: …"
			// after the "+" points of "- Cửa sông lạch Trường: Lấy mẫu 04
			// vị trí gồm:" stands in the lead of the "-" points (round 24)
			mk := l.item
			if mk == "dash" {
				mk += string(dashMark(l.text))
			} else {
				intros = map[string]string{mk: intros[mk]} // a new point: its points' leads are its own
			}
			if i > 0 && strings.HasSuffix(g.lines[i-1].text, ":") {
				intros[mk] = g.name(g.lines[i-1].text)
			} else if i > 0 && clauseTitle(g.lines[i-1], l) {
				// a clause's title over its points, no colon: "2. Hệ số để xác định mức
				// trợ cấp …" / "a) Hệ số 5,0 đối với trẻ em dưới 04 tuổi" (round 48)
				intros[mk] = g.name(strings.TrimRight(g.lines[i-1].text, "."))
			} else if _, ok := intros[mk]; !ok {
				intros[mk] = intro // a point's points stand in its lead
			}
			intro = intros[mk]
		}
		if !l.body || l.heading || cells[i] || preambleRE.MatchString(l.text) || strings.HasSuffix(strings.TrimSpace(l.text), "?") || topicLabel(l) || g.newsHeading(i) {
			// (nor a page's question: "Sau khi sáp nhập tỉnh có bầu cử …… Chủ tịch UBND tỉnh mới không?", round 32;
			// nor the reporter's sum of the paragraph under it, which gives the figure as the text has it, round 55)
			continue
		}
		begun = begun || l.heading || l.item != "" // (past a notice's opening account)
		ctx := section
		if l.item == "" && paraLead != "" {
			ctx = paraLead
		}
		if (l.item == "dash" || l.item == "" && subPointRE.MatchString(l.text)) && point != "" {
			ctx = point
		}
		if l.item != "" && intro != "" {
			ctx = intro
		}
		ctx, named := g.procedureOf(i, titledPoint(l, numTitle, ctx))
		if !named {
			continue // a time limit under "Trình tự thực hiện TTHC" of no procedure named (round 119)
		}
		if r, _ := utf8.DecodeRuneInString(ctx); unicode.IsDigit(r) {
			ctx = "" // a table's cell read as a part: "mục “4.500 mw”" (round 116)
		}
		if operative[viet.Fold(ctx)] || pageLeadRE.MatchString(ctx) || quotedLawRE.MatchString(ctx+":") {
			ctx = "" // "LƯU Ý:" over a page's points, "Dưới đây là một số nội dung mới …:" (round 39)
		}
		switch fc, fp := viet.Fold(ctx), viet.Fold(period); {
		case period == "" || strings.Contains(fc, fp):
		case strings.Contains(fp, fc) || strings.HasPrefix(fp, "tam nhin") || strings.HasPrefix(fp, "cac chi tieu") || strings.HasPrefix(fp, "muc tieu"):
			ctx = period // "Các chỉ tiêu chủ yếu đến năm 2030", "Tầm nhìn đến năm 2045" are their own parts
		default:
			ctx = strings.TrimPrefix(ctx+", "+lowerFirst(period), ", ")
		}
		if fieldRE.MatchString(stripItem(l.text)) {
			// "- Thời hạn ban hành: trước ngày 31 tháng 12 năm 2026"
			// says nothing without its task: named by it (round 17)
			// (a notice's "Thời gian: …" and "Hình thức: …" are no task's)
			// (or its own line under a task's point: "- Thành lập Tổ kiểm
			// kê …" / "Thời hạn hoàn thành: Trước ngày 30/11/2025", round 41)
			if task != "" && (l.item != "" || i > 0 && g.lines[i-1].item != "" && !g.lines[i-1].heading) {
				ctx = task
			}
		} else if l.item != "" {
			task = shortName(firstSentence(l.text))
		}
		lead := strings.HasSuffix(strings.TrimSpace(l.text), ":") && i+1 < len(g.lines) && g.lines[i+1].item != ""
		for _, f := range lineFacts(l, ctx) {
			f.article, f.titled, f.locus = article, article != "" && ctx == section, locus
			if am.target != "" {
				f.article, f.titled, f.locus, f.amends = am.article, false, am.locus, am.verb+" "+am.target
			}
			if lead, _, ok := strings.Cut(stripItem(l.text), ": "); ok && l.item != "" && words(lead) <= 16 && casesLeadRE.MatchString(lead) && !strings.ContainsAny(lead, ".;") && !strings.Contains(lead, f.clause) && strings.Contains(l.text, f.clause) {
				// a point's own lead before its cases: "đ) Người nhiễm
				// HIV/AIDS thuộc một trong các trường hợp sau: …; người từ
				// đủ 16 tuổi …" names whom the clause is of (round 48)
				f.ctx, f.titled = g.name(lead), false
			}
			if g.pastMeeting(f, section) || g.src.Kind == "Thông báo" && !begun {
				// (a notice's opening account of the visit, before its
				// conclusions: "… chủ trì buổi làm việc … triển khai
				// chính quyền 2 cấp", round 47)
				continue
			}
			if f.sent > 0 && timeLeadRE.MatchString(f.clause) {
				// "- Tổng hợp … gửi Bộ Tài chính. Thời gian hoàn thành: Trước
				// ngày 31/5/2026.": named by the task before it (round 41)
				before := sentenceBefore(stripItem(l.text), f.sent)
				if f.titled && f.clause == strings.TrimSpace(f.clause) && words(before) <= 60 && !f.mid {
					// an article's paragraph, its title the part: the
					// task in the quote with its time, "Đối với hệ thống
					// … bàn giao cho cấp xã. Thời gian bàn giao … trước
					// ngày ……" under Điều 27 "Quy định chuyển tiếp", not
					// the task's first words as the article's title
					// (round 115)
					f.clause, f.at = before+". "+f.clause, f.at+len(before)+2
				} else {
					f.ctx, f.titled = shortName(before), false
				}
			}
			if f.kind == DraftQuantity && (f.unit == "tthc" || strings.HasPrefix(f.unit, "thu tuc")) {
				continue // "Danh mục thủ tục hành chính cấp xã: 07 TTHC": how many a list publishes is no rule (round 117)
			}
			if lead && f.kind == DraftQuantity && f.value < 100 && f.value == float64(int(f.value)) && !limitBefore.MatchString(f.clause[:f.at]) && !timeUnits[f.unit] {
				// "Cửa sông lạch Trường: Lấy mẫu 04 vị trí gồm:", "tại
				// 07 cửa sông …, lấy mẫu tại 15 vị trí như sau:": how
				// many points follow is no substance (round 24)
				continue
			}
			all = append(all, f)
		}
	}
	// Within an excerpt, the fact most worth asking first: a deadline or
	// a target before a figure, a figure before a period.
	first := map[string]int{}
	for i, f := range all {
		if _, ok := first[f.clause]; !ok {
			first[f.clause] = i
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if first[a.clause] != first[b.clause] {
			return first[a.clause] < first[b.clause]
		}
		return factRank(a) < factRank(b)
	})
	// the same words around two different answers ("Thu hút thêm ít nhất
	// …… tổ chức …" for 2030 and for 2045): either is right (round 17)
	answers := map[string]map[string]bool{}
	for _, f := range all {
		k := f.ctx + "\x00" + f.clause[:f.at] + "……" + f.clause[f.at+len(f.answer):]
		if answers[k] == nil {
			answers[k] = map[string]bool{}
		}
		answers[k][f.answer] = true
	}
	report := g.src.Kind == "Báo cáo" || strings.HasPrefix(g.ref, "Báo cáo")
	used := map[string]bool{}
	shownIn := map[string][][]string{} // the answer and options of each paragraph's drafts
	dateSets := map[string]bool{}      // the option sets of the dates asked
	keysIn := map[string][]string{}    // the answers asked in each part, by kind
	perPart := partQuota{}
	var asked []fact
	skip := g.parallelTargets(all)
	for i, f := range all {
		if skip[i] {
			continue // (a run of parallel targets: asked once by its field)
		}
		if strings.Count(f.clause, "(") != strings.Count(f.clause, ")") {
			continue // an excerpt cut inside a bracket: "… tăng trưởng ……)" (round 51)
		}
		f.docYear, f = g.year(), cutSum(f)
		if len(answers[f.ctx+"\x00"+f.clause[:f.at]+"……"+f.clause[f.at+len(f.answer):]]) > 1 {
			continue
		}
		key := string(f.kind) + "\x00" + f.clause + "\x00" + f.answer
		if f.kind == DraftCount || f.kind == DraftQuantity && f.unit != "" && f.shape == "" {
			// "4 Văn phòng Trung ương" three times is one fact (round 16)
			key = fmt.Sprintf("%s\x00%g\x00%s", f.kind, f.value, f.unit)
		}
		// one blank per excerpt: a second would print the first's answer
		// and a time once: "2016 - 2020" twice is a rote answer
		once := ""
		if f.kind == DraftTime {
			once = "time\x00" + f.answer
		}
		if g.newsLine(f.line) {
			// a news article's figure once: the 6,7% growth target said by
			// the minister and again by a deputy is one fact (round 57)
			once = "news\x00" + f.answer
		}
		// A news article's amounts ("6 địa phương", "16 tỉnh", "10,6 tỷ
		// USD") are the day's details, not what a cadre studies.
		// A report of a document ("Chính phủ ban hành Nghị quyết số … về
		// …") gives the document's provisions as points, the story around
		// them in prose: "Ban đầu, Ủy ban đề nghị sửa đổi 8/120 điều" is
		// no provision of the resolution it reports (round 35).
		news := g.newsLine(f.line) || g.report && f.line.item == "" && narrativeRE.MatchString(f.clause)
		if g.inTitle(f.answer) || f.kind == DraftPercent && f.value == 100 && allRE.MatchString(g.src.Title) {
			continue // given away by the title ("tất cả nhân viên …" of a 100 %, round 60); another figure of its excerpt may still be asked
		}
		if g.report && f.line.item == "" && narrativeRE.MatchString(f.clause) && !g.newsLine(f.line) {
			// a speaker's words or the reporter's sums in a report named by
			// the document it reports: "Theo Nghị quyết số 58/NQ-CP, …
			// Thứ trưởng … phân tích, Luật Hộ tịch dự kiến …" credits the
			// resolution with them (round 55)
			continue
		}
		if g.background(f) || g.retold(f) || g.frameYear(f) || g.pastYear(f) || g.horizonYear(f) || headingCount(f) || leastOne(f) || noLesson(f) || nextInRow(f) || g.othersEffect(f) {
			continue
		}
		if !report && (f.kind == DraftQuantity && strings.Contains(" "+f.clause[:f.at], " đã ") && !targetRE.MatchString(f.clause) || (planKinds[g.src.Kind] || g.session()) && soFar(f)) && !g.historyLead(f.line) {
			// "Thủ tướng đã kịp thời quyết định hỗ trợ 3.515 tỷ đồng" in a
			// resolution: the story so far, not what it decides (round
			// 16); a report's results are its substance
			continue
		}
		twin := fmt.Sprintf("%s\x00%d\x00%s", lineKey(f), f.sent, f.answer) // (one sentence's two blanks of one answer, "từ …… bộ dữ liệu mở", "tối thiểu …… kịch bản": round 44)
		if (f.shape == "sdate" || f.shape == "date") && g.src.IssuedOn != "" && dateKey(f.shape, f.answer) == g.src.IssuedOn || lapsed(f, g.src.IssuedOn, g.src.Today) {
			// "Quyết định này có hiệu lực kể từ ……" when that is the day
			// it was signed: every stem names the document by that date
			// (round 54)
			continue
		}
		if news && ((f.shape == "year" || f.shape == "range") && !orderedRE.MatchString(f.clause[:f.at]) || decimals(f.answer) >= 2 || elapsed(f)) {
			// a news article's years (a forecast's, a ring road's, a local
			// scheme's horizon) and its figures to two decimals ("3,05%"):
			// judges of rounds 51–53 dropped five of the six years asked.
			// A deadline a body sets ("Quận ủy yêu cầu hoàn thành … trong
			// năm 2025") is still asked. Nor its terms: "Đại hội Đảng bộ
			// tỉnh nhiệm kỳ ……" in an article of 2017 can only be
			// 2015-2020; nor the years gone by: "Sau …… năm triển khai Chỉ
			// thị" (round 56).
			continue
		}
		if used[key] || used["excerpt\x00"+f.clause] || used[twin] || once != "" && used[once] || !worthAsking(f, all, news) || news && f.kind == DraftQuantity && !ruleBoundRE.MatchString(f.clause[:f.at]) {
			continue
		}
		if technical(f.clause) || sameLead(f, asked) {
			continue // a monitoring plan's "Các thông số: pH, DO, NH4+ -N …", a second "Hệ số ……" of one part (round 112)
		}
		if sameSentence(f, asked) {
			continue // another figure of a sentence asked already, shown in this excerpt ("Giảm 50% … từ …… tỷ đồng", round 55)
		}
		if tierRun(f, asked) {
			continue // the next tier of a schedule in the same words ("… từ trên 1 tỷ đồng đến 10 tỷ đồng là … cộng với ……", round 55: five in a row)
		}
		if restated(f, asked) {
			continue
		}
		if len(g.src.IssuedOn) >= 7 {
			f.signed = g.src.IssuedOn[:7]
		} else if d := refDateRE.FindStringSubmatch(g.ref); d != nil {
			// a page's document dated by its text ("Kết luận số
			// 212-KL/TW ngày 18/11/2025"): no "10/2025" deadline (round 31)
			f.signed = fmt.Sprintf("%s-%02d", d[2], atoi(d[1]))
		}
		if g.pastLimit(f) {
			continue
		}
		var wrong []string
		for _, w := range distractors(f, all, g.year()) {
			if g.fairWrong(f, w) {
				wrong = append(wrong, w)
			}
		}
		if len(wrong) < 3 && monthPeriod(f) && !strings.ContainsAny(f.answer, ".,") {
			wrong = periodWrongs(f) // "06 tháng/lần" among 01, 03, 12 (round 48: 04, 08, 10 are no one's periods)
		}
		if len(wrong) < 3 {
			continue
		}
		if other := offKeys(wrong, keysIn[string(f.kind)+"\x00"+f.ctx]); len(other) >= 3 {
			// not the key of a draft of its part beside it: "hệ số 2,34"
			// among the options for the "1,86" of the next point, and back
			// (round 47)
			wrong = other
		}
		if news && (f.shape == "date" || f.shape == "sdate") {
			// a news article's other deadlines are no wrong answers: "Hoàn
			// thành báo cáo … chậm nhất ngày ……" among 10/2/2017, the
			// date the article gives the next report (round 58)
			wrong = slices.DeleteFunc(wrong, func(w string) bool { return strings.Contains(g.bodyText(), w) })
			if len(wrong) < 3 {
				continue
			}
		}
		wrong = placed(f, freshDates(f, wrong, dateSets))
		if crossed(f, wrong, shownIn) || perPart.full(f) || onlyCurrent(f, wrong, g.year()) {
			continue
		}
		if k := countKey(f); k != "" {
			shownIn[k] = append(shownIn[k], append([]string{f.answer}, wrong...))
		}
		used[key], used["excerpt\x00"+f.clause], used[once], used[twin] = true, true, true, true
		asked = append(asked, f)
		keysIn[string(f.kind)+"\x00"+f.ctx] = append(keysIn[string(f.kind)+"\x00"+f.ctx], f.answer)
		// (a footnote's mark is no part of the sentence: "7,5% - 8,0%[1]")
		// (nor the same figure by another measure after it: "……/năm
		// (0,52%/tháng)" gives 6,24 % away)
		rest := equivAfter.ReplaceAllString(f.clause[f.at+len(f.answer):], "$1")
		if gluedUnitRE.MatchString(rest) {
			rest = " " + rest // "…… đồng/người/ngày", not "……đồng"
		}
		blanked := gluedNoteRE.ReplaceAllString(footnoteRE.ReplaceAllString(f.clause[:f.at]+"……"+rest, ""), "$1$2")
		blanked = reckonedRE.ReplaceAllString(targetNumberRE.ReplaceAllString(blanked, ""), "") // "(9) Chỉ số sản xuất …": the target's number in its table
		if m := connectiveRE.FindStringIndex(blanked); m != nil && !strings.HasPrefix(blanked[m[1]:], "……") {
			blanked = viet.UpperFirst(blanked[m[1]:]) // "Mặt khác, …": the sentence before's link, nothing of the rule (round 58)
		}
		if f.tail {
			blanked = strings.TrimRight(blanked, ",;: ") + " …"
		}
		where := g.whereIn(f)
		stemQuote := quoted(blanked, f.mid && f.at > 0)
		if f.who != "" {
			stemQuote = "“[" + f.who + "] " + strings.TrimPrefix(stemQuote, "“") // the subject the cut clause lacks (round 38)
		}
		q := choice(fmt.Sprintf("Theo %s%s, điền vào chỗ trống: %s", g.refOf(f.line), where, stemQuote), f.answer, wrong)
		if f.shape != "date" && f.shape != "sdate" && f.shape != "month" && f.shape != "quarter" {
			inOrder(q.Options) // figures read smallest first; where the answer sits says nothing
		}
		q.Explanation = explainQuote(g.refOf(f.line)+where, f.clause) // (where it stands: round 109 found every blank's explanation without it)
		q.Passage = g.passage(f.line, f.clause)
		q.Difficulty = figureDifficulty(f, wrong)
		g.add(f.kind, q)
	}
}

// otherArticleRE names an article of another act.
var otherArticleRE = regexp.MustCompile(`(?:bổ sung|sửa đổi)[^:]*Điều \d+[a-zđ]? (?:của )?(?:Nghị định|Luật|Thông tư|Nghị quyết|Quyết định|Bộ luật) `)

// orderedRE finds who orders what a year bounds: "Quận ủy yêu cầu
// hoàn thành …".
var orderedRE = regexp.MustCompile(`(?i)(?:yêu cầu|chỉ đạo|giao|đề nghị|chỉ thị) `)

// ordinalLeadRE opens a report's point with its count: "Bốn là, ",
// "Thứ hai, ".
// (And an interviewer's address: "Thưa bà, ngày 6/2/2017, Thủ tướng …",
// round 51.)
var ordinalLeadRE = regexp.MustCompile(`^(?:(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|Cụ thể|Thưa (?:ông|bà|anh|chị|đồng chí|Bộ trưởng|Thứ trưởng|Chủ tịch)(?: [\p{Lu}][\p{L}]*){0,3})[,:]\s+`)

// operative are the words that open a document's body, not a part.
var operative = map[string]bool{"quyet nghi": true, "quyet dinh": true, "nghi quyet": true, "chi thi": true, "ket luan": true,
	"luu y": true, "ghi chu": true, // (a legal site's "Lưu ý" box is no part of the document: round 36)
	"dien": true} // "THỦ TƯỚNG CHÍNH PHỦ điện:" opens a telegram's addressees (round 48)
