package ui

import (
	"context"
	"errors"
	"fmt"
	"sotay/library"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Correcting a document's facts: title, kind, number, issuer, date,
// place, signer, subject, collections, tags and validity.

// editDocument lets the user correct a document's title, kind, number,
// issuer and date; the list and the search index follow.
func (ls *LibraryScreen) editDocument(d library.Document) {
	lib := ls.lib
	type colls struct {
		in, all []library.Collection
		tags    []string
		doc     library.Document
	}
	async(func() (colls, error) {
		var c colls
		var err error
		if c.doc, err = lib.Document(context.Background(), d.ID); err != nil { // with its validity
			return c, err
		}
		if c.in, err = lib.DocumentCollections(context.Background(), d.ID); err != nil {
			return c, err
		}
		if c.tags, err = lib.Tags(context.Background(), d.ID); err != nil {
			return c, err
		}
		c.all, err = lib.Collections(context.Background())
		return c, err
	}, func(c colls, err error) {
		if err != nil {
			ls.shell.showError(err, lib.Path())
			return
		}
		ls.editForm(c.doc, c.in, c.all, c.tags)
	})
}

// editForm is the metadata form, with the document's collections as names
// separated by semicolons (new names make new collections).
func (ls *LibraryScreen) editForm(d library.Document, in, all []library.Collection, tagList []string) {
	lib := ls.lib
	title, kind, number, issuer, date := widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	title.SetText(d.Title)
	title.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(lang.X("edit.need_title", "Cần có tiêu đề"))
		}
		return nil
	}
	kind.SetText(d.Kind)
	number.SetText(d.Number)
	issuer.SetText(d.Issuer)
	date.SetText(displayDate(d.IssuedOn))
	date.SetPlaceHolder(lang.X("edit.date_hint", "ngày/tháng/năm, ví dụ 12/03/2025"))
	date.Validator = func(s string) error {
		if _, ok := parseDate(s); !ok {
			return errors.New(lang.X("edit.bad_date", "Ngày viết theo dạng ngày/tháng/năm, ví dụ 12/03/2025"))
		}
		return nil
	}
	place, signer, role, subject := widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	place.SetText(d.Place)
	signer.SetText(d.Signer)
	role.SetText(d.SignerRole)
	subject.SetText(d.Subject)
	names := func(cs []library.Collection) string {
		var n []string
		for _, c := range cs {
			n = append(n, c.Name)
		}
		return strings.Join(n, "; ")
	}
	collections := widget.NewEntry()
	collections.SetText(names(in))
	collections.SetPlaceHolder(lang.X("edit.collections_hint", "tên bộ sưu tập, ngăn bằng dấu ;"))
	if len(all) > 0 {
		collections.SetPlaceHolder(lang.X("edit.collections_have", "hiện có: {{.N}}", map[string]any{"N": clipText(names(all), 80)}))
	}
	validities := []string{"", library.ValidityInForce, library.ValidityExpired, library.ValidityReplaced}
	validNames := []string{lang.X("edit.validity_unknown", "Chưa rõ"), lang.X("edit.validity_in_force", "Còn hiệu lực"),
		lang.X("edit.validity_expired", "Hết hiệu lực"), lang.X("edit.validity_replaced", "Bị thay thế")}
	validity := newSelect(validNames, nil)
	validity.SetSelectedIndex(0)
	for i, v := range validities {
		if v == d.Validity {
			validity.SetSelectedIndex(i)
		}
	}
	tags := widget.NewEntry()
	tags.SetText(strings.Join(tagList, "; "))
	tags.SetPlaceHolder(lang.X("edit.tags_hint", "ví dụ: chuyển đổi số; học tập — ngăn bằng dấu ;"))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("edit.title", "Tiêu đề"), title),
		widget.NewFormItem(lang.X("edit.kind", "Loại văn bản"), kind),
		widget.NewFormItem(lang.X("edit.number", "Số hiệu"), number),
		widget.NewFormItem(lang.X("edit.issuer", "Cơ quan ban hành"), issuer),
		widget.NewFormItem(lang.X("edit.date", "Ngày ban hành"), date),
		widget.NewFormItem(lang.X("edit.place", "Địa danh"), place),
		widget.NewFormItem(lang.X("edit.signer", "Người ký"), signer),
		widget.NewFormItem(lang.X("edit.signer_role", "Chức vụ người ký"), role),
		widget.NewFormItem(lang.X("edit.subject", "Trích yếu"), subject),
		widget.NewFormItem(lang.X("edit.collections", "Bộ sưu tập"), collections),
		widget.NewFormItem(lang.X("edit.doc_tags", "Thẻ"), tags),
		widget.NewFormItem(lang.X("edit.validity", "Hiệu lực"), validity),
	}
	// The form scrolls inside a dialog no taller than the window: thirteen
	// fields at the largest text were taller than a 600 px screen, and the
	// buttons covered the last ones.
	form := widget.NewForm(items...)
	scroll := container.NewVScroll(form)
	size := ls.shell.win.Canvas().Size()
	scroll.SetMinSize(fyne.NewSize(min(620, size.Width-60), min(form.MinSize().Height, max(160, size.Height-180))))
	f := dialog.NewCustomConfirm(lang.X("edit.heading", "Sửa thông tin văn bản"), lang.X("edit.save", "Lưu"), lang.X("edit.cancel", "Huỷ"), scroll, func(ok bool) {
		if !ok {
			return
		}
		if err := form.Validate(); err != nil {
			ls.shell.showError(fmt.Errorf("%w: %v", library.ErrBadValue, err), "")
			return
		}
		iso, _ := parseDate(date.Text)
		m := library.Metadata{Title: title.Text, Kind: strings.TrimSpace(kind.Text), Number: strings.TrimSpace(number.Text),
			Issuer: strings.TrimSpace(issuer.Text), IssuedOn: iso, Place: strings.TrimSpace(place.Text),
			Signer: strings.TrimSpace(signer.Text), SignerRole: strings.TrimSpace(role.Text), Subject: strings.TrimSpace(subject.Text)}
		if i := validity.SelectedIndex(); i >= 0 {
			m.Validity = validities[i]
		}
		colls := strings.Split(collections.Text, ";")
		tagNames := strings.Split(tags.Text, ";")
		async(func() (struct{}, error) {
			if err := lib.UpdateMetadata(context.Background(), d.ID, m); err != nil {
				return struct{}{}, err
			}
			if err := lib.SetTags(context.Background(), d.ID, tagNames); err != nil {
				return struct{}{}, err
			}
			return struct{}{}, lib.SetDocumentCollections(context.Background(), d.ID, colls)
		}, func(_ struct{}, err error) {
			if err != nil {
				ls.shell.showError(err, lib.Path())
				return
			}
			ls.shell.reloadDocuments()
			if ls.reader.visible() && ls.reader.docID == d.ID {
				ls.reader.open(lib, library.Summary{ID: d.ID, Title: m.Title}, nil)
			}
		})
	}, ls.shell.win)
	ls.shell.showDialog(f)
}

// parseDate reads 12/03/2025, 12-3-2025 or 2025-03-12 (or nothing) as an
// ISO date.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	for _, layout := range []string{"2/1/2006", "2-1-2006", "2.1.2006", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}
