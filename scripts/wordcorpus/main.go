// Command wordcorpus measures how Sổ tay reads real Word files against two
// references: pandoc (the text a .docx holds) and LibreOffice (the text as
// it prints, automatic numbers included). The corpus is a folder of
// subfolders laws/, forms/, notes/, doc/ (documents) and banks/ (question
// banks), gathered from public repositories and never committed (see
// docs/PERFORMANCE.md for the list of files and sources).
//
//	go run -tags sqlite_fts5 ./scripts/wordcorpus -corpus /work/corpus15
//
// For each document it reports the title, kind, number and issuer Sổ tay
// found, the share of pandoc's words that Sổ tay's text holds (recall) and
// of Sổ tay's words that pandoc's holds (precision: text read twice lowers
// it), and how many automatically numbered paragraphs read exactly as
// LibreOffice prints them. For each bank: questions imported, problems,
// and the first questions with their keys, to check by hand.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"sotay/internal/docx"
	"sotay/internal/officeconv"
	"sotay/internal/viet"
	"sotay/library"
	"sotay/library/quiz/formats"
)

func main() {
	corpus := flag.String("corpus", "", "the corpus folder")
	verbose := flag.Bool("v", false, "list numbered paragraphs LibreOffice prints otherwise, and every bank problem")
	banksOnly := flag.Bool("banks", false, "measure the question banks only")
	dump := flag.String("dump", "", "print a .docx's text as a question bank reads it (emphasis in ⟦⟧, pictures as ▣) and stop")
	flag.Parse()
	if *dump != "" {
		data, err := os.ReadFile(*dump)
		if err != nil {
			panic(err)
		}
		res, err := docx.ExtractMarked(data)
		if err != nil {
			panic(err)
		}
		fmt.Println(strings.NewReplacer(string(docx.MarkStart), "⟦", string(docx.MarkEnd), "⟧", string(docx.ImageMark), "▣").Replace(res.Text))
		return
	}
	if *corpus == "" {
		fmt.Fprintln(os.Stderr, "usage: wordcorpus -corpus DIR [-v]")
		os.Exit(2)
	}
	ctx := context.Background()
	tmp, err := os.MkdirTemp("", "wordcorpus-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmp)
	lib, err := library.Open(ctx, filepath.Join(tmp, "lib.db"), library.OpenOptions{})
	if err != nil {
		panic(err)
	}
	defer lib.Close()

	var totNum, okNum int
	var recallSum, precSum float64
	var docs int
	folders := []string{"laws", "forms", "notes", "doc"}
	if *banksOnly {
		folders = nil
	}
	for _, folder := range folders {
		files, _ := filepath.Glob(filepath.Join(*corpus, folder, "*"))
		sort.Strings(files)
		for _, f := range files {
			ext := strings.ToLower(filepath.Ext(f))
			if ext != ".docx" && ext != ".doc" && ext != ".rtf" && ext != ".odt" {
				continue
			}
			start := time.Now()
			var got library.ImportResult
			_, err := lib.Import(ctx, []string{f}, library.ImportOptions{OCR: "off", Progress: func(p library.ImportProgress) { got = p.Result }})
			took := time.Since(start)
			if err != nil || got.ID == 0 {
				fmt.Printf("%-6s %-40s IMPORT FAILED %v %+v\n", folder, filepath.Base(f), err, got)
				continue
			}
			d, _ := lib.Document(ctx, got.ID)
			text, _ := lib.Text(ctx, d.ID)
			docxPath := f
			if ext != ".docx" {
				data, _ := os.ReadFile(f)
				conv, err := officeconv.ToDOCX(ctx, data, ext)
				if err != nil {
					fmt.Println("convert:", err)
					continue
				}
				docxPath = filepath.Join(tmp, filepath.Base(f)+".docx")
				os.WriteFile(docxPath, conv, 0o644)
			}
			ref := pandoc(docxPath)
			rec, prec := overlap(words(ref), words(text))
			recallSum += rec
			precSum += prec
			docs++
			data, _ := os.ReadFile(docxPath)
			res, _ := docx.Extract(data)
			printed := norm(libreText(ctx, docxPath))
			n, ok := 0, 0
			var missed []string
			for _, p := range res.Numbered {
				n++
				if strings.Contains(printed, norm(clip(p, 40))) {
					ok++
				} else {
					missed = append(missed, clip(p, 60))
				}
			}
			totNum += n
			okNum += ok
			fmt.Printf("%-6s %-36s %5.0fms words %5.1f%% / %5.1f%%  numbered %d/%d\n       title %q · kind %q · number %q · issuer %q\n",
				folder, filepath.Base(f), float64(took.Microseconds())/1000, 100*rec, 100*prec, ok, n, d.Title, d.Kind, d.Number, d.Issuer)
			if *verbose {
				for _, m := range missed[:min(len(missed), 5)] {
					fmt.Printf("       not as printed: %q\n", m)
				}
			}
		}
	}
	fmt.Printf("\nDOCUMENTS %d: mean word recall %.1f%%, precision %.1f%%; numbered paragraphs as printed %d/%d (%.1f%%)\n\n",
		docs, 100*recallSum/float64(docs), 100*precSum/float64(docs), okNum, totNum, 100*float64(okNum)/float64(max(totNum, 1)))

	files, _ := filepath.Glob(filepath.Join(*corpus, "banks", "*"))
	sort.Strings(files)
	var totQ, totP int
	for _, f := range files {
		start := time.Now()
		format, items, err := library.ReadQuestionFile(ctx, f, "")
		took := time.Since(start)
		if err != nil {
			fmt.Printf("bank %-40s ERROR %v\n", filepath.Base(f), err)
			continue
		}
		q, p, pics := 0, 0, 0
		var probs []string
		for _, it := range items {
			if it.Err != nil {
				p++
				probs = append(probs, it.Err.Error())
			} else {
				q++
				pics += len(it.Q.Images)
			}
		}
		totQ += q
		totP += p
		fmt.Printf("bank %-40s %-6s %5.0fms %4d questions (%d pictures), %3d problems\n", filepath.Base(f), format, float64(took.Microseconds())/1000, q, pics, p)
		shown := 0
		for _, it := range items {
			if it.Q == nil || shown == 3 {
				continue
			}
			shown++
			var right []string
			for _, k := range it.Q.Correct() {
				right = append(right, fmt.Sprintf("%c. %s", 'A'+k, clip(it.Q.Options[k].Text, 30)))
			}
			if len(it.Q.Blanks) > 0 {
				right = append(right, fmt.Sprint(it.Q.Blanks))
			}
			fmt.Printf("       line %d: %q → %s\n", it.Line, clip(strings.ReplaceAll(it.Q.Stem, "\n", " / "), 70), strings.Join(right, "; "))
		}
		lim := 3
		if *verbose {
			lim = 40
		}
		for _, pr := range probs[:min(len(probs), lim)] {
			fmt.Printf("       problem: %s\n", clip(pr, 150))
		}
	}
	fmt.Printf("\nBANKS: %d questions imported, %d problems\n", totQ, totP)
}

func pandoc(path string) string {
	out, err := exec.Command("pandoc", "-t", "plain", "--wrap=none", path).Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "pandoc:", err)
	}
	return string(out)
}

