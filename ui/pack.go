package ui

import (
	"context"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

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
	lib := s.lib
	type read struct {
		p  *library.Pack
		pv library.PackPreview
	}
	async(func() (read, error) {
		p, err := library.ReadPackFile(path, key)
		if err != nil || lib == nil {
			return read{p: p}, err
		}
		pv, err := lib.PreviewPack(context.Background(), p)
		return read{p, pv}, err
	}, func(r read, err error) {
		if err != nil {
			s.showError(err, path)
			return
		}
		p, pv := r.p, r.pv
		m := p.Manifest
		head := widget.NewLabelWithStyle(lang.X("pack.holds", "Gói “{{.Title}}” của {{.Unit}}, phiên bản {{.V}}: {{.N}} văn bản, {{.B}} ngân hàng câu hỏi.",
			map[string]any{"Title": m.Title, "Unit": m.Unit, "V": m.Version, "N": len(m.Documents), "B": len(m.Banks)}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.Wrapping = fyne.TextWrapWord
		var trust *widget.Label
		switch {
		case p.Verified:
			trust = wrapLabel(lang.X("pack.verified", "Gói của {{.Unit}} (đã xác minh).", map[string]any{"Unit": m.Unit}))
			trust.Importance = widget.SuccessImportance
		case p.Signed && key != "":
			trust = wrapLabel(lang.X("pack.bad_signature", "CẢNH BÁO: chữ ký của gói không khớp khoá đã nhập — gói có thể đã bị sửa hoặc không phải của đơn vị. Chỉ nhập khi chắc chắn về nguồn gốc."))
			trust.Importance = widget.DangerImportance
		default:
			trust = wrapLabel(lang.X("pack.unverified", "Gói chưa được xác minh (không có chữ ký, hoặc chưa nhập khoá của đơn vị)."))
			trust.Importance = widget.WarningImportance
		}
		trust.TextStyle.Bold = true
		body := container.NewVBox(head, trust, wrapLabel(packPreviewText(m, pv)),
			wrapLabel(lang.X("pack.ask", "Ghi chú và lịch ôn tập của bạn được giữ. Nhập gói?")))
		// (left-aligned and scrolling: a centred confirm ran its question
		// under the buttons at 1024×600 with the largest text)
		d := dialog.NewCustomConfirm(lang.X("pack.import_title", "Nhập gói học tập"), lang.X("pack.import_ok", "Nhập gói"), lang.X("dialog.cancel", "Huỷ"),
			container.NewVScroll(body), func(yes bool) {
				if yes {
					s.importPack(p, path)
				}
			}, s.win)
		size := s.win.Canvas().Size()
		d.Resize(fyne.NewSize(min(680, size.Width-20), min(520, size.Height-20)))
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
		if rep.Updated > 0 {
			msg += "\n" + lang.X("pack.updated", "{{.N}} văn bản của phiên bản trước được cập nhật tại chỗ; ghi chú được giữ.", map[string]any{"N": rep.Updated})
		}
		if rep.Plan != "" {
			msg += "\n" + lang.X("pack.plan_came", "Gói có kế hoạch học tập “{{.Title}}”: xem trong Ôn tập → Hôm nay.", map[string]any{"Title": rep.Plan})
		}
		s.showInfo(dialog.NewInformation(lang.X("pack.import_title", "Nhập gói học tập"), msg, s.win))
	})
}

// packPreviewText says what importing the pack would change: documents
// new and already there, an earlier version updated, the plan's days.
func packPreviewText(m library.PackManifest, pv library.PackPreview) string {
	msg := lang.X("pack.preview", "Sẽ thêm {{.New}} văn bản mới; {{.Present}} văn bản đã có trong thư viện được dùng lại.",
		map[string]any{"New": pv.New, "Present": pv.Present})
	if pv.Updated > 0 {
		msg += "\n" + lang.X("pack.preview_updated", "{{.N}} văn bản của phiên bản trước đã thay đổi và sẽ được cập nhật tại chỗ; ghi chú của bạn được giữ.", map[string]any{"N": pv.Updated})
	}
	if pv.Installed >= m.Version {
		msg += "\n" + lang.X("pack.preview_same", "Thư viện đã có gói này (phiên bản {{.Old}}); nhập lại chỉ thêm những gì còn thiếu.", map[string]any{"Old": pv.Installed})
	} else if pv.Installed > 0 {
		msg += "\n" + lang.X("pack.preview_update", "Thư viện đã có phiên bản {{.Old}} của gói này: gói sẽ cập nhật tại chỗ, giữ ghi chú và lịch ôn tập.",
			map[string]any{"Old": pv.Installed})
	}
	if m.Plan != nil {
		msg += "\n" + lang.X("pack.preview_plan", "Kèm kế hoạch học tập “{{.Title}}” ({{.From}} – {{.To}}), hiện trong Ôn tập → Hôm nay.",
			map[string]any{"Title": m.Plan.Title, "From": shortDay(pv.PlanFrom), "To": shortDay(pv.PlanTo)})
	}
	return msg
}
