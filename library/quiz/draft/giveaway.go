package draft

// What a page or a clause gives away by itself: an encyclopedia's
// summaries taken for an act, a figure the clause says twice.

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"sotay/internal/viet"
)

// encyclopedia says whether the text is an encyclopedia's page: three
// footnote marks or more ("năm 2007[1]", "[2].. Đặc biệt"), or an
// editor's tag ("[ cần dẫn nguồn]").
func (g *drafter) encyclopedia() bool {
	if editLinked(g.src) {
		return true // (or its edit links, round 127)
	}
	n := 0
	for _, p := range g.src.Pages {
		if n += len(anyNoteRE.FindAllStringIndex(p, 3-n)); n >= 3 || tagMarkRE.MatchString(p) {
			return true
		}
	}
	return false
}

// editLinked says whether a page shows an encyclopedia's edit links,
// "[sửa | sửa mã nguồn]": a page named "Luật Doanh nghiệp 2014" is its
// editors' account of the law, not the law (round 127: eight drafts of
// its history and figures were cited as the law's, all dropped).
// Its edit links gone with the page's Markdown, its closing sections
// ("Tham khảo", "Liên kết ngoài") or a maintenance banner tell it.
func editLinked(src Source) bool {
	refs, links := false, false
	for _, p := range src.Pages {
		if strings.Contains(p, "sửa mã nguồn]") || strings.Contains(p, "Bài viết này cần được") {
			return true
		}
		refs = refs || wikiRefsRE.MatchString(p)
		links = links || wikiLinksRE.MatchString(p)
	}
	return refs && links
}

// wikiRefsRE and wikiLinksRE are an encyclopedia page's closing sections.
var (
	wikiRefsRE  = regexp.MustCompile(`(?m)^[#\s]*(?:Tham khảo|Chú thích|Ghi chú)\s*$`)
	wikiLinksRE = regexp.MustCompile(`(?m)^[#\s]*(?:Liên kết ngoài|Xem thêm)\s*$`)
)

// anyNoteRE is a footnote's mark wherever it stands.
var anyNoteRE = regexp.MustCompile(`\[\d{1,3}\]`)

// editorsOnly drops the drafts an encyclopedia's page gives under its own
// name ("Theo bài “Ủy ban Chứng khoán Nhà nước”"): its lists and figures
// are its editors' summaries, often of acts since repealed (the powers of
// a province's People's Committee under the 2003 law), or a foreign
// country's trivia (East Timor's seats, Belgium's unemployment). Judges
// of rounds 101–107 kept none of 23 and edited 7. Its dates are kept,
// and a history page's counts ("525 đại biểu chính thức", round 77), as
// are the drafts that name an act the page quotes.
func (g *drafter) editorsOnly(ds []Draft) []Draft {
	if !g.isNews() || !g.encyclopedia() {
		return ds
	}
	history := historyTitleRE.MatchString(tidy(g.src.Title))
	return slices.DeleteFunc(ds, func(d Draft) bool {
		if !strings.HasPrefix(d.Question.Stem, "Theo bài “") {
			return false
		}
		switch d.Kind {
		case DraftTime, DraftMeta:
			return false
		case DraftCount, DraftQuantity:
			return !history
		}
		return true
	})
}

// partsRE is a share written as its parts: "15/15 nhiệm vụ".
var partsRE = regexp.MustCompile(`(?:^|[^\d/])(\d{1,4})/(\d{1,4})(?:[^\d/]|$)`)

// refWordRE ends the words before a number that points at a part: "khoản
// 5", "Điều 18" (folded).
var refWordRE = regexp.MustCompile(`(?:khoan|dieu|diem|chuong|muc|phu luc|so|lan thu|khoa)\s*$`)

