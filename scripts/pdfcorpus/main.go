// Command pdfcorpus measures Sổ tay's PDF reading on folders of PDFs that
// nobody here made (public test corpora of PDF libraries), with poppler's
// pdftotext as the reference for what text is there. For each file whose
// pdftotext text has more than 200 characters it compares the multisets
// of non-space characters (so that reading order does not hide lost or
// added characters) and reports files that differ by more than 2 %, crash,
// time out or give control characters. Sổ tay reads each file the way
// import does (library/docread, OCR off) with pdftotext removed from PATH.
//
//	go run -tags sqlite_fts5 ./scripts/pdfcorpus [-v] DIR…
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"sotay/internal/viet"
	"sotay/library/docread"
)

type result struct {
	name             string
	refChars         int
	diff             float64 // multiset difference / reference size
	lost, added      string  // samples
	err              string
	controls         int
	took             time.Duration
	encrypted, timed bool
	legacy           bool // also compared with the reference converted from TCVN3/VNI
}

func main() {
	verbose := flag.Bool("v", false, "list every file over 2 %")
	flag.Parse()
	ref, err := exec.LookPath("pdftotext")
	info, err2 := exec.LookPath("pdfinfo")
	if err != nil || err2 != nil {
		fmt.Fprintln(os.Stderr, "pdftotext and pdfinfo (poppler-utils) are the reference and must be installed")
		os.Exit(1)
	}
	pdfinfo = info
	// Sổ tay must not use pdftotext: PATH without its folder.
	var path []string
	for _, p := range filepath.SplitList(os.Getenv("PATH")) {
		if _, err := os.Stat(filepath.Join(p, "pdftotext")); err != nil {
			path = append(path, p)
		}
	}
	os.Setenv("PATH", strings.Join(path, string(os.PathListSeparator)))

	var files []string
	for _, dir := range flag.Args() {
		m, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
		files = append(files, m...)
	}
	sort.Strings(files)
	results := make([]*result, len(files))
	var wg sync.WaitGroup
	work := make(chan int)
	for range 2 {
		wg.Go(func() {
			for i := range work {
				results[i] = measure(ref, files[i])
			}
		})
	}
	for i := range files {
		work <- i
	}
	close(work)
	wg.Wait()

	var kept, within, failed, timeouts, controls, enc, encOpened, legacy int
	var total time.Duration
	var worst []*result
	for _, r := range results {
		if r == nil {
			continue
		}
		kept++
		total += r.took
		if r.encrypted {
			enc++
			if r.err == "" {
				encOpened++
			}
		}
		switch {
		case r.timed:
			timeouts++
		case r.err != "":
			failed++
		}
		if r.controls > 0 {
			controls++
		}
		if r.legacy {
			legacy++
		}
		if r.err == "" && r.diff <= 0.02 {
			within++
		} else {
			worst = append(worst, r)
		}
	}
	fmt.Printf("files with > 200 characters of pdftotext text: %d (of %d PDFs)\n", kept, len(files))
	fmt.Printf("within 2 %% of pdftotext (character multiset): %d (%.1f %%)\n", within, 100*float64(within)/float64(max(kept, 1)))
	fmt.Printf("errors: %d, of which timeouts: %d; files with control characters: %d\n", failed, timeouts, controls)
	fmt.Printf("encrypted files pdftotext opens: %d, Sổ tay opens: %d\n", enc, encOpened)
	fmt.Printf("TCVN3/VNI files (also compared with the reference converted from the encoding): %d\n", legacy)
	fmt.Printf("time reading them all: %.1f s\n", total.Seconds())
	sort.Slice(worst, func(a, b int) bool { return worst[a].diff > worst[b].diff })
	if *verbose {
		for _, r := range worst {
			fmt.Printf("%6.1f %%  %-40s %6d chars  %s lost %q added %q\n", 100*r.diff, r.name, r.refChars, r.err, r.lost, r.added)
		}
	}
}

