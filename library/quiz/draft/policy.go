package draft

import (
	"regexp"
	"strings"

	"sotay/internal/viet"
)

// Which lists are a policy's substance, worth sorting into "which of
// these belongs".

// policyWords are the words of a part whose points are a policy's
// substance: its viewpoints, goals and targets, tasks and solutions,
// directions and breakthroughs.
var policyWords = []string{"nhiem vu", "giai phap", "muc tieu", "quan diem", "dinh huong", "chi tieu", "phuong huong", "dot pha", "chu truong", "chinh sach", "tam nhin", "lo trinh", "giai doan"}

// substantive says whether a list's points are worth sorting: a policy's
// tasks, goals or viewpoints. The points of a plan's operational content
// under its topics ("Nội dung hoạt động triển khai" / "a) Thu gom và xử
// lý rác thải, xác động vật") or of its purpose and requirements give
// themselves away by their topic's words, or are as true of the next
// topic: judges of rounds 41–46 kept 14 of 43 list drafts and called
// most of the rest layout questions (round 46 dropped all 20 of one
// flood plan's); lists under "Nhiệm vụ và giải pháp" fared best. (A
// body's tasks are asked by the body: "là nhiệm vụ của Sở …".)
func substantive(l dlist) bool {
	if strings.HasPrefix(l.name, "Về ") {
		return true // a statement's parts: "Về quan hệ chính trị"
	}
	if k := listKind(l); k == "viewpoint" || k == "goal" {
		return !strings.Contains(viet.Fold(l.name+" "+l.section), "muc dich")
	}
	f := viet.Fold(l.name + " " + l.section + " " + l.point)
	for _, w := range policyWords {
		if strings.Contains(f, w) && (w != "giai doan" || policyPhaseRE.MatchString(f)) {
			return true
		}
	}
	return false
}

// policyPhaseRE is a plan's phase by its years (folded): "giai đoạn
// 2026 - 2030". A phase of history, of a teaching or of building works
// ("Giai đoạn tiền Chấn hưng Phật giáo", "Tiến trình luyện tập … chia làm
// 3 giai đoạn", "Giai đoạn thi công xây dựng") is no policy: its points,
// sorted, were a chronicle's or a site's (a province's output share as
// the odd one out among the Nguyễn chronicles' entries).
var policyPhaseRE = regexp.MustCompile(`giai doan (?:tu (?:nam )?)?20\d\d`)

// ambiguousCount says whether counting a list's points has no one answer
// (round 99's judge dropped four such counts): a point leads points of its
// own ("1. Việc sử dụng chung phải … các nguyên tắc sau:" over a) to c), so
// its principles are three or five), the last is a catch-all ("Các chức
// năng khác theo quy định"), or one is of another kind ("Các hành vi bị
// nghiêm cấm" among principles). A body's tasks keep their catch-all
// ("Thực hiện một số nhiệm vụ khác do Bộ Chính trị giao" is one of the
// Party's bodies' tasks): catchAll says whether to look for one.
func (g *drafter) ambiguousCount(l dlist, catchAll bool) bool {
	for k, ln := range l.lines {
		if strings.HasSuffix(strings.TrimSpace(ln.text), ":") {
			return true
		}
		if at := g.lineOf(ln); at >= 0 && at+1 < len(g.lines) && g.lines[at+1].item == "alpha" && ln.item == "num" {
			return true
		}
		f := viet.Fold(pointText(ln.text))
		if strings.Contains(f, "nghiem cam") || strings.Contains(f, "bi cam") {
			return true
		}
		if catchAll && k == len(l.lines)-1 && catchAllRE.MatchString(f) {
			return true
		}
	}
	return false
}

// catchAllRE is a catch-all last point (folded): "các chức năng khác theo
// quy định", "nhiệm vụ khác do … giao", "… khác có liên quan".
var catchAllRE = regexp.MustCompile(`\bkhac (theo quy dinh|co lien quan|do .{0,60}giao|duoc giao|theo phan cong)`)
