package draft

import (
	"hash/fnv"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"sotay/library/quiz"

	"sotay/internal/vanban"
	"sotay/internal/viet"
)

// Draft questions: a reader of resolutions proposes questions a trainer
// would write from the text — numbers and percentages, counts ("15 chỉ
// tiêu"), terms and deadlines, the document's number, date and issuer, and
// the items of its lists. Distractors are taken from the same document's
// numbers and lists (or derived from the answer's own figures) and never
// equal the answer. The trainer reviews the drafts before any is saved.

// Source is the document a draft is made from.
type Source struct {
	DocumentID int64
	Title      string
	Kind       string // Nghị quyết, Báo cáo, …
	Number     string // 15-NQ/QU
	Issuer     string
	IssuedOn   string // YYYY-MM-DD
	Pages      []string
	// Today is the day the drafts are made: a deadline gone by then is
	// not asked. Zero asks every date.
	Today time.Time
}

// DraftKind says what a draft asks about.
type DraftKind string

// The kinds of draft, in the order they are proposed.
const (
	DraftMeta       DraftKind = "meta"       // number, date, issuer of the document
	DraftList       DraftKind = "list"       // which item belongs to a list
	DraftDefinition DraftKind = "definition" // what a term the text defines means
	DraftRole       DraftKind = "role"       // the role a viewpoint gives a thing: "là đột phá quan trọng hàng đầu"
	DraftCount      DraftKind = "count"      // 15 chỉ tiêu, 3 khâu đột phá
	DraftPercent    DraftKind = "percent"    // tỷ lệ … đạt 71,5%
	DraftTime       DraftKind = "time"       // nhiệm kỳ 2025 – 2030, trước năm 2027
	DraftQuantity   DraftKind = "quantity"   // 250 đại biểu, 13/15 chỉ tiêu
)

// DraftKinds lists the kinds in the order drafts are proposed.
var DraftKinds = []DraftKind{DraftMeta, DraftRole, DraftList, DraftDefinition, DraftCount, DraftPercent, DraftTime, DraftQuantity}

// Name is the kind as the trainer reads it.
func (k DraftKind) Name() string {
	switch k {
	case DraftMeta:
		return "Thông tin văn bản"
	case DraftList:
		return "Nội dung liệt kê"
	case DraftDefinition:
		return "Khái niệm"
	case DraftRole:
		return "Quan điểm, vai trò"
	case DraftCount:
		return "Số lượng"
	case DraftPercent:
		return "Tỷ lệ phần trăm"
	case DraftTime:
		return "Thời gian, nhiệm kỳ"
	case DraftQuantity:
		return "Số liệu"
	}
	return string(k)
}

// Draft is a proposed question, not yet in any bank.
type Draft struct {
	Kind     DraftKind
	Question quiz.Question
	// Ask is the stem without the lead every draft begins with ("Theo
	// <document> (Điều 3), điền vào chỗ trống: "), for a list row.
	Ask string
}

// MaxDrafts bounds the drafts of one document: a trainer reviews them one
// by one, and a long text would otherwise propose hundreds.
const MaxDrafts = 200

// Drafts proposes questions from a document. It never fails: a text with
// nothing to ask about gives no drafts.
func Drafts(src Source) []Draft {
	if Spent(src) != "" {
		return nil // its time is over: the caller says why (Spent)
	}
	// A text imported before its structure was recovered: recovered
	// here (offsets do not move, so passages stay right). No-break spaces
	// of a web page ("chưa\u00a0thực sự") are spaces, one rune for one.
	// (a gazette's running line in a text imported before it was
	// stripped: blanked, offsets stay)
	pages := make([]string, len(src.Pages))
	for i, p := range vanban.StripRunning(src.Pages, true) {
		pages[i] = joinWrapped(oldTones(vanban.Unflatten(nbsp.Replace(p))))
	}
	src.Pages = pages
	g := newDrafter(src)
	if g.forged() {
		return nil // a report on a forged document: its figures are the forger's (round 61)
	}
	g.meta()
	g.citedActs()
	g.earlierPlenums()
	g.lists()
	g.structures()
	g.statedCounts()
	g.leadCounts()
	g.duties()
	g.remits()
	g.standing()
	g.roles()
	g.causes()
	g.disciplines()
	g.slogans()
	g.facts()
	out := g.viewsAsked(g.editorsOnly(g.drafts))
	byKind := map[DraftKind][]Draft{}
	for _, d := range out {
		byKind[d.Kind] = append(byKind[d.Kind], d)
	}
	out = out[:0:0]
	for _, k := range DraftKinds {
		out = append(out, byKind[k]...)
	}
	out = g.secondKeys(varied(out))
	if len(out) > MaxDrafts {
		out = out[:MaxDrafts]
	}
	return out
}

