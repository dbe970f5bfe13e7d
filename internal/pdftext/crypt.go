package pdftext

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"

	"golang.org/x/text/unicode/norm"
)

// The standard security handler (ISO 32000-2 section 7.6.4): RC4 40- to
// 128-bit (revisions 2–4), AES-128 (crypt filter AESV2) and AES-256
// (revisions 5 and 6, AESV3), with the user password or the owner
// password, the empty password first.

// cryptMethod is how one kind of data (strings or streams) is encrypted.
type cryptMethod uint8

const (
	cmNone cryptMethod = iota
	cmRC4
	cmAESV2
	cmAESV3
)

type security struct {
	key      []byte
	r        int
	str, stm cryptMethod
	// filters names the document's crypt filters, for streams that choose
	// one with a Crypt filter.
	filters map[string]cryptMethod
}

var passwordPad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// unlock sets up the security handler of an encrypted file, or returns
// ErrPassword / ErrBadPassword / ErrEncryption. The password given is
// tried, then the empty one: a password typed for a batch of files does
// not lock out those that need none.
func (f *file) unlock(password string) error {
	err := f.unlockWith(password)
	if password != "" && errors.Is(err, ErrBadPassword) {
		if f.unlockWith("") == nil {
			return nil
		}
	}
	return err
}

func (f *file) unlockWith(password string) error {
	ev := Value{f, f.trailer["Encrypt"]}
	if ev.Kind() != vDict {
		return fmt.Errorf("%w: the Encrypt entry is not a dictionary", ErrDamaged)
	}
	if flt := ev.Key("Filter").Name(); flt != "Standard" {
		return fmt.Errorf("%w: security handler %q", ErrEncryption, flt)
	}
	v := int(ev.Key("V").Int64())
	r := int(ev.Key("R").Int64())
	o, u := []byte(ev.Key("O").RawString()), []byte(ev.Key("U").RawString())
	p := uint32(int32(ev.Key("P").Int64()))
	var id0 []byte
	if ids, ok := f.trailer["ID"].([]object); ok && len(ids) > 0 {
		s, _ := ids[0].(pdfString)
		id0 = []byte(s)
	}
	encMeta := ev.Key("EncryptMetadata").IsNull() || ev.Key("EncryptMetadata").Bool()
	sec := &security{r: r, filters: map[string]cryptMethod{"Identity": cmNone}}
	length := 40
	switch v {
	case 1:
		sec.str, sec.stm = cmRC4, cmRC4
	case 2:
		sec.str, sec.stm = cmRC4, cmRC4
		length = int(ev.Key("Length").Int64())
	case 4, 5:
		cf := ev.Key("CF")
		for _, name := range cf.Keys() {
			m, l, err := cfMethod(cf.Key(name))
			if err != nil {
				return err
			}
			sec.filters[name] = m
			if l > 0 {
				length = l
			}
		}
		method := func(name string) (cryptMethod, error) {
			if name == "" {
				name = "Identity"
			}
			m, ok := sec.filters[name]
			if !ok {
				return 0, fmt.Errorf("%w: crypt filter %q is not defined", ErrEncryption, name)
			}
			return m, nil
		}
		var err error
		if sec.str, err = method(ev.Key("StrF").Name()); err != nil {
			return err
		}
		if sec.stm, err = method(ev.Key("StmF").Name()); err != nil {
			return err
		}
		if v == 4 && length == 40 && ev.Key("Length").Int64() > 0 {
			length = int(ev.Key("Length").Int64())
		}
	default:
		return fmt.Errorf("%w: encryption version %d", ErrEncryption, v)
	}
	if length%8 != 0 || length < 40 || length > 256 {
		length = 128 // some writers put bytes, or nothing
	}
	n := length / 8
	if r == 2 {
		n = 5
	}
	switch {
	case r >= 2 && r <= 4:
		if len(o) < 32 || len(u) < 32 {
			return fmt.Errorf("%w: O or U too short", ErrDamaged)
		}
		pw := []byte(password)
		if key := userKey(pw, o, p, id0, r, n, encMeta); checkUser(key, u, id0, r) {
			sec.key = key
			break
		}
		// The owner password opens the file too: it decrypts the user's.
		user := ownerToUser(pw, o, r, n)
		if key := userKey(user, o, p, id0, r, n, encMeta); checkUser(key, u, id0, r) {
			sec.key = key
			break
		}
		if password == "" {
			return ErrPassword
		}
		return ErrBadPassword
	case r == 5 || r == 6:
		if len(o) < 48 || len(u) < 48 {
			return fmt.Errorf("%w: O or U too short", ErrDamaged)
		}
		pw := saslPassword(password)
		oe, ue := []byte(ev.Key("OE").RawString()), []byte(ev.Key("UE").RawString())
		switch {
		case bytes.Equal(hash2B(pw, o[32:40], u[:48], r), o[:32]):
			sec.key = aesNoIV(hash2B(pw, o[40:48], u[:48], r), oe)
		case bytes.Equal(hash2B(pw, u[32:40], nil, r), u[:32]):
			sec.key = aesNoIV(hash2B(pw, u[40:48], nil, r), ue)
		case password == "":
			return ErrPassword
		default:
			return ErrBadPassword
		}
		if len(sec.key) != 32 {
			return fmt.Errorf("%w: OE or UE damaged", ErrDamaged)
		}
	default:
		return fmt.Errorf("%w: revision %d", ErrEncryption, r)
	}
	f.crypt = sec
	return nil
}

