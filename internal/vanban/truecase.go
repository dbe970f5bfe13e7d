package vanban

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A subject written in capitals ("BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH
// LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN") keeps, once in small letters, the
// capitals the body writes the same words with: "Luật Bảo vệ dữ liệu cá
// nhân", "Bộ Chính trị", "Quy định số 377-QĐ/TW" (round 17).

// romanRe is a Roman numeral in small letters, numberedBy the words a
// congress's, a term's or a part's number follows: "lần thứ xiv",
// "khóa xvi".
var (
	romanRe    = regexp.MustCompile(`^[ivxl]+[,;.]?$`)
	numberedBy = map[string]bool{"thứ": true, "khóa": true, "khoá": true, "chương": true, "phần": true}
)

// codeRe is a document's code in small letters: "377-qđ/tw", "66/nq-cp".
var codeRe = regexp.MustCompile(`^\d+[-/][\p{Ll}\d/-]+$`)

// trueCase writes a subject in small letters with the capitals of the same
// words in the body: the longest run found there inside a sentence, as
// the body writes it most often ("phục vụ người dân" stays small though
// "Trung tâm Phục vụ hành chính công" is a name).
func trueCase(lower, body string) string {
	w := strings.Fields(lower)
	lb := strings.ToLower(body)
	if len(lb) != len(body) {
		return lower // (a letter whose small form is longer: no mapping back)
	}
	for i := 0; i < len(w); {
		if codeRe.MatchString(strings.TrimRight(w[i], ",;.")) {
			w[i] = strings.ToUpper(w[i])
			i++
			continue
		}
		if i > 0 && numberedBy[w[i-1]] && romanRe.MatchString(w[i]) {
			w[i] = strings.ToUpper(w[i]) // "lần thứ XIV", "khóa XVI" (the body need not say it)
			i++
			continue
		}
		if i > 0 && w[i] == "đảng" && (w[i-1] == "của" || i+1 < len(w) && w[i+1] == "cộng") {
			w[i] = "Đảng" // "… của Đảng", "Đảng Cộng sản …": the Party
			i++
			continue
		}
		took := 1
		// (one word alone only after a capital: "Thơ" of "Cần Thơ",
		// never "Nội" of "Hà Nội" for "nội dung")
		least := 2
		if r, _ := utf8.DecodeRuneInString(strings.Join(w[max(i-1, 0):i], "")); i > 0 && unicode.IsUpper(r) {
			least = 1
		}
		for n := min(8, len(w)-i); n >= least; n-- {
			phrase := strings.Join(w[i:i+n], " ")
			cased, ok := usualCase(lb, body, phrase)
			if !ok {
				continue
			}
			orig := strings.Fields(cased)
			if len(orig) != n {
				continue
			}
			for k := range n {
				if k == 0 && i == 0 {
					continue // the subject's first word stays as it is
				}
				w[i+k] = orig[k]
			}
			took = n
			break
		}
		i += took
	}
	out := " " + strings.Join(w, " ") + " "
	for i := 0; i+1 < len(institutions); i += 2 {
		out = strings.ReplaceAll(out, " "+institutions[i]+" ", " "+institutions[i+1]+" ")
	}
	return strings.TrimSpace(out)
}

// institutions are the names the Party's and the State's bodies are
// always written with, whatever the body says: "… bầu cử đại biểu Quốc
// hội khóa XVI", "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng".
var institutions = []string{"quốc hội", "Quốc hội", "đại hội đại biểu toàn quốc", "Đại hội đại biểu toàn quốc",
	"bộ chính trị", "Bộ Chính trị", "ban bí thư", "Ban Bí thư", "ban chấp hành trung ương", "Ban Chấp hành Trung ương",
	"chính phủ", "Chính phủ", "thủ tướng", "Thủ tướng",
	// (and the bodies' short names: "… của hđnd tỉnh Thừa Thiên Huế", round 119)
	"hđnd", "HĐND", "ubnd", "UBND", "ubmttq", "UBMTTQ", "mttq", "MTTQ"}

// usualCase is how the body most often writes phrase inside a sentence
// (lb is the body in small letters); false if it never does.
func usualCase(lb, body, phrase string) (string, bool) {
	seen := map[string]int{}
	best, most := "", 0
	for off := 0; ; {
		j := strings.Index(lb[off:], phrase)
		if j < 0 {
			break
		}
		at := off + j
		end := at + len(phrase)
		off = end
		if at > 0 {
			if r, _ := utf8.DecodeLastRuneInString(lb[:at]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue // inside a word
			}
		}
		if end < len(lb) {
			if r, _ := utf8.DecodeRuneInString(lb[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		// inside a sentence: after a word, a comma or an opening quote,
		// not at a sentence's, an item's or a clause's start ("a) Thực
		// hiện …", "; Tăng cường …"), where a capital says nothing
		before := strings.TrimRight(body[:at], " ")
		r, _ := utf8.DecodeLastRuneInString(before)
		if before == "" || !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(",“\"(", r)) {
			continue
		}
		v := body[at:end]
		if strings.ToUpper(v) == v && v != lb[at:end] {
			continue // a heading in capitals
		}
		seen[v]++
		if seen[v] > most || seen[v] == most && v == phrase {
			best, most = v, seen[v]
		}
	}
	return best, most > 0
}