var nbsp = strings.NewReplacer("\u00a0", " ", "\u202f", " ")

// dline is one non-empty line of the document with where it is.
type dline struct {
	page, start, end int // page number (1-based) and rune offsets in it
	text             string
	heading          bool
	// sub is a sub-heading without a mark ("Hoàn thiện thể chế về sở
	// hữu" before its dash items): a list's lead-in, not a part.
	sub  bool
	item string // the item class, "" if not an item
	body bool   // past the letterhead
	// quoted opens in an amendment's quote mark, closes ends in one
	quoted, closes bool
	worked         bool // a line of an example its label opened, "Ví dụ 1 …" (lines.go)
}

type drafter struct {
	src    Source
	lines  []dline
	ref    string // "Nghị quyết số 15-NQ/QU"
	drafts []Draft
	seen   map[string]bool
	// capital counts, per lower-case word, its capitalised uses inside
	// sentences minus its lower-case ones.
	capital map[string]int
	capPair map[string]int // the same, after the word before: "quận tây"
	lowPair map[string]int // a word in small letters after the word before: "công dân"
	runes   map[int][]rune
	views   map[[2]int]listSpan // lists of viewpoints whose count is asked (counted.go)
	shown   map[string]int      // how many list drafts show each option
	text    *string             // the pages as one text, made when first asked for
	// answered holds the right options of list drafts (by optionKey)
	answered map[string]bool
	body     string // the body's text, for roles
	// foldedBody is it folded, once asked for; rolesSaid, for each
	// folded role, whether the body gives it at all
	foldedBody string
	rolesSaid  map[string]bool
	title      *string // the title block, once made
	// titleDashed is it with its ranges written one way ("2026-2030")
	titleDashed string
	// report: the text reports the document under a news lead, and its
	// prose is the reporter's (vanban.ReportsDocument)
	report bool
	parts  []issuedPart // the documents it issues ("Quy chế … ban hành kèm theo Thông tư …")
	// ownPlenum is the plenum that passed the document, as options name
	// it ("Hội nghị Trung ương 5 khóa XII"), once the meta draft found it
	ownPlenum string
	// counted holds the leads (by line) whose points a draft asks about
	counted map[int]bool
}

