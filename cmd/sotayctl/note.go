package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"sotay/library"
)

// noteJSON is a note as `note list --json` prints it.
type noteJSON struct {
	ID       int64    `json:"id"`
	Document int64    `json:"document_id"`
	Title    string   `json:"document"`
	Kind     string   `json:"kind"`
	From     int      `json:"from"`
	To       int      `json:"to"`
	Quote    string   `json:"quote"`
	Color    string   `json:"color,omitempty"`
	Text     string   `json:"text,omitempty"`
	Tags     []string `json:"tags"`
	Lost     bool     `json:"lost"`
	Created  string   `json:"created"`
}

// runNote handles "sotayctl note add|list|rm": highlights, notes and
// bookmarks, at rune offsets of `show --text` (form feeds included).
func runNote(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		return e.usage(fmt.Errorf("note: %s", e.msg.T("cli.need_note_sub", nil)))
	}
	sub := args[0]
	fs := e.flags("note " + sub)
	from := fs.Int("from", -1, "")
	to := fs.Int("to", -1, "")
	color := fs.String("color", "", "")
	text := fs.String("text", "", "")
	kind := fs.String("kind", "", "")
	tag := fs.String("tag", "", "")
	query := fs.String("query", "", "")
	pos, err := parse(fs, args[1:])
	if err != nil {
		return e.usage(err)
	}
	id := int64(0)
	switch sub {
	case "add", "rm":
		if len(pos) != 1 {
			return e.usage(fmt.Errorf("note %s: %s", sub, e.msg.T("cli.need_one_id", nil)))
		}
	case "list":
		if len(pos) > 1 {
			return e.usage(fmt.Errorf("note list: %q", pos))
		}
	default:
		return e.usage(fmt.Errorf("note: %s: %q", e.msg.T("cli.unknown_command", nil), sub))
	}
	if len(pos) == 1 {
		if id, err = strconv.ParseInt(pos[0], 10, 64); err != nil || id <= 0 {
			return e.usage(fmt.Errorf("note %s: %q: %s", sub, pos[0], e.msg.T("cli.bad_id", nil)))
		}
	}
	if *color != "" && !validColor(*color) {
		return e.usage(fmt.Errorf("note %s: --color %q: %s", sub, *color, strings.Join(library.NoteColors, ", ")))
	}
	a := writing
	if sub == "list" {
		a = reading
	}
	lib, err := e.open(ctx, a)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	switch sub {
	case "add":
		if *from < 0 || *to < 0 && *kind != library.NoteBookmark {
			return e.usage(fmt.Errorf("note add: %s", e.msg.T("cli.need_range", nil)))
		}
		if *to < 0 {
			*to = *from
		}
		n, err := lib.AddNote(ctx, library.Note{DocumentID: id, Kind: *kind, Start: *from, End: *to, Color: *color,
			Body: *text, Tags: strings.Fields(*tag)})
		if err != nil {
			return e.fail(err)
		}
		return e.printNotes([]library.Note{n})
	case "rm":
		if err := lib.DeleteNote(ctx, id); err != nil {
			return e.fail(err)
		}
		if e.json {
			fmt.Fprintf(e.stdout, "{\"removed\":%d}\n", id)
		} else {
			fmt.Fprintln(e.stdout, e.msg.T("note.removed", map[string]any{"ID": id}))
		}
		return 0
	}
	var notes []library.Note
	if id != 0 {
		if _, err := lib.Document(ctx, id); err != nil {
			return e.fail(err)
		}
		notes, err = lib.DocumentNotes(ctx, id) // re-anchored to the text as it is
		notes = filterNotes(notes, library.NoteFilter{Kind: *kind, Color: *color, Tag: *tag})
		if *query != "" {
			notes, err = lib.Notes(ctx, library.NoteFilter{DocumentID: id, Kind: *kind, Color: *color, Tag: *tag, Query: *query})
		}
	} else {
		notes, err = lib.Notes(ctx, library.NoteFilter{Kind: *kind, Color: *color, Tag: *tag, Query: *query})
	}
	if err != nil {
		return e.fail(err)
	}
	return e.printNotes(notes)
}

func validColor(c string) bool {
	for _, k := range library.NoteColors {
		if c == k {
			return true
		}
	}
	return false
}

func filterNotes(ns []library.Note, f library.NoteFilter) []library.Note {
	var out []library.Note
	for _, n := range ns {
		if (f.Kind == "" || n.Kind == f.Kind) && (f.Color == "" || n.Color == f.Color) &&
			(f.Tag == "" || strings.Contains(" "+strings.Join(n.Tags, " ")+" ", " "+f.Tag+" ")) {
			out = append(out, n)
		}
	}
	return out
}

func (e *env) printNotes(ns []library.Note) int {
	if e.json {
		out := []noteJSON{}
		for _, n := range ns {
			tags := n.Tags
			if tags == nil {
				tags = []string{}
			}
			out = append(out, noteJSON{ID: n.ID, Document: n.DocumentID, Title: n.DocTitle, Kind: n.Kind, From: n.Start, To: n.End,
				Quote: n.Quote, Color: n.Color, Text: n.Body, Tags: tags, Lost: n.Lost, Created: n.Created.Format(time.RFC3339)})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return e.fail(err)
		}
		return 0
	}
	if len(ns) == 0 {
		fmt.Fprintln(e.stdout, e.msg.T("note.none", nil))
		return 0
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, e.msg.T("note.header", nil))
	for _, n := range ns {
		quote := []rune(strings.Join(strings.Fields(n.Quote), " ")) // one line in the table
		if len(quote) > 50 {
			quote = append(quote[:49], '…')
		}
		line := fmt.Sprintf("%d\t%d\t%s\t%s\t%d–%d\t“%s”", n.ID, n.DocumentID, e.msg.T("note.kind."+n.Kind, nil), n.Color, n.Start, n.End, string(quote))
		if n.Body != "" {
			line += " — " + n.Body
		}
		if n.Lost {
			line += "  (" + e.msg.T("note.lost", nil) + ")"
		}
		fmt.Fprintln(tw, line)
	}
	tw.Flush()
	return 0
}
