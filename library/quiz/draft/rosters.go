package draft

// Rosters and duty lists: what a list's points name (units, posts,
// persons or tasks) and whether its name says it holds duties, powers or
// rights, so that odd ones out come only from lists of their own kind
// (rounds 79 and 85).

import (
	"regexp"
	"strings"

	"sotay/internal/viet"
)

// unitsList says what most of a list's points name: 1 units, "Văn phòng
// Ban", "Vụ Tổ chức – Điều lệ", "Vụ Địa phương I (tại Hà Nội, …)" under
// a Central Committee body's "Tổ chức", or posts; 2 persons,
// "Nguyễn Văn A, Phó Trưởng ban"; 0 neither (tasks, rules).
func unitsList(l dlist) int {
	units, persons := 0, 0
	for _, x := range l.labels {
		switch {
		case personName(strings.SplitN(x, ",", 2)[0]):
			persons++
		case unitRE.MatchString(x) || postRE.MatchString(x) || namesBody(x) && words(x) <= 12:
			units++
		}
	}
	switch {
	case 2*persons > len(l.labels):
		return 2
	case 2*units > len(l.labels):
		return 1
	}
	return 0
}

// dutyNameRE names what a list of duties, powers or rights is.
// (not a resolution's "Nhiệm vụ và giải pháp", whose parts' tasks are
// each other's odd ones out)
var dutyNameRE = regexp.MustCompile(`^nhiem vu$|\b(?:quyen han|trach nhiem|quyen loi|nghia vu|co nhiem vu)\b`)

// dutyNamed says whether a list's name says it holds duties, powers or
// rights: "Nhiệm vụ", "Ủy viên Trung ương Đoàn có nhiệm vụ và quyền hạn
// sau".
func dutyNamed(name string) bool { return dutyNameRE.MatchString(viet.Fold(name)) }

// postRE opens a post's name: "Các Bộ trưởng, Thứ trưởng …", "Phó Chủ
// tịch nước …" (round 85: a task among the posts a board cares for was
// the odd one out by its form).
var postRE = regexp.MustCompile(`^(?:Các |Những )?(?:Phó |Tổng )?(?:Chủ tịch|Bí thư|Bộ trưởng|Thứ trưởng|Thủ tướng|Chủ nhiệm|Trưởng ban|Ủy viên|Thủ trưởng|Chánh án|Viện trưởng|Tổng Kiểm toán|Đại tướng|Thường trực)[ ,]`)

// unitRE opens a unit's name.
var unitRE = regexp.MustCompile(`^(?:Khối|Vụ|Cục|Viện|Phòng|Trung tâm|Báo|Tạp chí|Nhà xuất bản|Học viện|Trường|Tổng cục|Hội đồng|Cơ quan đại diện) \p{Lu}`)