func newDrafter(src Source) *drafter {
	g := &drafter{src: src, seen: map[string]bool{}, counted: map[int]bool{}, views: map[[2]int]listSpan{}}
	g.ref = docRef(src)
	defer func() {
		// (or its lead under a headline: "Thủ tướng Chính phủ vừa có Chỉ
		// thị số 24/CT-TTg giao …", round 55 — whose reporter's sums and
		// speakers' remarks are not the directive's)
		g.report = len(g.lines) > 0 && vanban.ReportsDocument(g.lines[0].text) ||
			len(g.lines) > 1 && strings.Contains(g.lines[1].text, " vừa ") && vanban.ReportsDocument(g.lines[1].text)
	}()
	body := false
	// apparatus: the recipients, the filing line and the signature after
	// "Nơi nhận:" (until the next long line: a programme the resolution
	// issues may follow), and an annex's table rows to the end
	apparatus, annex, signed, chrome, filed, undersigned := false, false, false, false, false, false
	for p, text := range src.Pages {
		off := 0
		for _, raw := range strings.Split(text, "\n") {
			n := utf8.RuneCountInString(raw)
			lead := utf8.RuneCountInString(raw) - utf8.RuneCountInString(strings.TrimLeftFunc(raw, unicode.IsSpace))
			t := trailingRefs(strings.TrimSpace(strings.ReplaceAll(raw, "\f", "")))
			if filed && noteMarkOnlyRE.MatchString(strings.TrimSpace(raw)) {
				chrome = true // the footnotes after the signature, "[1]" / "Bộ Chính trị phân công 4 …" (round 109)
			}
			quoted := strings.HasPrefix(t, "“") || strings.HasPrefix(t, "\"")
			closes := strings.HasSuffix(strings.TrimRight(t, ".;"), "”") || strings.HasSuffix(strings.TrimRight(t, ".;"), "\"")
			t, lead = unquote(t, lead)
			if t != "" {
				l := dline{page: p + 1, start: off + lead, end: off + lead + utf8.RuneCountInString(t), text: viet.NFC(t), quoted: quoted, closes: closes}
				if m := gluedMarkRE.FindStringSubmatchIndex(l.text); m != nil {
					// "7.Dữ liệu tổ chức thi là …": a clause's number glued to
					// its text is its marker, not a figure (round 36 asked
					// eight such numbers)
					l.text = l.text[:m[3]] + " " + l.text[m[3]:]
				}
				l.heading = isHeading(l.text) && !siteNoticeRE.MatchString(l.text)
				l.item = itemClass(l.text)
				if !body && len(strings.Fields(t)) >= 10 && viet.Capitals(t) < 2 && strings.ContainsAny(t[len(t)-1:], ".;:,") {
					body = true // the first sentence of text, past the title block
				}
				switch {
				case strings.HasPrefix(l.text, "Nơi nhận") || strings.HasPrefix(l.text, "Lưu:"):
					apparatus, filed = true, true
				case annexRE.MatchString(l.text):
					annex = true
				case chrome && attachedRE.MatchString(l.text):
					chrome, signed, apparatus = false, false, false // a plan the document issues, after the page's notices
				case (filed || undersigned) && siteChromeRE.MatchString(l.text):
					// a legal site's own page after the document's recipients,
					// or after its signature when it names none ("T/M ỦY BAN
					// NHÂN DÂN CHỦ TỊCH …", round 54): not its text, to the end
					chrome = true
				case apparatus && (signMarkRE.MatchString(l.text) || signedInRE.MatchString(l.text)):
					signed = true // the document is signed: what follows is not its text …
				case signed && attachedRE.MatchString(l.text):
					signed, apparatus = false, false // … but a plan it issues is ("KẾ HOẠCH" / "(Ban hành kèm theo …)")
				case apparatus && !signed && l.item == "" && len(strings.Fields(t)) > 12:
					apparatus = false
				}
				if signMarkRE.MatchString(l.text) {
					undersigned = true
				}
				l.body = body && !apparatus && !annex && !chrome
				if footnoteLineRE.MatchString(l.text) || siteNoticeRE.MatchString(l.text) || consolidatedNoteLine(l.text) {
					l.body = false // "[2] Chỉ thị số 27/CT-TTg …": a footnote (round 18); a site's notice
				}
				if example(l.text, g.lines) {
					l.body = false // a worked example's made-up figures (round 17: "Đảng bộ tỉnh A … 50 đồng chí")
					l.worked = labelledExample(l.text) || len(g.lines) > 0 && g.lines[len(g.lines)-1].worked
				}
				l.body = l.body && !mottoLineRE.MatchString(l.text) // (a letterhead left at the end, lines.go)
				g.lines = append(g.lines, l)
			}
			off += n + 1
		}
	}
	g.lines = joinPages(g.lines)
	// The headings of runs of numbered points ("Về quan hệ chính trị,
	// quốc phòng và an ninh" before "6. Hai nhà lãnh đạo …" in a joint
	// statement): when a text has two or more, each names its points.
	pointHeads := 0
	for i := range g.lines[:max(len(g.lines)-1, 0)] {
		if subHeading(g.lines[i]) && g.lines[i+1].item == "num" {
			pointHeads++
		}
	}
	for i := range g.lines[:max(len(g.lines)-1, 0)] {
		l, next := &g.lines[i], g.lines[i+1]
		if subHeading(*l) && (next.item == "dash" || next.item == "alpha" || next.item == "num" && pointHeads >= 2 || next.item == "enum" ||
			next.item == "" && labelRE.MatchString(l.text) && words(l.text) <= 18) {
			l.heading, l.sub = true, true
		}
		if l.body && l.item == "" && subPointRE.MatchString(l.text) && words(l.text) <= 15 && !strings.ContainsAny(l.text[len(l.text)-1:], ".;") {
			// "2.1. Sở Tài chính" over its points a), b) or its paragraph
			// (round 21: a plan's division of duties by body)
			l.heading, l.sub = true, true
		}
	}
	letterSections(g.lines)
	g.otherDocuments()
	g.learnCapitals() // (before the issued parts' names: "danh hiệu “Công dân Thủ đô ưu tú”", round 49)
	g.issuedParts()
	g.actHeadings()
	g.sortParts()
	return g
}

// quoteOf is the passage of a line range, as a Passage of the source.
func (g *drafter) passage(l dline, quote string) *quiz.Passage {
	if g.src.DocumentID == 0 {
		return nil
	}
	p := &quiz.Passage{DocumentID: g.src.DocumentID, Quote: tidy(quote), Page: l.page}
	if start, end, ok := quiz.FindQuote(g.lineText(l), quote); ok {
		p.Start, p.End = l.start+start, l.start+end
	} else {
		p.Start, p.End = l.start, l.end
		p.Quote = tidy(l.text)
	}
	return p
}

// lineText is a line's text as it stands in its page.
func (g *drafter) lineText(l dline) string {
	r := g.pageRunes(l.page)
	return string(r[l.start:min(l.end, len(r))])
}

