package formats

import (
	"html"
	"regexp"
	"strings"
)

var (
	htmlBreakRE   = regexp.MustCompile(`(?i)<br\s*/?>|</?(p|div|li|ul|ol|tr|table|h[1-6]|blockquote)(\s[^>]*)?>`)
	htmlPreRE     = regexp.MustCompile(`(?is)<pre(\s[^>]*)?>(.*?)</pre>`)
	htmlDropRE    = regexp.MustCompile(`(?is)<(script|style)(\s[^>]*)?>.*?</(script|style)>`)
	htmlTagRE     = regexp.MustCompile(`(?s)<[^>]*>`)
	htmlImgAltRE  = regexp.MustCompile(`(?i)<img\s[^>]*alt="([^"]*)"[^>]*>`)
	mdStrongRE    = regexp.MustCompile(`\*\*(.+?)\*\*|__(.+?)__`)
	mdEmRE        = regexp.MustCompile(`(^|[\s(])[*_]([^*_\s][^*_]*?)[*_]([\s).,;:!?]|$)`)
	mdLinkRE      = regexp.MustCompile(`!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)`)
	mdHeadRE      = regexp.MustCompile(`(?m)^\s{0,3}#{1,6}\s+`)
	mdCodeRE      = regexp.MustCompile("`([^`]*)`")
	mdBlockquote  = regexp.MustCompile(`(?m)^\s{0,3}>\s?`)
	htmlLinkRE    = regexp.MustCompile(`(?is)<a\s[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a>`)
	preLineMarker = "\uE0FF"
)

// htmlToText makes HTML (a Moodle [html] text) safe plain text: scripts and
// styles dropped, paragraphs and <br> made line breaks, <pre> lines kept,
// tags removed, entities decoded. Nothing of the markup is ever run.
func htmlToText(s string) string {
	s = htmlDropRE.ReplaceAllString(s, "")
	s = htmlPreRE.ReplaceAllStringFunc(s, func(m string) string {
		inner := htmlPreRE.FindStringSubmatch(m)[2]
		return "\n" + strings.ReplaceAll(strings.TrimSpace(inner), "\n", preLineMarker) + "\n"
	})
	s = strings.ReplaceAll(s, "\n", " ")
	s = strings.ReplaceAll(s, preLineMarker, "\n")
	s = htmlImgAltRE.ReplaceAllString(s, "$1")
	// A link keeps where it leads ("Nghe (http://…/bonjour.mp3)"), as a
	// markdown link does: the learner may need it.
	s = htmlLinkRE.ReplaceAllStringFunc(s, func(m string) string {
		p := htmlLinkRE.FindStringSubmatch(m)
		text := strings.TrimSpace(htmlTagRE.ReplaceAllString(p[2], ""))
		switch {
		case p[1] == "" || strings.HasPrefix(strings.ToLower(p[1]), "javascript:") || text == p[1]:
			return p[2]
		case text == "":
			return p[1]
		}
		return p[2] + " (" + p[1] + ")"
	})
	s = htmlBreakRE.ReplaceAllString(s, "\n")
	s = htmlTagRE.ReplaceAllString(s, "")
	return html.UnescapeString(s)
}

// markdownToText renders Moodle [markdown] as plain text: emphasis,
// headings, code marks and quotes dropped, links as "text (address)".
func markdownToText(s string) string {
	s = mdLinkRE.ReplaceAllStringFunc(s, func(m string) string {
		p := mdLinkRE.FindStringSubmatch(m)
		if p[1] == "" || strings.HasPrefix(m, "!") {
			return p[1]
		}
		return p[1] + " (" + p[2] + ")"
	})
	s = mdStrongRE.ReplaceAllString(s, "$1$2")
	s = mdEmRE.ReplaceAllString(s, "$1$2$3")
	s = mdHeadRE.ReplaceAllString(s, "")
	s = mdBlockquote.ReplaceAllString(s, "")
	return mdCodeRE.ReplaceAllString(s, "$1")
}
