package draft

import "regexp"

// The words around a figure that say what kind of figure it is: a
// rule's bound, a speaker's story, a lead before its points, a figure
// written again in words.

// limitBefore ends the words before a figure that is a rule's bound: "có
// ít nhất 02 năm", "không quá 05 cá nhân".
// ruleBoundRE is a rule's bound before a figure: "không quá 4 phó giám
// đốc", "tối thiểu có 5 người" — a news text's rules are studied, its
// amounts are not (round 34: a page on the press agencies' regulation
// gave nothing).
// narrativeRE is a report's own story in a sentence: who proposed,
// explained or took in what while drafting ("Ban đầu, Ủy ban đề nghị sửa
// đổi 8/120 điều", "Ủy ban cũng tiếp thu, chỉnh lý …").
var narrativeRE = regexp.MustCompile(`(?i)(?:^|\s)(?:ban đầu|trước đó|cho biết|nhấn mạnh|trình bày|tiếp thu|phát biểu|giải trình|dự thảo|thảo luận|biểu quyết|tán thành|đại biểu|phân tích|chia sẻ|như vậy)(?:[\s,.:]|$)`)

var ruleBoundRE = regexp.MustCompile(`(?:không quá|tối đa|tối thiểu(?: có)?|ít nhất|không dưới|(?:^|\s)đủ)\s*$`) // (and an age: "Công dân đủ 18 tuổi trở lên", round 84)

// refDateRE is the date a source's name gives: "… ngày 18/11/2025".
var refDateRE = regexp.MustCompile(` ngày \d{1,2}/(\d{1,2})/(\d{4})$`)

// leadWordRE is the word a lead ends on before its points.
var leadWordRE = regexp.MustCompile(`(?:,\s*|\s+)(?:bao gồm|gồm có|gồm|như sau|sau đây|cụ thể là|cụ thể|trong đó)$`)

// oneWordOutRE is a figure's one word in brackets after it: "02 (hai)
// ngày làm việc" gave the blank away (round 44).
var oneWordOutRE = regexp.MustCompile(`(\d)\s*\((?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\)`)

// spelledOutRE is a figure written again in words, in brackets.
var spelledOutRE = regexp.MustCompile(`\s*\((?:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|tư|trăm|nghìn|ngàn|triệu|tỷ|linh|lẻ|không|phẩy)[\s,]*){2,}[\p{L}\s]{0,20}\)`)

var limitBefore = regexp.MustCompile(`(?:ít nhất|tối đa|tối thiểu|không quá|không dưới|trên|dưới|chậm nhất|trong vòng)\s*$`)