// shownElsewhere says whether the clause gives its own blank away: "hoàn
// thành …… nhiệm vụ … như: Vụ … hoàn thành 15/15 nhiệm vụ" for 100 %, or
// "Loại T18 (……+): … từ đủ 18 tuổi" for 18 (round 107's judge dropped
// both). The number of an article or clause the sentence cites is no
// cue.
func shownElsewhere(f fact) bool {
	before, after := f.clause[:f.at], f.clause[f.at+len(f.answer):]
	rest := before + " … " + after
	if f.kind == DraftPercent && f.value == 100 {
		for _, m := range partsRE.FindAllStringSubmatch(rest, -1) {
			if m[1] == m[2] {
				return true
			}
		}
	}
	if f.shape == "fraction" {
		// "thương binh hạng ……, 4/4": the next of a series (round 108)
		x, y, _ := strings.Cut(f.answer, "/")
		for _, m := range partsRE.FindAllStringSubmatch(rest, -1) {
			if d := atoi(m[1]) - atoi(x); m[2] == y && (d == 1 || d == -1) {
				return true
			}
		}
		return false
	}
	if f.kind != DraftCount && f.kind != DraftQuantity {
		return false
	}
	want := strings.TrimLeft(f.answer, "0")
	if want == "" || strings.IndexFunc(f.answer, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
		return false
	}
	for i := 0; i < len(rest); {
		if !isDigit(rest[i]) {
			i++
			continue
		}
		j := i
		for j < len(rest) && isDigit(rest[j]) {
			j++
		}
		run := rest[i:j]
		joined := i > 0 && strings.IndexByte("/.,-", rest[i-1]) >= 0 && i > 1 && isDigit(rest[i-2]) ||
			j+1 < len(rest) && strings.IndexByte("/.,-", rest[j]) >= 0 && isDigit(rest[j+1])
		if !joined && strings.TrimLeft(run, "0") == want && !refWordRE.MatchString(viet.Fold(rest[:i])) {
			return true
		}
		i = j
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// classYear says whether a year names a class of people every cadre
// knows: "Con của người hoạt động cách mạng trước ……" is 1945, "người
// hoạt động cách mạng từ ngày 01 tháng 01 năm 1945 đến …" too (round
// 104a's judge dropped three such blanks of one admission rule).
func classYear(f fact) bool {
	return f.kind == DraftTime && strings.Contains(viet.Fold(lastWords(f.clause[:f.at], 12)), "hoat dong cach mang")
}

// fieldWords are, for a ministry's or a department's field, the words
// that name it in a task (folded): a task that says them names its body.
var fieldWords = map[string][]string{
	"quoc phong":                       {"quoc phong", "quan doi", "quan khu", "bo doi", "quan su"},
	"cong an":                          {"cong an", "an ninh", "canh sat", "phong chay", "chua chay", "cuu nan", "cuu ho"},
	"y te":                             {"y te", "suc khoe", "benh an", "benh vien", "kham chua benh"},
	"giao duc va dao tao":              {"giao duc", "hoc sinh", "sinh vien", "van bang", "truong hoc"},
	"tai chinh":                        {"ngan sach", "thue"},
	"nong nghiep va moi truong":        {"nong nghiep", "moi truong"},
	"tu phap":                          {"tu phap", "ho tich"},
	"ngoai giao":                       {"ngoai giao", "doi ngoai"},
	"van hoa, the thao va du lich":     {"van hoa", "the thao", "du lich"},
	"dan toc va ton giao":              {"dan toc", "ton giao"},
	"cong thuong":                      {"cong thuong"},
	"noi vu":                           {"noi vu"},
	"khoa hoc va cong nghe":            {"khoa hoc"},
	"giao thong van tai":               {"giao thong"},
	"lao dong - thuong binh va xa hoi": {"lao dong", "thuong binh"},
}

// bodyRE takes a ministry's or a department's field from its name: "Bộ
// trưởng Bộ Quốc phòng", "Sở Y tế" (folded).
var bodyFieldRE = regexp.MustCompile(`^(?:bo truong |giam doc )?(?:bo|so) (.+)$`)

// namesItsField says whether a task gives its body away by the body's own
// field: "chỉ đạo Quân khu 5, Quân khu 7, các đơn vị quân đội …" is the
// Ministry of Defence's, "Sổ sức khỏe điện tử và bệnh án điện tử" the
// Ministry of Health's (round 109's judge dropped three such).
func namesItsField(who, task string) bool {
	fw := viet.Fold(who)
	m := bodyFieldRE.FindStringSubmatch(fw)
	switch {
	case strings.HasPrefix(fw, "cong an "):
		m = []string{fw, "cong an"} // "Công an tỉnh" over fire and rescue (round 119)
	case strings.HasPrefix(fw, "bo chi huy quan su"):
		m = []string{fw, "quoc phong"}
	case m == nil:
		return false
	}
	t := " " + strings.NewReplacer(",", " ", ".", " ", ";", " ").Replace(viet.Fold(task)) + " "
	for _, w := range fieldWords[m[1]] {
		if strings.Contains(t, " "+w+" ") {
			return true
		}
	}
	return false
}

// whoAsks is how a stem asks for the answer: "ai" for a person's post,
// "cơ quan nào" for a body (round 109: "cơ quan nào chỉ đạo …" over four
// ministers).
func whoAsks(who string) string {
	if postRE.MatchString(who+" ") && !strings.HasPrefix(who, "Thường trực") { // (a standing committee is a body)
		return "ai"
	}
	return "cơ quan nào"
}

// oneOffRE follows a count of days or months due from the document's own
// date: "… ngày làm việc kể từ ngày ban hành Quyết định này", "… tháng
// kể từ ngày Kế hoạch này có hiệu lực", "… tháng kể từ khi Nghị định này
// có hiệu lực thi hành" (round 132: a decree's six months for its rules,
// a resolution's thirty days before an article applied, both gone by).
var oneOffRE = regexp.MustCompile(`^\S+\s+(?:ngày|tháng)(?: làm việc)?,? (?:kể )?từ (?:ngày|khi) (?:ban hành|ký ban hành|ký|(?:Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Nghị định|Thông tư|Thông báo|văn bản|Quy chế|Quy định|Điều lệ)(?: này)? (?:có hiệu lực|được ban hành|được ký)|(?i:quyết định)(?: công bố)? được (?:\S+ ){0,3}ký(?: ban hành)?)(?: (?:Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Thông báo|văn bản|Quy chế|Quy định|Điều lệ) này)?`)

// startsRE ends the words before a date a rule starts to apply from:
// "Từ ngày ……", "kể từ ……" (a roadmap's stages are no one-off task).
var startsRE = regexp.MustCompile(`(?i)(?:^|\s)(?:kể từ|từ|bắt đầu từ|áp dụng từ)(?: ngày)?\s*$`)

// lapsed says whether a date asked is a deadline gone by on the day the
// drafts are made, or due within two months of it: "trước ngày 30/6/2025" in a resolution of April 2025
// asked in 2026, "tính đến ngày 31/12/2024", "cho đến ngày 31/12/2025" of
// a rule that lapsed then. Judges of rounds 109–111 dropped nine such
// dates as stale and kept none. A date a rule starts from, a history's
// (a year or more before the document) and one still to come are asked;
// so is every date when the day is not known.
func lapsed(f fact, issued string, today time.Time) bool {
	if !today.IsZero() && f.kind == DraftQuantity && oneOffRE.MatchString(f.clause[f.at:]) {
		// "… trong thời hạn 05 ngày làm việc kể từ ngày ban hành Quyết
		// định này": a task done once, due days after the document; gone
		// by a quarter after it (round 116 dropped four such, one
		// template over four decisions, a year on)
		on, err := time.Parse("2006-01-02", issued)
		months := int(f.value) / 30
		if strings.HasPrefix(strings.TrimSpace(f.clause[f.at+len(f.answer):]), "tháng") {
			months = int(f.value)
		}
		return err == nil && today.After(on.AddDate(0, 3+months, 0))
	}
	if today.IsZero() || f.shape != "sdate" && f.shape != "date" && f.shape != "month" && f.shape != "quarter" || startsRE.MatchString(f.clause[:f.at]) {
		return false
	}
	k := dateKey(f.shape, f.answer)
	if m := quarterRE.FindStringSubmatch(f.answer); m != nil && f.shape == "quarter" {
		// "thời hạn hoàn thành trong quý II năm 2026" (round 129): gone
		// by the quarter's last month
		k = fmt.Sprintf("%s-%02d", m[2], 3*map[string]int{"I": 1, "II": 2, "III": 3, "IV": 4}[m[1]])
	}
	if len(k) == 7 {
		k += "-28" // (a month is gone by at its end)
	}
	d, err := time.Parse("2006-01-02", k)
	if err != nil || !d.Before(today.AddDate(0, 2, 0)) {
		// (one due within two months is as good as gone for a bank made
		// today: "hoàn thành trước ngày 01 tháng 01 năm 2027" asked on 4
		// December 2026, round 119's judge dropped two such)
		return false
	}
	if on, err := time.Parse("2006-01-02", issued); err == nil {
		return d.After(on.AddDate(-1, 0, 0))
	}
	return d.After(today.AddDate(-3, 0, 0)) // (a document of no known date: the recent years)
}

// nextInRowRE ends the words before a blank on a number and "và" or a
// comma: "Trung tâm dữ liệu quốc gia số 01 và ……".
var nextInRowRE = regexp.MustCompile(`(?:^|\s)(\d{1,3})(?:\s+và|,)\s*$`)

// nextInRow says whether a number is the one after the number just
// before it: "số 01 và ……" can only be 02 (round 130's judge dropped it).
func nextInRow(f fact) bool {
	m := nextInRowRE.FindStringSubmatch(f.clause[:f.at])
	return m != nil && (f.kind == DraftCount || f.kind == DraftQuantity) && float64(atoi(m[1])+1) == f.value
}
