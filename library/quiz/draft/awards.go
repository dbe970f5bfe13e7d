package draft

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"strings"

	"sotay/internal/viet"
)

// Awards: an emulation plan's forms of reward ("Huân chương Lao động;
// Bằng khen của Thủ tướng Chính phủ; Bằng khen của Chủ tịch UBND tỉnh;
// Giấy khen") are what its cadres must know, and its other lists are no
// odd ones out for them (sentences among names). They are asked among the
// forms the law knows that the plan does not name (round 21: an emulation
// plan gave nothing).

// awardRE opens a form of reward.
var awardRE = regexp.MustCompile(`^(?:Huân chương|Huy chương|Bằng khen|Giấy khen|Cờ thi đua|Chiến sĩ thi đua|Danh hiệu|Tập thể lao động|Lao động tiên tiến)`)

// otherAwards are forms of reward of the Law on Emulation and Commendation
// a provincial plan seldom gives, by the word they open with.
var otherAwards = map[string][]string{
	"Huân chương": {"Huân chương Độc lập", "Huân chương Bảo vệ Tổ quốc", "Huân chương Chiến công", "Huân chương Đại đoàn kết dân tộc"},
	"Bằng khen":   {"Bằng khen của Bộ trưởng, Thủ trưởng cơ quan ngang bộ", "Bằng khen của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
	"Cờ thi đua":  {"Cờ thi đua của Chính phủ", "Cờ thi đua của Ủy ban nhân dân tỉnh"},
	"Chiến sĩ":    {"Chiến sĩ thi đua toàn quốc", "Chiến sĩ thi đua cấp tỉnh"},
}

// awards proposes "which form of reward is not the plan's" for a list of
// forms of reward.
func (g *drafter) awards(all []dlist) {
	body := viet.Fold(g.bodyText())
	for _, l := range all {
		if !strings.Contains(viet.Fold(l.name), "hinh thuc khen thuong") || len(l.labels) < 3 {
			continue
		}
		in := make([]string, 0, 3)
		for _, lab := range l.labels {
			if !awardRE.MatchString(lab) {
				in = nil
				break
			}
			if len(in) < 3 {
				in = append(in, lab)
			}
		}
		if len(in) < 3 {
			continue
		}
		// the odd one out opens like one of the three, and the plan names
		// it nowhere
		var odd []string
		for _, m := range in {
			for open, forms := range otherAwards {
				if strings.HasPrefix(m, open) {
					for _, f := range forms {
						if !strings.Contains(body, viet.Fold(f)) {
							odd = append(odd, f)
						}
					}
				}
			}
		}
		odd = distinctFrom("", odd, len(odd))
		if len(odd) == 0 {
			continue
		}
		h := fnv.New32a()
		h.Write([]byte(l.name))
		answer := odd[int(h.Sum32()%uint32(len(odd)))]
		q := choice(fmt.Sprintf("Theo %s, hình thức khen thưởng nào sau đây KHÔNG được nêu trong “%s”?", g.refOf(l.first), l.name), answer, in)
		q.Explanation, q.Passage, q.Difficulty = listExplanation(g.refOf(l.first), l), g.passage(l.first, l.first.text), 1
		g.add(DraftList, q)
		g.used(q)
	}
}
