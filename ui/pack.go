package ui

import (
	"context"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"sotay/library"
)

// prefPackKey is the unit's shared passphrase that verifies study packs.
const prefPackKey = "pack_key"

// isPack reports a study pack by its name (a double-click on a .sotay file
// opens the app with it).
func isPack(path string) bool { return strings.EqualFold(filepath.Ext(path), ".sotay") }

// openPack reads and checks a study pack in the background, shows what it
// holds and whether it is verified, and imports it when the user agrees.
func (s *Shell) openPack(path string) {
	key := s.app.Preferences().String(prefPackKey)
	async(func() (*library.Pack, error) {
		return library.ReadPackFile(path, key)
	}, func(p *library.Pack, err error) {
		if err != nil {
			s.showError(err, path)
			return
		}
		m := p.Manifest
		msg := lang.X("pack.holds", "Gói “{{.Title}}” của {{.Unit}}, phiên bản {{.V}}: {{.N}} văn bản, {{.B}} ngân hàng câu hỏi.",
			map[string]any{"Title": m.Title, "Unit": m.Unit, "V": m.Version, "N": len(m.Documents), "B": len(m.Banks)})
		switch {
		case p.Verified:
			msg += "\n" + lang.X("pack.verified", "Gói của {{.Unit}} (đã xác minh).", map[string]any{"Unit": m.Unit})
		case p.Signed && key != "":
			msg += "\n" + lang.X("pack.bad_signature", "CẢNH BÁO: chữ ký của gói không khớp khoá đã nhập — gói có thể đã bị sửa hoặc không phải của đơn vị. Chỉ nhập khi chắc chắn về nguồn gốc.")
		default:
			msg += "\n" + lang.X("pack.unverified", "Gói chưa được xác minh (không có chữ ký, hoặc chưa nhập khoá của đơn vị).")
		}
		msg += "\n" + lang.X("pack.ask", "Văn bản đã có trong thư viện được dùng lại; ghi chú và lịch ôn tập của bạn được giữ. Nhập gói?")
		d := dialog.NewConfirm(lang.X("pack.import_title", "Nhập gói học tập"), msg, func(yes bool) {
			if yes {
				s.importPack(p, path)
			}
		}, s.win)
		s.showDialog(d)
	})
}

// importPack brings a checked pack into the open library.
func (s *Shell) importPack(p *library.Pack, path string) {
	lib := s.lib
	if lib == nil {
		return
	}
	async(func() (library.PackReport, error) {
		return lib.ImportPack(context.Background(), p)
	}, func(rep library.PackReport, err error) {
		if err != nil {
			s.showError(err, path)
			return
		}
		s.reloadDocuments()
		if s.review != nil {
			s.review.setLibrary(lib)
		}
		msg := lang.X("pack.imported", "Đã nhập gói: {{.Added}} văn bản mới, {{.Linked}} văn bản đã có được dùng lại, {{.Q}} câu hỏi mới trong {{.B}} ngân hàng.",
			map[string]any{"Added": rep.Added, "Linked": rep.Linked, "Q": rep.Questions, "B": len(rep.Banks)})
		s.showInfo(dialog.NewInformation(lang.X("pack.import_title", "Nhập gói học tập"), msg, s.win))
	})
}
