package pdftext

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
)

// Repairs made before the pdf package sees a file: a header it would
// refuse (%PDF-2.0, junk before %PDF-), garbage after the last %%EOF, and a
// cross-reference table that does not point at the objects, which is
// rebuilt by scanning the file for "N G obj" the way viewers do.

// fixHeader returns data starting at its %PDF- header with a version the
// pdf package accepts, and whether it changed anything; ok=false if there
// is no header at all.
func fixHeader(data []byte) (out []byte, changed, ok bool) {
	i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-"))
	if i < 0 || len(data)-i < 9 {
		return nil, false, false
	}
	out = data[i:]
	good := out[5] == '1' && out[6] == '.' && out[7] >= '0' && out[7] <= '7' && (out[8] == '\r' || out[8] == '\n')
	if !good {
		out = append([]byte(nil), out...)
		copy(out, "%PDF-1.7")
		out[8] = '\n'
	}
	// The pdf package wants %%EOF within the last 100 bytes.
	if j := bytes.LastIndex(out, []byte("%%EOF")); j >= 0 && len(out)-j > 100 {
		out = out[:j+5]
		changed = true
	}
	return out, changed || i > 0 || !good, true
}

// xrefLooksRight checks a classic cross-reference table against the
// objects it points at; a cross-reference stream is taken on trust (the
// pdf package's panics, recovered, send those files to rebuilding).
func xrefLooksRight(data []byte) bool {
	j := bytes.LastIndex(data, []byte("startxref"))
	if j < 0 {
		return false
	}
	l := lexer{data: data[j+9:]}
	l.skipSpace()
	if l.pos >= len(l.data) || !isOperandStart(l.data[l.pos]) {
		return false
	}
	off := l.operand(0)
	if off.kind != kNum || off.num < 0 || int(off.num) >= len(data) {
		return false
	}
	at := data[int(off.num):]
	if !bytes.HasPrefix(at, []byte("xref")) {
		return objAt(at) >= 0
	}
	l = lexer{data: at[4:]}
	bad := 0
	for {
		l.skipSpace()
		if l.pos >= len(l.data) || !isOperandStart(l.data[l.pos]) {
			break
		}
		start, count := l.operand(0), operand{}
		l.skipSpace()
		if l.pos < len(l.data) && isOperandStart(l.data[l.pos]) {
			count = l.operand(0)
		}
		if start.kind != kNum || count.kind != kNum || count.num < 0 || count.num > 1e7 {
			return false
		}
		for k := 0; k < int(count.num); k++ {
			l.skipSpace()
			if l.pos+18 > len(l.data) {
				return false
			}
			line := l.data[l.pos : l.pos+18]
			l.pos += 18
			o, err1 := strconv.Atoi(string(bytes.TrimSpace(line[:10])))
			_, err2 := strconv.Atoi(string(bytes.TrimSpace(line[11:16])))
			if err1 != nil || err2 != nil {
				return false
			}
			if line[17] != 'n' || o == 0 {
				continue
			}
			if o >= len(data) || objAt(data[o:]) != int(start.num)+k {
				bad++
			}
		}
	}
	return bad == 0
}

var objHead = regexp.MustCompile(`^[ \t\r\n]*(\d+)[ \t\r\n]+(\d+)[ \t\r\n]+obj\b`)

