package draft

import (
	"strings"
	"testing"
)

// What a web page puts after a document's signature (its support line,
// its other news) is not asked; a plan the document issues after it is
// (round 22: "Hỗ trợ: (028) …… _ 0906.229966", "Trận …… này …").
func TestNothingAfterTheSignature(t *testing.T) {
	text := "TỈNH ỦY AN HÀ\nSố 12-KL/TU\nKẾT LUẬN\nvề sắp xếp trạm y tế cấp xã\n" +
		"Tại phiên họp ngày 27/11/2025, Ban Thường vụ Tỉnh ủy kết luận như sau:\n" +
		"1. Giao Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo sắp xếp các trạm y tế cấp xã, hoàn thành trước ngày 31/12/2025.\n" +
		"Nơi nhận:\n- Các huyện ủy, - Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Nguyễn Văn An\n" +
		"Trang web có hơn 250 nhân sự làm việc tại trụ sở và từ xa qua Internet ngay từ đầu năm 2020 để phục vụ khách hàng trên cả nước.\n" +
		"- Hỗ trợ: (028) 3930.3279 _ 0906.229966 - Xin lỗi Quý khách vì sự bất tiện này! Tài khoản hiện đã đủ người dùng cùng lúc quy định.\n" +
		"KẾ HOẠCH\n(Ban hành kèm theo Kết luận số 12-KL/TU)\n1. Mục tiêu\nPhấn đấu đến năm 2027 có 95% trạm y tế cấp xã đạt chuẩn quốc gia về y tế cơ sở theo quy định hiện hành.\n"
	plan := false
	for _, d := range Drafts(Source{Title: "Kết luận số 12-KL/TU", Kind: "Kết luận", Number: "12-KL/TU", Pages: []string{text}}) {
		s := d.Question.Stem
		if strings.Contains(s, "Hỗ trợ") || strings.Contains(s, "nhân sự") {
			t.Errorf("the web page asked: %q", s)
		}
		plan = plan || strings.Contains(s, "trạm y tế cấp xã đạt chuẩn")
	}
	if !plan {
		t.Error("the plan issued after the signature not asked")
	}
}

// A notice's duties given "4.2. Giao Đảng uỷ Công an Trung ương chủ trì …"
// in the old spelling, with "4.1. Giao Đảng uỷ Chính phủ:" over points of
// its own, are asked who does them; its sentences about "đồng chí Tổng Bí
// thư" are its text, no worked example (round 22's Thông báo 432-TB/VPTW
// gave nothing).
func TestNoticeDutiesOldSpelling(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\nSố 432-TB/VPTW\nTHÔNG BÁO\nKẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ VỀ CÔNG TÁC CHĂM SÓC TRẺ EM\n" +
		"Ngày 24/11/2025, tại Trụ sở Trung ương Đảng, đồng chí Tổng Bí thư đã có buổi làm việc về công tác chăm sóc trẻ em và kết luận như sau:\n" +
		"1. Giảm tối đa số trẻ bị bỏ rơi mới, phấn đấu đến năm 2030 có 100% trẻ bị bỏ rơi được tiếp nhận, chăm sóc an toàn.\n" +
		"2. Về phân công nhiệm vụ của các cơ quan liên quan:\n" +
		"2.1. Giao Đảng uỷ Chính phủ:\n(i) Chỉ đạo Đảng uỷ Bộ Y tế chủ trì xây dựng quy trình liên thông tiếp nhận trẻ em bị bỏ rơi.\n" +
		"(ii) Chỉ đạo Đảng uỷ Bộ Giáo dục và Đào tạo chủ trì xây dựng các chương trình hỗ trợ hoà nhập cho trẻ.\n" +
		"2.2. Giao Đảng uỷ Công an Trung ương chủ trì, phối hợp với Đảng uỷ Bộ Tư pháp, Uỷ ban nhân dân các tỉnh chỉ đạo chính quyền cơ sở thực hiện đầy đủ các thủ tục pháp lý cho trẻ.\n" +
		"2.3. Giao Đảng uỷ Quốc hội chỉ đạo các cơ quan liên quan rà soát, hoàn thiện các quy định của pháp luật về trẻ em có hoàn cảnh đặc biệt.\n" +
		"2.4. Văn phòng Trung ương Đảng phối hợp theo dõi, đôn đốc, kịp thời tham mưu giải pháp tháo gỡ những khó khăn phát sinh trong quá trình triển khai.\n"
	who, target := false, false
	for _, d := range Drafts(Source{Title: "Thông báo số 432-TB/VPTW", Kind: "Thông báo", Number: "432-TB/VPTW", Pages: []string{text}}) {
		s := d.Question.Stem
		if strings.Contains(s, "cơ quan nào") && answerOf(d.Question) == "Đảng ủy Công an Trung ương" {
			who = true
		}
		target = target || strings.Contains(s, "trẻ bị bỏ rơi được tiếp nhận")
	}
	if !who {
		t.Error("the police's duty not asked")
	}
	if !target {
		t.Error("the target under the General Secretary's conclusion not asked")
	}
}

