package draft

import (
	"slices"
	"strings"
	"testing"

	"sotay/internal/vanban"
)

// Round 51 (seven news articles of 2017 in the shared corpus) drafted
// nothing from an article whose five solutions are counted "Một là, … Năm
// là" on one line, nor from a plenum's communiqué, which records a
// discipline and cites two earlier plenums. The texts are made up.

// An article's points counted in words are asked by their count and by
// one point's place, the list's other points as the wrong options, each
// beginning a sentence.
func TestCountedPointsAsked(t *testing.T) {
	pad := strings.Repeat("Công tác giáo dục chính trị được quan tâm, đổi mới về nội dung và hình thức. ", 4)
	text := "Phòng, chống suy thoái trong cán bộ, đảng viên\n" + pad +
		`Một số giải pháp phòng, chống suy thoái trong cán bộ, đảng viên Một là, tăng cường giáo dục lý luận chính trị cho đảng viên ở cơ sở. Hai là, nâng cao chất lượng sinh hoạt chi bộ và tự phê bình. Ba là, xử lý nghiêm các vi phạm của cán bộ, đảng viên. Bốn là, phát huy vai trò giám sát của Nhân dân đối với cán bộ.` + "\n"
	text = vanban.Unflatten(text)
	var count, place int
	for _, d := range Drafts(Source{Title: "Phòng, chống suy thoái trong cán bộ, đảng viên", Pages: []string{text}}) {
		q := d.Question
		switch {
		case strings.Contains(q.Stem, "nêu bao nhiêu giải pháp"):
			count++
			if answerOf(q) != "4" {
				t.Errorf("count %q: %s", answerOf(q), q.Stem)
			}
		case strings.Contains(q.Stem, "giải pháp thứ"):
			place++
			pts := []string{"Tăng cường giáo dục lý luận chính trị cho đảng viên ở cơ sở", "Nâng cao chất lượng sinh hoạt chi bộ và tự phê bình",
				"Xử lý nghiêm các vi phạm của cán bộ, đảng viên", "Phát huy vai trò giám sát của Nhân dân đối với cán bộ"}
			at := -1
			for k, p := range []string{"thứ nhất", "thứ hai", "thứ ba", "thứ tư"} {
				if strings.Contains(q.Stem, p+" là") {
					at = k
				}
			}
			if at < 1 || answerOf(q) != pts[at] {
				t.Errorf("place %d answered %q: %s", at, answerOf(q), q.Stem)
			}
			for _, o := range q.Options {
				if !slices.Contains(pts, o.Text) {
					t.Errorf("option %q is no point of the list", o.Text)
				}
			}
		}
	}
	if count != 1 || place != 1 {
		t.Errorf("%d count and %d place drafts, want 1 and 1", count, place)
	}
}

// communique is a made-up plenum's communiqué.
const communique = "Thông báo Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XII\n" +
	"Từ ngày 8 đến 10-10-2018, tại Hà Nội, Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XII đã họp để thảo luận về Đề án tổng kết 10 năm (2008 - 2018) thực hiện Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa X \"Về xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước\"; Báo cáo kiểm điểm gắn với thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng.\n" +
	"1- Ban Chấp hành Trung ương Đảng đã quyết định kỷ luật đồng chí Trần Minh Khoa, nguyên Bí thư Tỉnh ủy Bắc Nam, bằng hình thức cảnh cáo.\n" +
	"2- Ban Chấp hành Trung ương kêu gọi toàn Đảng, toàn dân đoàn kết, thống nhất.\n"

// A communiqué's discipline is asked by its form among the Party's four;
// the earlier plenums it cites are asked, and the plenum it reports is
// never their wrong option.
func TestCommuniqueDisciplineAndPlenums(t *testing.T) {
	var forms, plenums int
	for _, d := range Drafts(Source{Title: "Thông báo Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XII", Pages: []string{communique}}) {
		q := d.Question
		var opts []string
		for _, o := range q.Options {
			opts = append(opts, o.Text)
		}
		switch {
		case strings.Contains(q.Stem, "bằng hình thức ……"):
			forms++
			slices.Sort(opts)
			if answerOf(q) != "cảnh cáo" || !slices.Equal(opts, []string{"cách chức", "cảnh cáo", "khai trừ ra khỏi Đảng", "khiển trách"}) {
				t.Errorf("discipline draft %q %v: %s", answerOf(q), opts, q.Stem)
			}
		case strings.Contains(q.Stem, "Nghị quyết ……"):
			plenums++
			want := map[string]bool{"Hội nghị Trung ương 7 khóa X": true, "Hội nghị Trung ương 4 khóa XII": true}
			if !want[answerOf(q)] || slices.Contains(opts, "Hội nghị Trung ương 9 khóa XII") {
				t.Errorf("plenum draft %q %v: %s", answerOf(q), opts, q.Stem)
			}
			if strings.Contains(q.Stem, "“Về") && !strings.HasSuffix(q.Stem, "đất nước\"”") {
				t.Errorf("a quoted subject cut: %s", q.Stem)
			}
		}
	}
	if forms != 1 || plenums != 2 {
		t.Errorf("%d discipline and %d plenum drafts, want 1 and 2", forms, plenums)
	}
}
