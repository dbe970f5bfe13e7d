// Package i18n renders messages from Sổ tay's translation files without
// Fyne, for the command-line tool. The files are the same flat JSON objects
// the GUI loads with fyne's lang package; values may use Go templates
// ({{.Path}}).
package i18n

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/template"
)

// Catalog maps message keys to their text in one language.
type Catalog struct {
	msgs map[string]string
}

// Parse reads a translation file. Values that are objects (plural forms as
// go-i18n writes them) contribute their "other" form.
func Parse(data []byte) (*Catalog, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("translations: %w", err)
	}
	c := &Catalog{msgs: make(map[string]string, len(raw))}
	for k, v := range raw {
		var s string
		if err := json.Unmarshal(v, &s); err == nil {
			c.msgs[k] = s
			continue
		}
		var forms map[string]string
		if err := json.Unmarshal(v, &forms); err != nil {
			return nil, fmt.Errorf("translations: key %q: %w", k, err)
		}
		c.msgs[k] = forms["other"]
	}
	return c, nil
}

// Has reports whether key has a message.
func (c *Catalog) Has(key string) bool {
	_, ok := c.msgs[key]
	return ok
}

// Keys returns every key in the catalog.
func (c *Catalog) Keys() []string {
	out := make([]string, 0, len(c.msgs))
	for k := range c.msgs {
		out = append(out, k)
	}
	return out
}

// T returns the message for key rendered with data, or key itself when the
// catalog has no such message.
func (c *Catalog) T(key string, data any) string {
	msg, ok := c.msgs[key]
	if !ok {
		return key
	}
	if !strings.Contains(msg, "{{") {
		return msg
	}
	t, err := template.New(key).Option("missingkey=zero").Parse(msg)
	if err != nil {
		return msg
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return msg
	}
	return b.String()
}
