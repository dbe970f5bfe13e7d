package viet

import "testing"

func TestDecodeTyped(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nghij quyeets", "nghị quyết"},
		// shape keys after the final consonant, as Unikey and EVKey take them
		{"matwj traanj toor quoocs", "mặt trận tổ quốc"},
		{"mawtj traanj", "mặt trận"},
		{"thoiwf hieeuj", "thời hiệu"},
		{"tranaf duongwf ddongof dongd", "trần dường đồng đong"},
		{"nghi5 quye6t1", "nghị quyết"},
		{"ddaij hooij", "đại hội"},
		{"d9a5i ho6i5", "đại hội"},
		{"ddeef ans", "đề án"},
		{"ddangr booj", "đảng bộ"},
		{"truwowngf", "trường"},
		{"tru7o7ng2", "trường"},
		{"tru7o72ng", "trường"},
		{"Ddaf Nawngx", "Đà Nẵng"},
		{"hoaf", "hòa"},
		{"uyr ban", "ủy ban"},
		{"chuyeenr ddooir soos", "chuyển đổi số"},
		{"15-NQ/QU", "15-NQ/QU"},
		{"sinh hoajt", "sinh hoạt"},
		{"quyeset", "quyết"},
		{"nguwofi", "người"},
	}
	for _, tt := range tests {
		got, _ := DecodeTyped(tt.in)
		if got != tt.want {
			t.Errorf("DecodeTyped(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, plain := range []string{"nghi quyet dai hoi", "chuyen doi so", "Đà Nẵng", "covid class"} {
		if got, ok := DecodeTyped(plain); ok {
			t.Errorf("DecodeTyped(%q) changed it to %q", plain, got)
		}
	}
}

func TestPlaceToneAndToneKey(t *testing.T) {
	tests := []struct {
		base string
		tone Tone
		want string
	}{
		{"hoa", Huyen, "hòa"}, {"thuy", Sac, "thúy"}, {"uy", Hoi, "ủy"}, {"toan", Sac, "toán"},
		{"quyêt", Sac, "quyết"}, {"giai", Hoi, "giải"}, {"ngoai", Huyen, "ngoài"}, {"nghi", Nang, "nghị"},
		{"đươc", Nang, "được"}, {"mua", Huyen, "mùa"}, {"khuyu", Hoi, "khuỷu"}, {"gi", Huyen, "gì"},
	}
	for _, tt := range tests {
		if got := PlaceTone(tt.base, tt.tone); got != tt.want {
			t.Errorf("PlaceTone(%q, %d) = %q, want %q", tt.base, tt.tone, got, tt.want)
		}
	}
	if base, tone := StripTone("Quyết"); base != "Quyêt" || tone != Sac {
		t.Errorf("StripTone(Quyết) = %q, %d", base, tone)
	}
	same := [][2]string{{"hoà", "hòa"}, {"uỷ", "ủy"}, {"thuý", "thúy"}, {"Hoà Bình", "hòa bình"}, {"QUYẾT", "quyết"}}
	for _, p := range same {
		if ToneKey(p[0]) != ToneKey(p[1]) {
			t.Errorf("ToneKey(%q) = %q ≠ ToneKey(%q) = %q", p[0], ToneKey(p[0]), p[1], ToneKey(p[1]))
		}
	}
	differ := [][2]string{{"đã", "đà"}, {"đà", "đa"}, {"hoa", "họa"}, {"dang", "đang"}}
	for _, p := range differ {
		if ToneKey(p[0]) == ToneKey(p[1]) {
			t.Errorf("ToneKey(%q) = ToneKey(%q)", p[0], p[1])
		}
	}
	if got := ToneKey("Nghị quyết 15-NQ/QU của Đảng bộ, Hoà/hòa"); got != "nghi5 quye6t1 15-nq/qu cua3 d9ang3 bo65, hoa2/hoa2" {
		t.Errorf("ToneKey = %q", got)
	}
}

func TestTokenize(t *testing.T) {
	text := "Số 15-NQ/QU, ngày 12/3/2025: tỷ lệ đạt 96,4%; kết nạp 1.126 đảng viên (Công văn 42/CV-UB)."
	var got []string
	var kinds []TokenKind
	for _, tok := range Tokenize(text) {
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("offsets of %q are wrong", tok.Text)
		}
		got = append(got, tok.Text)
		kinds = append(kinds, tok.Kind)
	}
	want := []string{"Số", "15-NQ/QU", "ngày", "12/3/2025", "tỷ", "lệ", "đạt", "96,4%", "kết", "nạp", "1.126", "đảng", "viên", "Công", "văn", "42/CV-UB"}
	if len(got) != len(want) {
		t.Fatalf("tokens = %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("tokens = %q, want %q", got, want)
		}
	}
	if kinds[1] != DocNumber || kinds[3] != Number || kinds[7] != Number || kinds[15] != DocNumber {
		t.Errorf("kinds = %v", kinds)
	}
}

func TestHasMarks(t *testing.T) {
	for s, want := range map[string]bool{"nghi quyet": false, "nghị quyết": true, "dang": false, "đang": true,
		"Đ": true, "ư": true, "15-NQ/QU": false, "Nghi\u0323": true, "café": true} {
		if HasMarks(s) != want {
			t.Errorf("HasMarks(%q) = %v", s, !want)
		}
	}
}

func FuzzDecodeTyped(f *testing.F) {
	for _, s := range []string{"nghij quyeets", "d9a5i", "uwow", "9999", "ww w"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		DecodeTyped(s) // must not panic
		ToneKey(s)
		Tokenize(s)
	})
}

func BenchmarkToneKey(b *testing.B) {
	text := "Đại hội đại biểu Đảng bộ quận lần thứ III đã đề ra 15 chỉ tiêu, 3 khâu đột phá và 6 nhiệm vụ trọng tâm."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ToneKey(text)
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := "Số 15-NQ/QU, ngày 12/3/2025: tỷ lệ văn bản điện tử được ký số đạt 96,4%; kết nạp 1.126 đảng viên."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Tokenize(text)
	}
}

// Search operators are syntax, not Telex: "OR" is not "Ỏ", "NEAR(" not "Nẻa(".
func TestDecodeTypedLeavesOperators(t *testing.T) {
	for in, want := range map[string]string{
		"nghij quyeets OR ddaij hooij":   "nghị quyết OR đại hội",
		"NEAR(chi booj, kinh tees)":      "NEAR(chi bộ, kinh tế)",
		"ddaij hooij AND NOT theer thao": "đại hội AND NOT thể thao",
	} {
		if got, _ := DecodeTyped(in); got != want {
			t.Errorf("DecodeTyped(%q) = %q, want %q", in, got, want)
		}
	}
}
