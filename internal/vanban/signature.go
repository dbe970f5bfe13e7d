package vanban

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// signature reads the signature block from the end of a document: the
// marker line (T/M, KT., T/L …), the role below it, and the name.
func signature(tail []string) (role, name string) {
	at := -1
	for i, l := range tail {
		if loc := markerRe.FindStringIndex(l); loc != nil {
			at = i
			tail[i] = strings.TrimSpace(l[loc[0]:])
		}
	}
	if at < 0 {
		return "", ""
	}
	first := tail[at]
	// "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Trường Sơn": a signature copied from
	// a web page's table, on one line (round 21)
	if w := strings.Fields(first); len(w) > 3 {
		k := 0
		for k < len(w) && !strings.ContainsFunc(w[k], unicode.IsLower) {
			k++
		}
		if k >= 2 && k < len(w) && looksLikeName(strings.Join(w[k:], " ")) {
			name, first = strings.Join(w[k:], " "), strings.Join(w[:k], " ")
		}
	}
	var parts []string
	for _, p := range strings.SplitAfter(first, " PHÓ ") {
		// (the level above and the signer's own: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
		if p, ok := strings.CutSuffix(p, " PHÓ "); ok && len(parts) == 0 && p != "" {
			parts = append(parts, properCase(p))
			continue
		}
		if len(parts) > 0 {
			p = "PHÓ " + p
		}
		parts = append(parts, properCase(strings.TrimSpace(p)))
	}
	for _, l := range tail[at+1:] {
		if strings.HasPrefix(l, "-") || strings.HasPrefix(l, "Nơi nhận") || strings.HasPrefix(l, "(") {
			continue
		}
		if allCaps(l) {
			if name == "" {
				parts = append(parts, properCase(l))
			}
			continue
		}
		if looksLikeName(l) {
			name = l
		}
	}
	return strings.Join(parts, ", "), name
}

// looksLikeName reports 2–6 capitalised words without digits.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789.,:;()/") {
			return false
		}
	}
	return true
}
