package pdftext

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sotay/internal/viet"
)

const sharedFixtures = "../../../shared/fixtures/pdf"

func extractFile(t *testing.T, path, password string) (*Result, error) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Extract(context.Background(), data, Options{Password: password})
}

// checkTruths extracts every NAME.pdf with a NAME.truth.txt in dir and
// checks its character error rate.
func checkTruths(t *testing.T, dir string, limit func(name string) float64, password func(name string) string) int {
	truths, _ := filepath.Glob(filepath.Join(dir, "*.truth.txt"))
	n := 0
	for _, tf := range truths {
		name := strings.TrimSuffix(filepath.Base(tf), ".truth.txt")
		max := limit(name)
		if max < 0 {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			truth, _ := os.ReadFile(tf)
			res, err := extractFile(t, filepath.Join(dir, name+".pdf"), password(name))
			if err != nil {
				t.Fatal(err)
			}
			if cer := CER(string(truth), strings.Join(res.Pages, "\n")); cer > max {
				t.Errorf("CER %.2f %% > %.2f %%\n%s", 100*cer, 100*max, strings.Join(res.Pages, "\n\f"))
			}
			for i, p := range res.Pages {
				if strings.ContainsRune(p, '\f') || strings.ContainsRune(p, '\uFFFD') {
					t.Errorf("page %d holds a form feed or U+FFFD", i+1)
				}
			}
		})
	}
	return n
}

func TestOwnPDFs(t *testing.T) {
	n := checkTruths(t, "testdata", func(name string) float64 {
		switch {
		case strings.HasPrefix(name, "scan-"):
			return -1 // OCR: see library's tests
		case strings.HasPrefix(name, "legacy-"):
			return 0.02
		case strings.HasPrefix(name, "tesseract-"):
			return 0.05
		}
		return 0.005
	}, func(name string) string {
		if strings.Contains(name, "userpw") {
			return "chibo2025"
		}
		return ""
	})
	if n < 9 {
		t.Fatalf("only %d test PDFs with truth in testdata", n)
	}
}

func TestSharedFixtures(t *testing.T) {
	if _, err := os.Stat(sharedFixtures); err != nil {
		t.Skip("../shared/fixtures is not beside the repository (a plain clone); testdata covers the same ground")
	}
	checkTruths(t, sharedFixtures, func(name string) float64 {
		switch {
		case strings.HasPrefix(name, "scan-"):
			return -1
		case strings.HasPrefix(name, "legacy-"):
			return 0.02
		}
		return 0.005
	}, func(string) string { return "hongtien2025" })
	res, err := extractFile(t, filepath.Join(sharedFixtures, "scan-image-only.pdf"), "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(strings.Join(res.Pages, "")) != "" || len(res.Scans) != 1 || res.Scans[0].Format != "jpeg" {
		t.Errorf("scan: pages %q, scans %d", res.Pages, len(res.Scans))
	}
}

func TestLegacyFontsReported(t *testing.T) {
	for file, enc := range map[string]viet.Encoding{"legacy-tcvn3.pdf": viet.TCVN3, "legacy-vni.pdf": viet.VNI} {
		res, err := extractFile(t, filepath.Join("testdata", file), "")
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Legacy) != 1 || res.Legacy[0] != enc {
			t.Errorf("%s: legacy %v, want %v", file, res.Legacy, enc)
		}
		if !strings.Contains(res.Pages[0], "Số 112-CV/HU") || !strings.Contains(res.Pages[0], "HUYỆN UỶ TÂY GIANG") {
			t.Errorf("%s: capitals wrong:\n%s", file, res.Pages[0][:200])
		}
	}
}

func TestPasswords(t *testing.T) {
	path := filepath.Join("testdata", "enc-aes128-userpw.pdf")
	if _, err := extractFile(t, path, ""); !errors.Is(err, ErrPassword) {
		t.Errorf("no password: %v, want ErrPassword", err)
	}
	if _, err := extractFile(t, path, "sai-mat-khau"); !errors.Is(err, ErrBadPassword) {
		t.Errorf("wrong password: %v, want ErrBadPassword", err)
	}
	if res, err := extractFile(t, path, "chibo2025"); err != nil || !strings.Contains(res.Pages[0], "NGHỊ QUYẾT") {
		t.Errorf("right password: %v", err)
	}
	if res, err := extractFile(t, filepath.Join("testdata", "enc-owner-only.pdf"), ""); err != nil || !strings.Contains(res.Pages[0], "THÔNG BÁO") {
		t.Errorf("owner password only: %v", err)
	}
	// A password typed for a batch does not lock out a file that needs none.
	if res, err := extractFile(t, filepath.Join("testdata", "enc-owner-only.pdf"), "chibo2025"); err != nil || !strings.Contains(res.Pages[0], "THÔNG BÁO") {
		t.Errorf("owner password only, another password given: %v", err)
	}
	if res, err := extractFile(t, filepath.Join("testdata", "enc-aes256.pdf"), "chibo2025"); err != nil || !strings.Contains(res.Pages[0], "THÔNG BÁO") {
		t.Errorf("AES-256 with its password: %v", err)
	}
	if _, err := extractFile(t, filepath.Join("testdata", "enc-aes256.pdf"), ""); !errors.Is(err, ErrPassword) {
		t.Errorf("AES-256 without a password: %v, want ErrPassword", err)
	}
}