func measure(ref, path string) *result {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	out, err := reference(ctx, ref, path)
	if err != nil {
		return nil
	}
	refText := norm.NFC.String(string(out))
	refSet := chars(refText)
	n := 0
	for _, c := range refSet {
		n += c
	}
	if n <= 200 {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	r := &result{name: filepath.Base(path), refChars: n, encrypted: isEncrypted(data)}
	start := time.Now()
	doc, err := docread.Read(context.Background(), path, data, docread.Options{OCR: "off"})
	r.took = time.Since(start)
	if err != nil {
		r.err = err.Error()
		r.timed = errors.Is(err, docread.ErrTimeout)
		r.diff = 1
		return r
	}
	text := strings.Join(doc.Pages, "\n")
	for _, c := range text {
		if c < 0x20 && c != '\n' && c != '\t' && c != '\f' || c >= 0x7F && c <= 0x9F {
			r.controls++
		}
	}
	ours := chars(text)
	r.diff, r.lost, r.added = compare(refSet, n, ours)
	// A TCVN3 or VNI document: pdftotext gives its bytes as Latin-1
	// letters. It is also compared with pdftotext's text converted from
	// the encoding Sổ tay reported (the whole text, without Sổ tay's
	// per-font choices), and the closer reading counts.
	for _, w := range doc.Warnings {
		conv := map[string]func(string) string{"legacy-tcvn3": viet.ConvertTCVN3, "legacy-vni": viet.ConvertVNI}[w]
		if conv == nil {
			continue
		}
		r.legacy = true
		cs := chars(conv(refText))
		m := 0
		for _, k := range cs {
			m += k
		}
		if d, lost, added := compare(cs, m, ours); d < r.diff {
			r.diff, r.lost, r.added = d, lost, added
		}
	}
	return r
}

// compare is the multiset difference of two texts' characters relative to
// the reference's size n, with samples of what was lost and added.
func compare(ref map[rune]int, n int, ours map[rune]int) (float64, string, string) {
	d := 0
	var lost, added []rune
	for c, k := range ref {
		if ours[c] < k {
			d += k - ours[c]
			if len(lost) < 12 {
				lost = append(lost, c)
			}
		}
	}
	for c, k := range ours {
		if ref[c] < k {
			d += k - ref[c]
			if len(added) < 12 {
				added = append(added, c)
			}
		}
	}
	return float64(d) / float64(max(n, 1)), string(lost), string(added)
}

// chars counts the characters that are not space or invisible format
// marks (pdftotext adds bidi embeddings around right-to-left text);
// ligatures and other compatibility forms are counted as what they stand
// for (pdftotext writes "fi" for "ﬁ" from some fonts and not from others).
func chars(s string) map[rune]int {
	m := map[rune]int{}
	for _, c := range norm.NFKC.String(s) {
		if !unicode.IsSpace(c) && !unicode.Is(unicode.Cf, c) {
			m[c]++
		}
	}
	return m
}

// reference is pdftotext's text of the file. pdftotext reads the whole
// media box; where a page's crop box (what viewers show, and Sổ tay reads)
// is smaller, that page is read again with the crop box as the area
// (-x -y -W -H), the boxes as pdfinfo (poppler) reports them.
func reference(ctx context.Context, ref, path string) ([]byte, error) {
	whole, err := exec.CommandContext(ctx, ref, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		return nil, err
	}
	info, err := exec.CommandContext(ctx, pdfinfo, "-box", "-f", "1", "-l", "100000", path).Output()
	if err != nil {
		return whole, nil
	}
	type box struct{ x0, y0, x1, y1 float64 }
	media, crop, rot := map[int]box{}, map[int]box{}, map[int]int{}
	for _, line := range strings.Split(string(info), "\n") {
		var page int
		var b box
		var r int
		switch {
		case strings.Contains(line, "MediaBox:"):
			fmt.Sscanf(line, "Page %d MediaBox: %f %f %f %f", &page, &b.x0, &b.y0, &b.x1, &b.y1)
			media[page] = b
		case strings.Contains(line, "CropBox:"):
			fmt.Sscanf(line, "Page %d CropBox: %f %f %f %f", &page, &b.x0, &b.y0, &b.x1, &b.y1)
			crop[page] = b
		case strings.Contains(line, "rot:"):
			fmt.Sscanf(line, "Page %d rot: %d", &page, &r)
			rot[page] = r
		}
	}
	cropped := false
	for p, c := range crop {
		if m := media[p]; rot[p] == 0 && (c.x0 > m.x0+1 || c.y0 > m.y0+1 || c.x1 < m.x1-1 || c.y1 < m.y1-1) {
			cropped = true
		}
	}
	if !cropped {
		return whole, nil
	}
	var out []byte
	for p := 1; p <= len(media); p++ {
		args := []string{"-enc", "UTF-8", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p)}
		if c, m := crop[p], media[p]; rot[p] == 0 {
			args = append(args, "-x", fmt.Sprintf("%.0f", c.x0-m.x0), "-y", fmt.Sprintf("%.0f", m.y1-c.y1),
				"-W", fmt.Sprintf("%.0f", c.x1-c.x0), "-H", fmt.Sprintf("%.0f", c.y1-c.y0))
		}
		page, err := exec.CommandContext(ctx, ref, append(args, path, "-")...).Output()
		if err != nil {
			return whole, nil
		}
		out = append(out, page...)
	}
	return out, nil
}

var pdfinfo string

func isEncrypted(data []byte) bool {
	tail := data[max(0, len(data)-4096):]
	return strings.Contains(string(tail), "/Encrypt") || strings.Contains(string(data[:min(len(data), 4096)]), "/Encrypt")
}
