package vanban

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// leadRe is a news report's opening sentence that says a document was
// issued: "Chính phủ ban hành Nghị quyết số 07/2025/NQ-CP ngày 17/9/2025
// về …", "Theo Cổng TTĐT …, ngày 22/10/2025, đồng chí …, Thường trực Ban
// Bí thư đã ký ban hành Quy định số 379-QĐ/TW của Ban Bí thư quy định về
// …". The report gives the document's contents, so it is listed, and its
// questions named, by the document (round 35: four of five such reports
// were listed with no kind nor number and gave no draft).
var leadRe = regexp.MustCompile(`^(?:Theo [^,]{3,80}, )?(?:[Nn]gày (\d{1,2})/(\d{1,2})/(\d{4}), )?(\p{L}.{1,160}?) (?:(?:đã|vừa|chính thức|mới) )*(?:(?:ký )?ban hành|ký|có) ` +
	`(Nghị quyết|Chỉ thị|Kết luận|Quy định|Quyết định|Hướng dẫn|Thông báo|Kế hoạch|Nghị định|Thông tư|Chương trình|Đề án) (?:số )?` +
	`(\d{1,5}[\p{L}\d./-]*[/-][\p{Lu}\p{L}\d/&-]*[\p{L}\d])(?:,? ngày (\d{1,2})/(\d{1,2})/(\d{4}))?(?: của ([^,]{3,60}?))? (?:quy định |hướng dẫn )?((?:về|sửa đổi|quy định|hướng dẫn|phê duyệt|ban hành|giao|yêu cầu|công bố)[ ,].{5,})$`)

// passedRe is a headline that says a body passed or issued a document
// without a number: "Quốc hội chính thức thông qua Nghị quyết sửa đổi,
// bổ sung một số điều của Hiến pháp năm 2013" (round 35: the report gave
// no draft, its rules asked as a news text's).
var passedRe = regexp.MustCompile(`^(Quốc hội|Chính phủ|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|Ủy ban Thường vụ Quốc hội) (?:(?:đã|vừa|chính thức) )*(?:thông qua|ban hành) ` +
	`(Nghị quyết|Chỉ thị|Kết luận|Quy định|Nghị định) ((?:về|sửa đổi|quy định|thí điểm)[ ,][^?]{5,200})$`)

// lawLeadRe is a report's first line naming a law by its name and
// number.
var lawLeadRe = regexp.MustCompile(`^(?:(?:Ngày \d{1,2}/\d{1,2}/\d{4}, )?[^.?]{0,120}?(?:thông qua|ban hành) )?(Luật|Bộ luật) (\p{Lu}[\p{L} ,-]{2,80}?) số (\d{1,3}/\d{4}/QH\d{2})\b[^?]*$`)

// plenumLeadRe is a news agency's lead to a plenum's resolution it gives
// whole: "Ngày 3/6/2017, Tổng Bí thư … đã ký ban hành Nghị quyết Hội
// nghị lần thứ năm Ban Chấp hành Trung ương khóa XII về … (Nghị quyết số
// 12-NQ/TW)." It may stand after a headline and a photo's caption, so the
// first lines are looked at; the number in brackets after the subject
// says it is this text's resolution, not one it cites.
var plenumLeadRe = regexp.MustCompile(`[^.]{0,120}?ký ban hành Nghị quyết Hội nghị (?:lần thứ \p{L}+(?: \p{L}+)?|(?:Trung ương |TƯ )?\d{1,2}) ` +
	`Ban Chấp hành Trung ương(?: Đảng)? (?:khóa|khoá) [IVXL]+ (về [^()]{5,250}?) \((?:Nghị quyết )?số (\d{1,3}-NQ/TW)\)`)

var leadDateRe = regexp.MustCompile(`[Nn]gày (\d{1,2})/(\d{1,2})/(\d{4}), `)

