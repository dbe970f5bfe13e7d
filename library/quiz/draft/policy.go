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