// cfMethod reads a crypt filter dictionary: its method and key length in
// bits (0 when not given).
func cfMethod(cf Value) (cryptMethod, int, error) {
	l := int(cf.Key("Length").Int64())
	if l > 0 && l <= 32 {
		l *= 8 // the standard says bytes here; many writers put bits
	}
	switch m := cf.Key("CFM").Name(); m {
	case "", "None":
		return cmNone, l, nil
	case "V2":
		return cmRC4, l, nil
	case "AESV2":
		return cmAESV2, 128, nil
	case "AESV3":
		return cmAESV3, 256, nil
	default:
		return 0, 0, fmt.Errorf("%w: crypt filter method %s", ErrEncryption, m)
	}
}

func padPassword(pw []byte) []byte {
	out := make([]byte, 0, 32)
	out = append(out, pw[:min(len(pw), 32)]...)
	return append(out, passwordPad[:32-len(out)]...)
}

// userKey is algorithm 2: the file key from a user password.
func userKey(pw, o []byte, p uint32, id0 []byte, r, n int, encMeta bool) []byte {
	h := md5.New()
	h.Write(padPassword(pw))
	h.Write(o[:32])
	var pb [4]byte
	binary.LittleEndian.PutUint32(pb[:], p)
	h.Write(pb[:])
	h.Write(id0)
	if r >= 4 && !encMeta {
		h.Write([]byte{0xFF, 0xFF, 0xFF, 0xFF})
	}
	key := h.Sum(nil)
	if r >= 3 {
		for range 50 {
			s := md5.Sum(key[:n])
			key = s[:]
		}
	}
	return key[:n]
}

// checkUser is algorithms 4 and 5: does the key produce the U entry?
func checkUser(key, u, id0 []byte, r int) bool {
	if r == 2 {
		c, _ := rc4.NewCipher(key)
		out := make([]byte, 32)
		c.XORKeyStream(out, passwordPad)
		return bytes.Equal(out, u[:32])
	}
	h := md5.New()
	h.Write(passwordPad)
	h.Write(id0)
	out := h.Sum(nil)
	xorRounds(key, out, 0, 19)
	return bytes.Equal(out[:16], u[:16])
}

// xorRounds encrypts data with RC4 under key XOR i for i from 'from' to
// 'to' (counting down when from > to).
func xorRounds(key, data []byte, from, to int) {
	k := make([]byte, len(key))
	step := 1
	if from > to {
		step = -1
	}
	for i := from; ; i += step {
		for j := range key {
			k[j] = key[j] ^ byte(i)
		}
		c, _ := rc4.NewCipher(k)
		c.XORKeyStream(data, data)
		if i == to {
			return
		}
	}
}