// readLead fills kind, number, date, issuer and subject from a report's
// opening sentence. (Only the first line: a legal site's page, whose
// headline asks a question, opens its answer with such a sentence and
// goes on to other documents.)
func readLead(head []string, m *Meta) {
	for i, l := range head[:min(len(head), 2)] {
		if i == 1 && (strings.HasSuffix(strings.TrimSpace(head[0]), "?") || len(strings.Fields(head[0])) > 30 || !strings.Contains(l, " vừa ")) {
			// (a news headline over its lead, "Thủ tướng Chính phủ vừa có
			// Chỉ thị số 24/CT-TTg giao …": the report names the
			// directive, round 51; not a page's answer under its question)
			break
		}
		g := leadRe.FindStringSubmatch(l)
		if g == nil {
			continue
		}
		subject := strings.TrimRight(strings.TrimSpace(g[11]), ".")
		m.Kind, m.Number, m.Subject = g[5], g[6], strings.TrimSuffix(subject, " tải về") // a page's link
		m.IssuedOn = dmy(g[7], g[8], g[9])
		if m.IssuedOn == "" {
			m.IssuedOn = dmy(g[1], g[2], g[3])
		}
		who := strings.TrimSpace(g[4])
		switch {
		case issuerNameRe.MatchString(g[10]):
			m.Issuer = g[10]
		case who == "Chính phủ" || who == "Quốc hội" || issuerNameRe.MatchString(who) && len(strings.Fields(who)) <= 8 && !strings.Contains(who, ","):
			m.Issuer = who
		}
		return
	}
	for _, l := range head[:min(len(head), 4)] {
		if g := plenumLeadRe.FindStringSubmatch(l); g != nil {
			// (the plenum's resolution is the Central Committee's; a news
			// report's headline on line one does not name its number)
			m.Kind, m.Number, m.Issuer, m.Subject = "Nghị quyết", g[2], "Ban Chấp hành Trung ương", strings.TrimSpace(g[1])
			if d := leadDateRe.FindStringSubmatch(g[0]); d != nil {
				m.IssuedOn = dmy(d[1], d[2], d[3])
			}
			return
		}
	}
	if len(head) > 0 {
		if g := lawLeadRe.FindStringSubmatch(head[0]); g != nil {
			// "Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15 chính thức
			// có hiệu lực …", "… Quốc hội khóa XV đã thông qua Luật Bảo
			// hiểm xã hội số 41/2024/QH15." (round 39: named by the
			// report's whole first sentence)
			m.Kind, m.Number, m.Issuer = g[1], g[3], "Quốc hội"
			m.Title = g[1] + " " + g[2]
			return
		}
		if g := passedRe.FindStringSubmatch(head[0]); g != nil {
			m.Kind, m.Issuer, m.Subject = g[2], strings.TrimSuffix(g[1], " Đảng"), strings.TrimRight(g[3], ". ")
		}
	}
}

// dmy is a date written day, month, year as "2025-09-17", "" when it is
// none.
func dmy(day, month, year string) string {
	d, _ := strconv.Atoi(day)
	mo, _ := strconv.Atoi(month)
	y, _ := strconv.Atoi(year)
	if d < 1 || d > 31 || mo < 1 || mo > 12 || y < 1930 || y > 2100 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
}

// ReportsDocument says whether a text's first line is a report's lead or
// headline naming the document it reports: its prose is the reporter's,
// its points the document's.
func ReportsDocument(first string) bool {
	first = strings.TrimSpace(first)
	return leadRe.MatchString(first) || passedRe.MatchString(first) || lawLeadRe.MatchString(first)
}

// salutationRe opens a letter: "Kính gửi: Các cơ sở đào tạo trực thuộc
// Bộ".
var salutationRe = regexp.MustCompile(`^Kính gửi\s*:`)

// fromCaption fills number, date and issuer from an annex's caption
// (annexOfRe's groups), keeping what the text already gave.
func fromCaption(g []string, m *Meta) {
	m.Number = g[2]
	if m.IssuedOn == "" && g[5] != "" {
		d, _ := strconv.Atoi(g[3])
		mo, _ := strconv.Atoi(g[4])
		y, _ := strconv.Atoi(g[5])
		if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
			m.IssuedOn = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
		}
	}
	if m.Issuer == "" && g[6] != "" && issuerNameRe.MatchString(g[6]) {
		m.Issuer = strings.TrimSpace(g[6])
	}
}

// concludes says whether a notice's line under its heading says whose
// conclusions it gives: "THÔNG BÁO" / "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG … TẠI
// BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH SƠN LA" is the notice's subject, not a
// second heading (round 43 named such a notice "Thông báo này").
func concludes(kind, line string) bool {
	return kind == "Thông báo" && strings.HasPrefix(line, "KẾT LUẬN CỦA ")
}

// siteCardRe is the card a legal site prints over a document, pasted with
// it: "Số hiệu: 2639/QĐ-TTg Loại văn bản: Quyết định Nơi ban hành: Thủ
// tướng Chính phủ Người ký: Hồ Đức Phớc Ngày ban hành: 03/12/2025" (a
// page of thuvienphapluat.vn; round 45's texts were listed by its
// copyright notice).
var siteCardRe = regexp.MustCompile(`Số hiệu:\s*(\d{1,5}[\p{L}\d./-]*[/-][\p{L}\d/&-]*[\p{L}\d])\s*\|?\s*Loại văn bản:\s*\|?\s*(\p{Lu}[\p{L} ]{2,30}?)\s*\|?\s*Nơi ban hành:\s*\|?\s*(\p{Lu}[\p{L} ,-]{2,80}?)\s*\|?\s*Người ký:\s*\|?\s*(\p{Lu}[\p{L} ,]{2,80}?)\s*\|?\s*Ngày ban hành:\s*\|?\s*(\d{1,2})/(\d{1,2})/(\d{4})`)

// readSiteCard fills kind, number, issuer, signer and date from a legal
// site's card in the first few thousand characters of a text.
func readSiteCard(text string, m *Meta) {
	head := text[:min(len(text), 6000)]
	g := siteCardRe.FindStringSubmatch(head)
	if g == nil || kindOf(strings.ToUpper(g[2])) == "" {
		return
	}
	m.Kind, m.Number, m.Issuer, m.Signer = kindOf(strings.ToUpper(g[2])), g[1], strings.TrimSpace(g[3]), strings.TrimSpace(g[4])
	m.IssuedOn = dmy(g[5], g[6], g[7])
}