// libreText is the document as LibreOffice prints it, as text: automatic
// numbers included.
func libreText(ctx context.Context, path string) string {
	dir, _ := os.MkdirTemp("", "lotext-*")
	defer os.RemoveAll(dir)
	cmd := exec.CommandContext(ctx, officeconv.Program(), "-env:UserInstallation=file://"+dir+"/p", "--headless",
		"--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, path)
	cmd.Run()
	b, _ := os.ReadFile(filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+".txt"))
	return string(b)
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}]+`)

func words(s string) map[string]int {
	m := map[string]int{}
	for _, w := range wordRE.FindAllString(viet.NFC(strings.ToLower(s)), -1) {
		m[w]++
	}
	return m
}

// overlap is the share of ref's words in got (recall) and of got's in ref
// (precision), counted with repeats.
func overlap(ref, got map[string]int) (recall, precision float64) {
	var both, nr, ng int
	for w, n := range ref {
		nr += n
		both += min(n, got[w])
	}
	for _, n := range got {
		ng += n
	}
	return float64(both) / float64(max(nr, 1)), float64(both) / float64(max(ng, 1))
}

func norm(s string) string {
	return strings.Join(strings.Fields(viet.NFC(strings.Map(func(r rune) rune {
		if r == '\u00a0' || r == '\t' {
			return ' '
		}
		return r
	}, s))), " ")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

var _ = bytes.Equal
var _ = formats.DOCX
