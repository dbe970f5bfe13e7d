package ui

import (
	"context"
	"io"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// prefPackUnit is the unit named on the packs this PC makes.
const prefPackUnit = "pack_unit"

// packSource is one thing a pack can be made of: a plan, a collection, or
// the documents the list shows.
type packSource struct {
	label string
	plan  string
	coll  int64
	docs  []int64
}

// chooseExportPack asks what to pack (a plan, a collection, or the
// documents shown), its name and unit, and whether banks and original
// files go with it; then where to save it.
func (ls *LibraryScreen) chooseExportPack() {
	lib, s := ls.lib, ls.shell
	if lib == nil {
		return
	}
	var shown []int64
	for i := range ls.order {
		shown = append(shown, ls.doc(i).ID)
	}
	type loaded struct {
		plans []library.StudyPlan
		colls []library.Collection
	}
	async(func() (loaded, error) {
		var l loaded
		var err error
		if l.plans, err = lib.Plans(context.Background()); err != nil {
			return l, err
		}
		l.colls, err = lib.Collections(context.Background())
		return l, err
	}, func(l loaded, err error) {
		if err != nil {
			s.showError(err, "")
			return
		}
		var sources []packSource
		for _, p := range l.plans {
			sources = append(sources, packSource{label: lang.X("pack.source_plan", "Kế hoạch: {{.Name}}", map[string]any{"Name": p.Title}), plan: p.ID})
		}
		for _, c := range l.colls {
			sources = append(sources, packSource{label: lang.X("pack.source_collection", "Bộ sưu tập: {{.Name}}", map[string]any{"Name": c.Name}), coll: c.ID})
		}
		if len(shown) > 0 {
			sources = append(sources, packSource{label: lang.X("pack.source_shown", "Các văn bản đang hiện trong danh sách ({{.N}})", map[string]any{"N": len(shown)}), docs: shown})
		}
		if len(sources) == 0 {
			s.showInfo(dialog.NewInformation(lang.X("pack.export_title", "Xuất gói học tập"),
				lang.X("pack.nothing", "Thư viện chưa có văn bản nào để đóng gói. Hãy nhập văn bản trước."), s.win))
			return
		}
		ls.exportPackForm(sources)
	})
}

func (ls *LibraryScreen) exportPackForm(sources []packSource) {
	s, lib := ls.shell, ls.lib
	prefs := s.app.Preferences()
	var labels []string
	for _, src := range sources {
		labels = append(labels, src.label)
	}
	title := widget.NewEntry()
	auto := ""
	pick := newSelect(labels, func(label string) {
		// The name of a plan or collection is the pack's, until the user
		// writes another.
		if _, name, ok := cutLabel(label); ok && (title.Text == "" || title.Text == auto) {
			title.SetText(name)
			auto = name
		}
	})
	unit := widget.NewEntry()
	unit.SetText(prefs.String(prefPackUnit))
	unit.SetPlaceHolder(lang.X("pack.unit_hint", "VD: Ban Tuyên giáo Quận ủy"))
	banks := widget.NewCheck(lang.X("pack.with_banks", "Kèm ngân hàng câu hỏi của các văn bản"), nil)
	banks.SetChecked(true)
	originals := widget.NewCheck(lang.X("pack.with_originals", "Kèm tệp gốc (PDF, Word…) — gói lớn hơn"), nil)
	key := prefs.String(prefPackKey)
	sign := widget.NewCheck(lang.X("pack.sign", "Ký bằng khoá gói của đơn vị (Cài đặt → Khoá gói)"), nil)
	if key == "" {
		sign.Disable()
	} else {
		sign.SetChecked(true)
	}
	pick.SetSelected(labels[0])
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("pack.source", "Đóng gói"), pick),
		widget.NewFormItem(lang.X("pack.title", "Tên gói"), title),
		widget.NewFormItem(lang.X("pack.unit", "Đơn vị"), unit),
		widget.NewFormItem("", banks),
		widget.NewFormItem("", originals),
		widget.NewFormItem("", sign),
	}
	d := dialog.NewForm(lang.X("pack.export_title", "Xuất gói học tập"), lang.X("pack.export_ok", "Xuất gói…"), lang.X("dialog.cancel", "Huỷ"), items, func(ok bool) {
		if !ok {
			return
		}
		var src packSource
		for _, x := range sources {
			if x.label == pick.Selected {
				src = x
			}
		}
		prefs.SetString(prefPackUnit, unit.Text)
		opt := library.PackOptions{Title: title.Text, Unit: unit.Text, Banks: banks.Checked, Originals: originals.Checked, Plan: src.plan, Documents: src.docs}
		if sign.Checked {
			opt.Key = key
		}
		if opt.Title == "" {
			opt.Title = lang.X("pack.default_title", "Gói học tập")
		}
		var m library.PackManifest
		s.saveAs(opt.Title+".sotay", func(w io.Writer) error {
			ctx := context.Background()
			if src.coll != 0 {
				var err error
				if opt.Documents, err = lib.CollectionDocuments(ctx, src.coll); err != nil {
					return err
				}
			}
			var err error
			m, err = lib.ExportPack(ctx, w, opt)
			return err
		}, func(path string) {
			msg := lang.X("pack.exported", "Đã xuất gói học tập {{.File}}: {{.N}} văn bản, {{.B}} ngân hàng câu hỏi (mã gói {{.ID}}, phiên bản {{.V}}).",
				map[string]any{"File": path, "N": len(m.Documents), "B": len(m.Banks), "ID": m.ID, "V": m.Version})
			if m.Plan != nil {
				msg += "\n" + lang.X("pack.exported_plan", "Gói kèm kế hoạch học tập “{{.Title}}”.", map[string]any{"Title": m.Plan.Title})
			}
			if opt.Key == "" {
				msg += "\n" + lang.X("pack.exported_unsigned", "Gói không được ký: người nhận sẽ thấy “chưa xác minh”. Đặt khoá gói trong Cài đặt để ký.")
			}
			s.showInfo(dialog.NewInformation(lang.X("pack.export_title", "Xuất gói học tập"), msg, s.win))
		})
	}, s.win)
	s.showWide(d)
}

// cutLabel splits "Kế hoạch: Tên" into its kind and name.
func cutLabel(label string) (string, string, bool) {
	for i := 0; i+1 < len(label); i++ {
		if label[i] == ':' && label[i+1] == ' ' {
			return label[:i], label[i+2:], true
		}
	}
	return "", "", false
}