// "đồng chí Tổng Bí thư" is no made-up "đồng chí T" (round 22: the notice's
// first paragraph was taken for a worked example).
func TestPlaceholderNeedsTheLetterAlone(t *testing.T) {
	if example("Ngày 24/11/2025, đồng chí Tổng Bí thư đã có buổi làm việc với Đảng ủy Bộ Y tế.", nil) {
		t.Error("a sentence about the General Secretary taken for an example")
	}
	if !example("Đồng chí A, bí thư chi bộ, đã gương mẫu thực hiện.", nil) || !example("Tỉnh ủy B giao chỉ tiêu cho đồng chí X.", nil) {
		t.Error("a made-up name not seen")
	}
}

// "Trên 80%" is not offered 100 %, and a project's number ("Dự án 4",
// "Tiểu dự án 2") is no blank (round 22's Kế hoạch 153/KH-UBND).
func TestFloorsAndProjectNumbers(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN THÀNH PHỐ AN HÀ\nSố: 153/KH-UBND\nKẾ HOẠCH\nPhòng, chống ma túy đến năm 2030\n" +
		"Kế hoạch triển khai các dự án, tiểu dự án của Chương trình trên địa bàn thành phố như sau.\n" +
		"I. CHỈ TIÊU ĐẾN NĂM 2030\n1. Trên 80% các đơn vị chuyên trách phòng, chống tội phạm về ma túy được trang bị phương tiện hiện đại.\n" +
		"2. Trên 85% người nghiện ma túy được tư vấn, hỗ trợ điều trị tại cộng đồng.\n3. Trên 70% học sinh được tuyên truyền về tác hại của ma túy.\n" +
		"II. PHÂN CÔNG NHIỆM VỤ\n1. Công an thành phố chủ trì triển khai, thực hiện các nhiệm vụ được giao tại Dự án 4 về phòng, chống ma túy ở cơ sở.\n" +
		"2. Sở Y tế chủ trì triển khai, thực hiện các nhiệm vụ được giao tại Tiểu dự án 2 thuộc Dự án 6 về điều trị nghiện.\n"
	for _, d := range Drafts(Source{Title: "Kế hoạch số 153/KH-UBND", Kind: "Kế hoạch", Number: "153/KH-UBND", Pages: []string{text}}) {
		s := d.Question.Stem
		if strings.Contains(s, "án ……") {
			t.Errorf("a project's number asked: %q", s)
		}
		if strings.Contains(s, "Trên ……") || strings.Contains(s, "trên ……") {
			for _, o := range d.Question.Options {
				if o.Text == "100%" {
					t.Errorf("%q offers 100%%", s)
				}
			}
		}
	}
}