// objAt returns the number of the object defined at the start of b, or -1.
func objAt(b []byte) int {
	m := objHead.FindSubmatch(b[:min(len(b), 64)])
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

var (
	objDef   = regexp.MustCompile(`(\d+)[ \t\r\n]+(\d+)[ \t\r\n]+obj\b`)
	rootRef  = regexp.MustCompile(`/Root[ \t\r\n]*(\d+)[ \t\r\n]+(\d+)[ \t\r\n]+R`)
	infoRef  = regexp.MustCompile(`/Info[ \t\r\n]*(\d+)[ \t\r\n]+(\d+)[ \t\r\n]+R`)
	encRef   = regexp.MustCompile(`/Encrypt[ \t\r\n]*(\d+)[ \t\r\n]+(\d+)[ \t\r\n]+R`)
	idArray  = regexp.MustCompile(`/ID[ \t\r\n]*\[[ \t\r\n]*<[0-9A-Fa-f \t\r\n]*>[ \t\r\n]*<[0-9A-Fa-f \t\r\n]*>[ \t\r\n]*\]`)
	catalog  = regexp.MustCompile(`/Type[ \t\r\n]*/Catalog\b`)
	objStmRe = regexp.MustCompile(`/Type[ \t\r\n]*/ObjStm\b`)
	objStmN  = regexp.MustCompile(`/N[ \t\r\n]+(\d+)`)
)

type objLoc struct {
	off      int
	gen      int
	inStream bool
	stm, idx int
}

// rebuildXref scans data for object definitions (skipping stream bodies)
// and appends a cross-reference stream that points at them, with a
// trailer made from what the old one named. Objects inside object streams
// are found by reading those streams.
func rebuildXref(data []byte) []byte {
	objs := map[int]objLoc{}
	var order []int
	var stms []int
	for pos := 0; pos < len(data); {
		loc := objDef.FindSubmatchIndex(data[pos:])
		if loc == nil {
			break
		}
		start := pos + loc[0]
		if start > 0 && !isWhite(data[start-1]) && !isDelim(data[start-1]) {
			pos += loc[1]
			continue
		}
		id, _ := strconv.Atoi(string(data[pos+loc[2] : pos+loc[3]]))
		gen, _ := strconv.Atoi(string(data[pos+loc[4] : pos+loc[5]]))
		body := pos + loc[1]
		end := bytes.Index(data[body:], []byte("endobj"))
		st := bytes.Index(data[body:], []byte("stream"))
		next := len(data)
		if end >= 0 {
			next = body + end + 6
		}
		if st >= 0 && (end < 0 || st < end) {
			if es := bytes.Index(data[body+st:], []byte("endstream")); es >= 0 {
				next = body + st + es + 9
				if objStmRe.Match(data[body : body+st]) {
					stms = append(stms, id)
				}
			}
		}
		if id < 1<<22 {
			if _, seen := objs[id]; !seen {
				order = append(order, id)
			}
			objs[id] = objLoc{off: start, gen: gen}
		}
		pos = next
	}
	for _, stm := range stms {
		for idx, id := range objStmMembers(data, objs[stm].off) {
			if _, direct := objs[id]; !direct && id < 1<<22 {
				objs[id] = objLoc{inStream: true, stm: stm, idx: idx}
				order = append(order, id)
			}
		}
	}
	sort.Ints(order)
	size := 1
	if len(order) > 0 {
		size = order[len(order)-1] + 2
	}
	self := size - 1

	trailer := "/Type/XRef"
	if root := lastRef(data, rootRef, objs); root != "" {
		trailer += "/Root " + root
	} else {
		for _, id := range order {
			o := objs[id]
			if !o.inStream && catalog.Match(data[o.off:min(len(data), o.off+512)]) {
				trailer += fmt.Sprintf("/Root %d %d R", id, o.gen)
				break
			}
		}
	}
	if info := lastRef(data, infoRef, objs); info != "" {
		trailer += "/Info " + info
	}
	if enc := lastRef(data, encRef, objs); enc != "" {
		trailer += "/Encrypt " + enc
	}
	if ids := idArray.FindAll(data, -1); len(ids) > 0 {
		trailer += string(ids[len(ids)-1])
	}

	out := append([]byte(nil), data...)
	out = append(out, '\n')
	selfOff := len(out)
	var table bytes.Buffer
	for id := range size {
		o, ok := objs[id]
		switch {
		case id == self:
			table.Write([]byte{1, byte(selfOff >> 24), byte(selfOff >> 16), byte(selfOff >> 8), byte(selfOff), 0, 0})
		case !ok:
			table.Write([]byte{0, 0, 0, 0, 0, 0xFF, 0xFF})
		case o.inStream:
			table.Write([]byte{2, byte(o.stm >> 24), byte(o.stm >> 16), byte(o.stm >> 8), byte(o.stm), byte(o.idx >> 8), byte(o.idx)})
		default:
			table.Write([]byte{1, byte(o.off >> 24), byte(o.off >> 16), byte(o.off >> 8), byte(o.off), byte(o.gen >> 8), byte(o.gen)})
		}
	}
	out = fmt.Appendf(out, "%d 0 obj\n<<%s/Size %d/W[1 4 2]/Length %d>>\nstream\n", self, trailer, size, table.Len())
	out = append(out, table.Bytes()...)
	out = fmt.Appendf(out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", selfOff)
	return out
}

// lastRef returns the last "N G R" the pattern finds whose object exists.
func lastRef(data []byte, re *regexp.Regexp, objs map[int]objLoc) string {
	all := re.FindAllSubmatch(data, -1)
	for i := len(all) - 1; i >= 0; i-- {
		id, _ := strconv.Atoi(string(all[i][1]))
		if _, ok := objs[id]; ok {
			return fmt.Sprintf("%s %s R", all[i][1], all[i][2])
		}
	}
	return ""
}

// objStmMembers reads the object numbers an object stream holds, in order.
func objStmMembers(data []byte, off int) []int {
	st := bytes.Index(data[off:], []byte("stream"))
	if st < 0 {
		return nil
	}
	p := off + st + 6
	if p < len(data) && data[p] == '\r' {
		p++
	}
	if p < len(data) && data[p] == '\n' {
		p++
	}
	end := bytes.Index(data[p:], []byte("endstream"))
	if end < 0 {
		return nil
	}
	zr, err := zlib.NewReader(bytes.NewReader(data[p : p+end]))
	if err != nil {
		return nil
	}
	head, _ := io.ReadAll(io.LimitReader(zr, 1<<20))
	n := 1 << 20
	if m := objStmN.FindSubmatch(data[off : off+st]); m != nil {
		n, _ = strconv.Atoi(string(m[1]))
	}
	l := lexer{data: head}
	var ids []int
	for k := 0; k < 2*n; k++ {
		l.skipSpace()
		if l.pos >= len(l.data) || !isOperandStart(l.data[l.pos]) {
			break
		}
		v := l.operand(0)
		if v.kind != kNum {
			break
		}
		if k%2 == 0 {
			ids = append(ids, int(v.num))
		}
	}
	return ids
}
