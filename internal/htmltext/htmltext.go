// Package htmltext reads the text of an HTML page as a reader sees it:
// block elements become lines, headings are marked, and what is not
// content (scripts, styles, navigation, headers, footers, forms) is
// dropped.
package htmltext

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"sotay/internal/viet"
)

// ErrTooComplex means the page nests elements deeper than the parser goes
// (512 open elements): nothing is missing from it, it is too complex.
var ErrTooComplex = errors.New("HTML nested too deeply")

// Heading is a heading element's rune offset in Text and its level.
type Heading struct {
	Offset, Level int
}

// Result is a page's text.
type Result struct {
	Text     string
	Title    string
	Headings []Heading
}

var skip = map[string]bool{"script": true, "style": true, "nav": true, "header": true, "footer": true,
	"aside": true, "noscript": true, "template": true, "form": true, "button": true, "select": true,
	"iframe": true, "svg": true, "head": true, "menu": true}

var block = map[string]bool{"p": true, "div": true, "br": true, "li": true, "tr": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "section": true, "article": true, "blockquote": true,
	"pre": true, "table": true, "ul": true, "ol": true, "dd": true, "dt": true, "hr": true, "main": true, "figcaption": true}

// Extract reads an HTML page; its encoding comes from a BOM, <meta
// charset> or the bytes themselves, defaulting to UTF-8.
func Extract(data []byte) (*Result, error) {
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	if name != "utf-8" && name != "windows-1252" {
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			data = out
		}
	} else if !utf8.Valid(data) {
		_, s := viet.DecodeLegacyBytes(data)
		data = []byte(s)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		// Reading from memory cannot fail: the parser's only error is its
		// limit of 512 open elements.
		return nil, fmt.Errorf("%w: %v", ErrTooComplex, err)
	}
	r := &Result{}
	var out, line strings.Builder
	runes := 0
	flush := func(level int) {
		t := strings.Join(strings.Fields(line.String()), " ")
		line.Reset()
		if t == "" {
			return
		}
		if level > 0 {
			r.Headings = append(r.Headings, Heading{Offset: runes, Level: level})
		}
		out.WriteString(t)
		out.WriteByte('\n')
		runes += utf8.RuneCountInString(t) + 1
	}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode && n.Data == "head" {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.Data == "title" && c.FirstChild != nil {
					r.Title = strings.TrimSpace(c.FirstChild.Data)
				}
			}
		}
		if n.Type == html.ElementNode && (skip[n.Data] || hidden(n)) {
			return
		}
		if n.Type == html.TextNode {
			line.WriteString(n.Data)
			return
		}
		level := 0
		if n.Type == html.ElementNode && len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6' {
			level = int(n.Data[1] - '0')
		}
		isBlock := n.Type == html.ElementNode && block[n.Data]
		if isBlock {
			flush(0)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
			if n.Type == html.ElementNode && (n.Data == "tr") && c.Type == html.ElementNode {
				line.WriteByte(' ')
			}
		}
		if isBlock {
			flush(level)
		}
	}
	walk(doc, 0)
	flush(0)
	r.Text = viet.NFC(strings.TrimRight(out.String(), "\n"))
	return r, nil
}

// hidden reports elements marked hidden or aria-hidden, and navigation
// by role.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			return a.Val == "true"
		case "role":
			return a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo"
		case "style":
			s := strings.ReplaceAll(a.Val, " ", "")
			return strings.Contains(s, "display:none")
		}
	}
	return false
}
