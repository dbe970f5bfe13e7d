package draft

// What a procedure's table and a form's page hold that is no lesson: a
// house's number, a cell's time limit whose procedure is not said, a
// footnote's mark, a short clause said of several procedures (rounds 119
// and 120).

import "regexp"

// addressRE follows a house's number: " Điện Biên Phủ, Phường Xuân Hòa".
var addressRE = regexp.MustCompile(`^\s+(?:\p{Lu}\p{L}*\s+){0,4}\p{Lu}\p{L}*,\s*(?:[Pp]hường|[Xx]ã|[Qq]uận|[Hh]uyện|[Tt]hành phố|[Tt]ỉnh|[Tt]hị xã|[Tt]hị trấn|TP)\b`)

// noteTextRE follows a footnote's mark at its line's start: " Đối với …".
var noteTextRE = regexp.MustCompile(`^ \p{Lu}\p{Ll}`)

// repeated says whether a short clause says the same with other figures
// elsewhere in the document under a part of the same name, so that its
// blank fits many places: "Thời gian thực hiện: Không quá …… ngày làm
// việc" under seven procedures.
func repeated(f fact, all []fact) bool {
	if words(f.clause) > 14 {
		return false
	}
	t := template(f.clause[:f.at] + "#" + f.clause[f.at+len(f.answer):])
	n := 0
	for _, o := range all {
		if bareArticleRE.ReplaceAllString(o.ctx, "") == bareArticleRE.ReplaceAllString(f.ctx, "") && o.at >= 0 && o.at+len(o.answer) <= len(o.clause) && template(o.clause[:o.at]+"#"+o.clause[o.at+len(o.answer):]) == t {
			n++
		}
	}
	return n >= 2
}

// bareArticleRE is a part named by its article's number alone, "Điều 11.",
// which tells no reader whose time limit it is.
var bareArticleRE = regexp.MustCompile(`^Điều \d+[a-zđ]?\.?$`)

// durationRE follows a duration counted from a day, with nothing said
// of what it is for: " ngày làm việc kể từ …".
var durationRE = regexp.MustCompile(`^\s*(?:ngày làm việc|ngày|tháng|năm|giờ|tuần),?\s+(?:kể|tính) từ `)