// ownerToUser is algorithm 7: the user password the owner password
// unlocks.
func ownerToUser(pw, o []byte, r, n int) []byte {
	s := md5.Sum(padPassword(pw))
	key := s[:]
	if r >= 3 {
		for range 50 {
			s = md5.Sum(key)
			key = s[:]
		}
	}
	key = key[:n]
	out := append([]byte(nil), o[:32]...)
	if r == 2 {
		c, _ := rc4.NewCipher(key)
		c.XORKeyStream(out, out)
		return out
	}
	xorRounds(key, out, 19, 0)
	return out
}

// saslPassword prepares an AES-256 password: Unicode normalised (NFKC
// stands in for SASLprep's mapping) as UTF-8, at most 127 bytes.
func saslPassword(pw string) []byte {
	b := []byte(norm.NFKC.String(pw))
	return b[:min(len(b), 127)]
}

// hash2B is the revision 6 hash (algorithm 2.B); revision 5 uses plain
// SHA-256.
func hash2B(pw, salt, udata []byte, r int) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if r == 5 {
		return k
	}
	for i := 0; ; i++ {
		k1 := make([]byte, 0, 64*(len(pw)+len(k)+len(udata)))
		for range 64 {
			k1 = append(k1, pw...)
			k1 = append(k1, k...)
			k1 = append(k1, udata...)
		}
		blk, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(blk, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, c := range e[:16] {
			sum += int(c)
		}
		var hh hash.Hash
		switch sum % 3 {
		case 0:
			hh = sha256.New()
		case 1:
			hh = sha512.New384()
		default:
			hh = sha512.New()
		}
		hh.Write(e)
		k = hh.Sum(nil)
		if i >= 63 && int(e[len(e)-1]) <= i-31 { // rounds counted from 1: ≥ 64 and E's last byte ≤ round − 32
			break
		}
	}
	return k[:32]
}

// aesNoIV decrypts OE/UE: AES-256 in CBC mode with a zero IV, no padding.
func aesNoIV(key, data []byte) []byte {
	if len(key) != 32 || len(data) < 32 {
		return nil
	}
	blk, _ := aes.NewCipher(key)
	out := make([]byte, 32)
	cipher.NewCBCDecrypter(blk, make([]byte, 16)).CryptBlocks(out, data[:32])
	return out
}

// objectKey is algorithm 1: the key for one object.
func (s *security) objectKey(r ref, m cryptMethod) []byte {
	if m == cmAESV3 {
		return s.key
	}
	h := md5.New()
	h.Write(s.key)
	h.Write([]byte{byte(r.id), byte(r.id >> 8), byte(r.id >> 16), byte(r.gen), byte(r.gen >> 8)})
	if m == cmAESV2 {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(s.key)+5, 16)]
}

func (s *security) decrypt(r ref, m cryptMethod, data []byte) []byte {
	switch m {
	case cmRC4:
		c, err := rc4.NewCipher(s.objectKey(r, m))
		if err != nil {
			return data
		}
		out := make([]byte, len(data))
		c.XORKeyStream(out, data)
		return out
	case cmAESV2, cmAESV3:
		if len(data) < 32 || len(data)%16 != 0 {
			if len(data) >= 16 && len(data)%16 != 0 {
				data = data[:len(data)-len(data)%16] // a cut final block
			} else {
				return nil
			}
		}
		blk, err := aes.NewCipher(s.objectKey(r, m))
		if err != nil {
			return data
		}
		out := make([]byte, len(data)-16)
		cipher.NewCBCDecrypter(blk, data[:16]).CryptBlocks(out, data[16:])
		if n := len(out); n > 0 {
			if pad := int(out[n-1]); pad >= 1 && pad <= 16 && pad <= n {
				out = out[:n-pad]
			}
		}
		return out
	}
	return data
}

func (s *security) decryptString(r ref, data []byte) []byte {
	return s.decrypt(r, s.str, data)
}

// decryptStream decrypts a stream, with the crypt filter it names if it
// has one.
func (s *security) decryptStream(st *stream, data []byte) []byte {
	m := s.stm
	names, params := filterChain(Value{o: st})
	for i, n := range names {
		if n == "Crypt" {
			name := params[i].Key("Name").Name()
			if name == "" {
				name = "Identity"
			}
			if fm, ok := s.filters[name]; ok {
				m = fm
			}
		}
	}
	return s.decrypt(st.self, m, data)
}
