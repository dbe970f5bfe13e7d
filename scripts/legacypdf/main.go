// Command legacypdf writes a text as a PDF in a legacy Vietnamese font, the
// way old documents typed with .VnTime (TCVN3) or VNI-Times come out of a
// PDF printer: the font's name says which, the codes are the legacy bytes.
// TCVN3 toned capitals have no code of their own, so, as typists did, they
// switch to .VnTimeH and type the small letter.
//
//	go run ./scripts/legacypdf -enc tcvn3|vni IN.txt OUT.pdf
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"unicode/utf8"

	"sotay/internal/pdftext/minipdf"
	"sotay/internal/viet"
)

func main() {
	enc := flag.String("enc", "tcvn3", "tcvn3 or vni")
	flag.Parse()
	text, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	conv, fonts := viet.ConvertTCVN3, []string{".VnTime", ".VnTimeH"}
	if *enc == "vni" {
		conv, fonts = viet.ConvertVNI, []string{"VNI-Times", "VNI-Times"}
	}
	// The encoder: every one- and two-byte sequence, decoded; the shortest
	// sequence for each letter wins.
	codes := map[rune]string{}
	for a := 0x20; a <= 0xFF; a++ {
		for b := -1; b <= 0xFF; b++ {
			s := string(rune(a))
			if b >= 0 {
				if b < 0x80 {
					continue
				}
				s += string(rune(b))
			}
			out := conv(s)
			if out == s && a >= 0x80 && *enc == "vni" {
				continue // a byte the encoding does not use for this letter
			}
			if utf8.RuneCountInString(out) == 1 {
				r, _ := utf8.DecodeRuneInString(out)
				if old, ok := codes[r]; !ok || len([]rune(old)) > len([]rune(s)) {
					codes[r] = s
				}
			}
		}
	}
	f := minipdf.New()
	f1 := f.Font(fonts[0], "")
	f2 := f.Font(fonts[1], "")
	var content strings.Builder
	y := 842.0 - 60
	line := func(s string) {
		fmt.Fprintf(&content, "BT 56 %.1f Td ", y)
		font := 0
		var run []byte
		flush := func() {
			if len(run) > 0 {
				fmt.Fprintf(&content, "/F%d 12 Tf (%s) Tj ", font+1, escape(run))
				run = run[:0]
			}
		}
		for _, r := range s {
			want, code := 0, ""
			if c, ok := codes[r]; ok {
				code = c
			} else if c, ok := codes[[]rune(strings.ToLower(string(r)))[0]]; ok && *enc == "tcvn3" {
				want, code = 1, c // a toned capital: small letter in .VnTimeH
			} else {
				code = "?"
			}
			if want != font {
				flush()
				font = want
			}
			for _, c := range code {
				run = append(run, byte(c))
			}
		}
		flush()
		content.WriteString("ET\n")
		y -= 16
	}
	for l := range strings.Lines(string(text)) {
		l = strings.TrimRight(l, "\n")
		for utf8.RuneCountInString(l) > 85 { // wrap as a word processor would
			cut := strings.LastIndex(string([]rune(l)[:85]), " ")
			line(l[:cut])
			l = l[cut+1:]
		}
		if l != "" {
			line(l)
		} else {
			y -= 8
		}
		if y < 60 {
			break
		}
	}
	f.Page(fmt.Sprintf("/Font<</F1 %d 0 R/F2 %d 0 R>>", f1, f2), []byte(content.String()), true)
	if err := os.WriteFile(flag.Arg(1), f.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

func escape(b []byte) string {
	var s strings.Builder
	for _, c := range b {
		if c == '(' || c == ')' || c == '\\' {
			s.WriteByte('\\')
		}
		s.WriteByte(c)
	}
	return s.String()
}
