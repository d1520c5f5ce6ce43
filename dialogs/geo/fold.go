package geo

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// AppendFold appends the folded form of r to dst: lower case, without
// accents, ligatures expanded. Letters and digits are kept; any other rune
// is reported as a separator (ok == false). Visitors often omit accents,
// so every comparison is done on folded text.
func AppendFold(dst []byte, r rune) (out []byte, ok bool) {
	if r < utf8.RuneSelf {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return append(dst, byte(r)), true
		case r >= 'A' && r <= 'Z':
			return append(dst, byte(r+'a'-'A')), true
		}
		return dst, false
	}
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'å', 'À', 'Â', 'Ä', 'Á', 'Ã', 'Å':
		return append(dst, 'a'), true
	case 'ç', 'Ç':
		return append(dst, 'c'), true
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return append(dst, 'e'), true
	case 'î', 'ï', 'í', 'ì', 'Î', 'Ï', 'Í', 'Ì':
		return append(dst, 'i'), true
	case 'ô', 'ö', 'ó', 'ò', 'õ', 'Ô', 'Ö', 'Ó', 'Ò', 'Õ':
		return append(dst, 'o'), true
	case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü', 'Ú':
		return append(dst, 'u'), true
	case 'ÿ', 'Ÿ', 'ý', 'Ý':
		return append(dst, 'y'), true
	case 'ñ', 'Ñ':
		return append(dst, 'n'), true
	case 'œ', 'Œ':
		return append(dst, 'o', 'e'), true
	case 'æ', 'Æ':
		return append(dst, 'a', 'e'), true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return utf8.AppendRune(dst, unicode.ToLower(r)), true
	}
	return dst, false
}

// AppendKey appends Key(s) to dst: for a caller that folds into a buffer
// it recycles (the turn's folded message, read only while the turn lasts).
func AppendKey(dst []byte, s string) []byte {
	start := len(dst)
	pending := false
	for i := 0; i < len(s); {
		// ASCII is folded here, without AppendFold's call and copy per
		// rune: most of a message, and AppendKey folds every message.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			default:
				pending = true
				continue
			}
			if pending && len(dst) > start {
				dst = append(dst, ' ')
			}
			pending = false
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		var tmp [8]byte
		f, ok := AppendFold(tmp[:0], r)
		if !ok {
			pending = true
			continue
		}
		if pending && len(dst) > start {
			dst = append(dst, ' ')
		}
		pending = false
		dst = append(dst, f...)
	}
	return dst
}

// Key folds a name into the form used by the indexes: folded words
// separated by single spaces ("Saint-Étienne" -> "saint etienne",
// "L'Haÿ-les-Roses" -> "l hay les roses").
func Key(s string) string {
	// One allocation, handed over as the string (as a Builder does): Key
	// runs several times on each message.
	b := AppendKey(make([]byte, 0, len(s)), s)
	return unsafe.String(unsafe.SliceData(b), len(b))
}
