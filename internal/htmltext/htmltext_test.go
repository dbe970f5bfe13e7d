package htmltext

import (
	"errors"
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	page := `<!doctype html><html><head><title>Thông báo 27</title><style>p{color:red}</style><script>var x = "Nghị quyết giả";</script></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav><header>Cổng thông tin</header>
<main><h1>THÔNG BÁO</h1><p>về việc tổ chức
   hội nghị học tập</p><h2>1. Thời gian</h2><p>Ngày <b>03</b> tháng 4 năm 2025.</p>
<table><tr><td>TT</td><td>Nội dung</td></tr><tr><td>1</td><td>Quán triệt</td></tr></table>
<div style="display: none">ẩn</div></main><footer>© 2025</footer></body></html>`
	r, err := Extract([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "THÔNG BÁO\nvề việc tổ chức hội nghị học tập\n1. Thời gian\nNgày 03 tháng 4 năm 2025.\nTT Nội dung\n1 Quán triệt"
	if r.Text != want {
		t.Errorf("text\n%q\nwant\n%q", r.Text, want)
	}
	if r.Title != "Thông báo 27" || len(r.Headings) != 2 || r.Headings[1] != (Heading{Offset: 43, Level: 2}) {
		t.Errorf("title %q headings %+v", r.Title, r.Headings)
	}
}

func TestLegacyCharset(t *testing.T) {
	// Windows-1258 bytes declared in a meta tag: "Cộng hoà" is C,ô,0xF2(dot below),n,g, ,h,o,a,0xCC(grave)
	page := append([]byte(`<html><head><meta charset="windows-1258"></head><body><p>`), []byte{'C', 0xF4, 0xF2, 'n', 'g', ' ', 'h', 'o', 'a', 0xCC}...)
	page = append(page, "</p></body></html>"...)
	r, err := Extract(page)
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "Cộng hoà" {
		t.Errorf("got %q", r.Text)
	}
}

// A page nested deeper than the parser goes is too complex, not damaged.
func TestDeepNesting(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div>", 600) + "Nghị quyết" + strings.Repeat("</div>", 600) + "</body></html>"
	if _, err := Extract([]byte(page)); !errors.Is(err, ErrTooComplex) {
		t.Fatalf("err = %v, want ErrTooComplex", err)
	}
}