// pageRunes is a page as runes, kept: offsets are counted in runes.
func (g *drafter) pageRunes(page int) []rune {
	if g.runes == nil {
		g.runes = map[int][]rune{}
	}
	r, ok := g.runes[page]
	if !ok {
		r = []rune(g.src.Pages[page-1])
		g.runes[page] = r
	}
	return r
}

// add keeps a draft unless an equal one was proposed already.
func (g *drafter) add(kind DraftKind, q quiz.Question) {
	if kind != DraftList && kind != DraftMeta {
		// A figure the title says ("Công bố thêm 6 Luật …") is given away
		// by the question's own source.
		// (nor one its subject line says, "… GIAI ĐOẠN 2026-2030": round 17)
		for _, o := range q.Options {
			if o.Correct && g.inTitle(o.Text) {
				return
			}
		}
	}
	g.put(kind, q)
}

// dashes writes a range one way: "2026 - 2030", "2026–2030" → "2026-2030".
var dashes = strings.NewReplacer(" - ", "-", " – ", "-", "–", "-", "- ", "-", " -", "-")

// inTitle says whether the title or the title block states a figure.
func (g *drafter) inTitle(f string) bool {
	g.titleBlock()
	// (a page's headline writes a school year "năm học 2025 2026",
	// round 36)
	title := spacedRangeRE.ReplaceAllString(dashes.Replace(g.src.Title), "$1-$2")
	return figureIn(f, g.src.Title) || figureIn(dashes.Replace(f), g.titleDashed) || figureIn(dashes.Replace(f), title) || g.isNews() && dayMonthIn(f, title)
}

// spacedRangeRE is two years in a row with no dash: "2025 2026".
var spacedRangeRE = regexp.MustCompile(`\b((?:19|20)\d\d) ((?:19|20)\d\d)\b`)

// titleBlock is the lines above the body: the letterhead, the kind and
// the subject (made once: every figure is checked against it).
func (g *drafter) titleBlock() string {
	if g.title != nil {
		return *g.title
	}
	var b strings.Builder
	for _, l := range g.lines {
		if l.body {
			break
		}
		if dateInText.MatchString(l.text) || strings.Contains(l.text, "Số") {
			continue // the date and number lines: "ngày 12 tháng 3" says nothing of "12 phường"
		}
		b.WriteString(l.text + " ")
	}
	t := b.String()
	g.title, g.titleDashed = &t, dashes.Replace(t)
	return t
}

// put adds a draft whatever its figures: a list's count is not the "5" of
// "Hội nghị Trung ương 5" in its title.
func (g *drafter) put(kind DraftKind, q quiz.Question) {
	q.Stem, q.Explanation = noMarks(latinNumerals(q.Stem)), noMarks(latinNumerals(q.Explanation))
	if !blankStem(&q, kind) {
		return
	}
	for i := range q.Options {
		q.Options[i].Text = noMarks(latinNumerals(q.Options[i].Text))
	}
	q.Normalize()
	key := q.Hash()
	if twice(q.Options) || q.Validate() != nil || g.seen[key] {
		return // (or two options one once their marks went)
	}
	g.seen[key] = true
	g.drafts = append(g.drafts, Draft{Kind: kind, Question: q, Ask: g.ask(q.Stem)})
}

// ask cuts the lead the drafter itself wrote ("Theo <ref>…, ") off a stem.
func (g *drafter) ask(stem string) string {
	rest, ok := strings.CutPrefix(stem, "Theo "+g.ref)
	for _, p := range g.parts {
		if !ok {
			rest, ok = strings.CutPrefix(stem, "Theo "+p.name)
		}
	}
	if !ok {
		return stem
	}
	// what is asked, without the part it stands in: "thuộc ý “Bộ Y tế”?"
	// (a row cut at the largest text showed "trong mục “Nhiệm …")
	for _, lead := range []string{"nội dung nào sau đây ", "điền vào chỗ trống: ", "nội dung “"} {
		if i := strings.Index(rest, lead); i >= 0 {
			return rest[i+len(strings.TrimSuffix(lead, "“")):] // (a task asked by its point keeps its quote mark)
		}
	}
	if _, after, ok := strings.Cut(rest, ", "); ok {
		return after
	}
	return stem
}

// choice builds a single-choice question with the correct option placed by
// the stem's hash, so drafts do not always answer A.
func choice(stem, correct string, wrong []string) quiz.Question {
	q := quiz.Question{Type: quiz.Single, Stem: stem}
	n := len(wrong) + 1
	h := fnv.New32a()
	h.Write([]byte(stem))
	at := int(h.Sum32() % uint32(n))
	w := 0
	for i := range n {
		if i == at {
			q.Options = append(q.Options, quiz.Option{Text: correct, Correct: true})
		} else {
			q.Options = append(q.Options, quiz.Option{Text: wrong[w]})
			w++
		}
	}
	return q
}
