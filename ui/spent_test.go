package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"sotay/library"
)

// draftsSayWhy imports text, opens it by its row's label, asks for draft
// questions and returns whether the window's message holds both title
// and reason.
func draftsSayWhy(t *testing.T, text, row, title, reason string) bool {
	t.Helper()
	db := filepath.Join(t.TempDir(), "sotay.db")
	s := newTestShell(t, db)
	other, err := library.Open(context.Background(), db, library.OpenOptions{Write: true})
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(t.TempDir(), "van-ban.txt")
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Import(context.Background(), []string{src}, library.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	other.Close()
	s.refreshIfChanged()
	pump()
	tapText(t, s, row)
	moreAction(t, s.library.reader, "Soạn câu hỏi")
	pump()
	top := s.win.Canvas().Overlays().Top()
	return top != nil && findLabel(top, title) != nil && findLabel(top, reason) != nil
}

// A trainer who asks for draft questions from a campaign plan for a
// congress long over is told why none come, in the window (round 115:
// such plans' drafts were dropped as stale).
func TestDraftsFromASpentCampaignSayWhy(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 07/KH-UBND\nBắc Nam, ngày 05 tháng 10 năm 2020\nKẾ HOẠCH\nTHI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII CỦA ĐẢNG\n" +
		"Mỗi xã, phường chọn 02 tập thể tiêu biểu đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen trước ngày 15 tháng 01 năm 2021.\n"
	if !draftsSayWhy(t, text, "Kế hoạch số 07/KH-UBND", "Văn bản đã hết thời gian áp dụng", "phục vụ một sự kiện đã qua") {
		t.Fatal("no message saying the campaign's event is over")
	}
}

// A customs ruling on one firm's goods gives no drafts, and the trainer
// is told why (rounds 118–119: its product's figures were asked).
func TestDraftsFromACustomsRulingSayWhy(t *testing.T) {
	text := "BỘ TÀI CHÍNH\nCỤC HẢI QUAN\nSố: 37001/TB-CHQ\nHà Nội, ngày 21 tháng 11 năm 2025\nTHÔNG BÁO\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\nCỤC TRƯỞNG CỤC\nHẢI QUAN\n" +
		"Mô tả hàng hóa: đồng hồ thông minh, khối lượng 27g, kích thước màn hình 1,82 inch, chống nước theo chuẩn 5 ATM, gồm cảm biến IMU 9 trục.\n"
	if !draftsSayWhy(t, text, "Thông báo số 37001/TB-CHQ", "Văn bản không có nội dung để ôn tập", "giải quyết một trường hợp riêng") {
		t.Fatal("no message saying the ruling has nothing to study")
	}
}
