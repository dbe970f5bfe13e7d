package vanban

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A news page copied whole loses the breaks around its sub-headings and
// photo captions: "… Nguồn: internet. Giảm 50% cho dự án ở nơi đặc biệt
// khó khăn Một điểm mới đáng quan tâm …", "… Ảnh: Xuân Hoa Theo ông Hải,
// …". The sentence after such a line opens with a word sentences open
// with ("Theo", "Một", "Trong", "Tuy nhiên,"), in capitals right after a
// small letter, where no sentence of the text would put it. The break
// goes back before it, and before the sub-heading too when a few words
// after a sentence's end make one.
//
// Measured on 3,000 articles of the shared news corpus: 1,113 such
// places, of 70 read by hand 68 a sub-heading's or a caption's end; the
// two others were names ("sân vận động Tự Do", "Nguyễn Thanh Trong"),
// which the rules below leave alone.

var gluedOpener = regexp.MustCompile(`(\S+) (Theo|Trong|Một|Những|Trước|Tại|Sau khi|Khi|Đây|Để|Nếu|Cũng|Với|Nhưng|Việc|Bên cạnh|Đó|Còn|Qua|Do|Riêng|Hiện nay|Tuy nhiên|Song|Ngoài ra|Như vậy|Các|Mục tiêu)(?:\s\p{Ll}|,)`)

// gluedAfterName are the words a name follows ("ông Từ", "Ủy ban Các
// vấn đề xã hội", "Công ty trách nhiệm hữu hạn Một thành viên",
// "Chương trình Mục tiêu quốc gia").
// gluedItem is a line that opens with a point's mark: what follows the
// mark is the point's own words ("a) Theo dõi, kiểm tra …"), and a
// heading glued to its first sentence there is the structure's to break.
var gluedItem = regexp.MustCompile(`^\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\s?[-.)]|[IVX]{1,5}\s?[-.]|(?:Điều|ĐIỀU)\s+\d|[-–+•*]\s)`)

// gluedLines puts back, in the lines of b that the structure's breaks
// left, the breaks around sub-headings and captions; it reports whether
// it put any.
func gluedLines(b []byte) bool {
	changed := false
	for s := 0; s < len(b); {
		e := s
		for e < len(b) && b[e] != '\n' {
			e++
		}
		if line := string(b[s:e]); !gluedItem.MatchString(line) {
			for _, at := range gluedBreaks(line) {
				if b[s+at] == ' ' {
					b[s+at] = '\n'
					changed = true
				}
			}
		}
		s = e + 1
	}
	return changed
}

var gluedAfterName = map[string]bool{"ông": true, "bà": true, "anh": true, "chị": true, "em": true, "cô": true, "chú": true, "bác": true, "cụ": true, "chí": true, "ban": true, "hạn": true, "trình": true, "tên": true}

// gluedBreaks are the byte offsets, in line, of the spaces to become line
// breaks before the sentences glued to a sub-heading or a caption.
func gluedBreaks(line string) []int {
	var out []int
	for _, m := range gluedOpener.FindAllStringSubmatchIndex(line, -1) {
		w, opener, at := line[m[2]:m[3]], line[m[4]:m[5]], m[3]
		last, _ := utf8.DecodeLastRuneInString(w)
		first, _ := utf8.DecodeRuneInString(w)
		switch {
		case !unicode.IsLower(last) && !unicode.IsDigit(last) && !strings.ContainsRune(`%)”"`, last):
			continue // "… đạt 50%. Theo đó": a sentence's end is broken elsewhere
		case gluedAfterName[w]:
			continue
		case unicode.IsUpper(first) && strings.Contains("|Do|Trong|Song|Khi|Đây|Qua|Còn|", "|"+opener+"|"):
			continue // "Nguyễn Thanh Trong", "sân vận động Tự Do"
		case opener == "Việc" && strings.HasPrefix(line[m[5]:], " làm"),
			opener == "Một" && (strings.HasPrefix(line[m[5]:], " thành viên") || strings.HasPrefix(line[m[5]:], " cửa") || strings.HasPrefix(line[m[5]:], " là,")):
			continue // "Trung tâm Dịch vụ Việc làm", "Công ty TNHH Một thành viên", "Bộ phận Một cửa"; "Một là, …" is a point counted in words, broken or not as such
		case unclosed(line[:at]):
			continue // a title in quotes or brackets: “Sống Với …”
		}
		if s := gluedHeadStart(line, at); s > 0 {
			out = append(out, s)
		}
		out = append(out, at)
	}
	return out
}

// gluedHeadStart is the space after the last sentence's end before the
// space at i when the words between make a sub-heading or a caption (2 to
// 16 words from a capital); -1 if they do not.
func gluedHeadStart(line string, i int) int {
	j := i
	for n := 0; n <= 16; n++ {
		k := strings.LastIndexByte(line[:j], ' ')
		if k <= 0 {
			return -1
		}
		before := line[:k]
		r, size := utf8.DecodeLastRuneInString(before)
		if strings.ContainsRune(".!?", r) {
			// a full stop after a word in small letters ("… vỉa hè."), not
			// one of a name ("TP. Hồ Chí Minh")
			p, _ := utf8.DecodeLastRuneInString(before[:len(before)-size])
			head := strings.TrimSpace(line[k:i])
			h, _ := utf8.DecodeRuneInString(head)
			if r == '.' && !unicode.IsLower(p) || !unicode.IsUpper(h) || n < 1 {
				return -1
			}
			return k
		}
		j = k
	}
	return -1
}

// unclosed reports whether s leaves a quote or a bracket open.
func unclosed(s string) bool {
	return strings.Count(s, "“") > strings.Count(s, "”") || strings.Count(s, "(") > strings.Count(s, ")") || strings.Count(s, `"`)%2 == 1
}
