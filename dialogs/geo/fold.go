package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	for _, r := range s {
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
	// A Builder hands its bytes over as the string: one allocation, not a
	// buffer and its copy (Key runs several times on each message).
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		var tmp [8]byte
		f, ok := AppendFold(tmp[:0], r)
		if !ok {
			pending = true
			continue
		}
		if pending && b.Len() > 0 {
			b.WriteByte(' ')
		}
		pending = false
		b.Write(f)
	}
	return b.String()
}