// TestEveryStandardSecurityHandler opens files qpdf 11.3 encrypted with
// each revision of the standard security handler (scripts/mktestpdfs.sh),
// with the user password and with the owner password "chu".
func TestEveryStandardSecurityHandler(t *testing.T) {
	truth, err := os.ReadFile(filepath.Join("testdata", "chromium-thongbao.truth.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for file, user := range map[string]string{
		"enc-rc4-40.pdf":          "",          // R2, RC4 40-bit: the key is 5 bytes, the object keys 10
		"enc-rc4-128.pdf":         "chibo2025", // R3, RC4 128-bit
		"enc-v4-rc4.pdf":          "",          // R4 with RC4 (V2) crypt filters
		"enc-aes256-r5.pdf":       "",          // R5, AES-256 (Acrobat 9)
		"enc-aes256-r6-empty.pdf": "",          // R6, AES-256 (ISO 32000-2)
	} {
		for _, pw := range []string{user, "chu"} {
			res, err := extractFile(t, filepath.Join("testdata", file), pw)
			if err != nil {
				t.Errorf("%s with %q: %v", file, pw, err)
				continue
			}
			if c := CER(string(truth), strings.Join(res.Pages, "\n")); c > 0.02 {
				t.Errorf("%s with %q: CER %.3f:\n%.300s", file, pw, c, res.Pages[0])
			}
		}
	}
}

func TestMergedFileKeepsEachPartsFonts(t *testing.T) {
	res, err := extractFile(t, filepath.Join("testdata", "qpdf-merged.pdf"), "")
	if err != nil {
		t.Fatal(err)
	}
	last := res.Pages[len(res.Pages)-1]
	if !strings.Contains(last, "THÔNG BÁO") || !strings.Contains(res.Pages[0], "NGHỊ QUYẾT") {
		t.Errorf("merged file decoded wrongly:\nfirst %q\nlast %q", res.Pages[0][:80], last[:80])
	}
}

// PDFs typeset with VnTeX (pdfLaTeX, T5 encoding) use fonts named VNR12,
// VNBX12, VNTI12 — names shaped like TCVN3's .VnTime — with right
// ToUnicode maps. The maps win; the names alone never make text "legacy".
func TestVnTeXFontsKeepTheirToUnicode(t *testing.T) {
	res, err := extractFile(t, filepath.Join("testdata", "tex-vntex-baitap.pdf"), "")
	if err != nil {
		t.Fatal(err)
	}
	truth, _ := os.ReadFile(filepath.Join("testdata", "tex-vntex-baitap.truth.txt"))
	got := strings.Join(res.Pages, "\n")
	if c := CER(string(truth), got); c > 0.02 || len(res.Legacy) > 0 || !strings.HasPrefix(got, "BÀI TẬP XÁC SUẤT THỐNG KÊ") {
		t.Errorf("CER %.3f, legacy %v:\n%s", c, res.Legacy, got)
	}
	for _, r := range got {
		if r < 0x20 && r != '\n' || r >= 0x7F && r <= 0x9F {
			t.Fatalf("control character %U in %q", r, got)
		}
	}
}

// Encrypted streams without /Length (qpdf QDF output with the key renamed
// by hand, offsets kept): the data runs to "endstream" and still decrypts.
func TestEncryptedStreamsWithoutLength(t *testing.T) {
	truth, err := os.ReadFile(filepath.Join("testdata", "lo-docx-nghiquyet.truth.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"enc-rc4-no-length.pdf", "enc-aes128-no-length.pdf"} {
		res, err := extractFile(t, filepath.Join("testdata", name), "")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if c := CER(string(truth), strings.Join(res.Pages, "\n")); c > 0.01 {
			t.Errorf("%s: CER %.3f", name, c)
		}
	}
}
