package opinion

import (
	"unicode/utf8"
)

// Features are what the model reads of a message, all of the folded text
// (fold: lowercase, accents removed, digits as 0, every other character —
// apostrophes and punctuation included — a separator):
//   - word unigrams and bigrams of adjacent words;
//   - character n-grams (MinN…MaxN) inside each word padded with < and >,
//     robust to SMS spellings and typos (« demandeur demploi », « chomage »,
//     « fonctionaire » share most of their trigrams with the right words).
//
// Each feature is a 32-bit FNV-1a hash of its kind and text (the hashing
// trick: no vocabulary table; a collision only merges two rare features).
// A message's feature vector gives each occurrence the value 1/√n, n the
// number of occurrences extracted (so long messages do not saturate).
type Features struct {
	MinN, MaxN int  // character n-grams inside words; MaxN 0 = none
	Bigrams    bool // word bigrams
}

// maxText is the number of bytes of a message read (longer ones are cut).
const maxText = 4096

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashStart(kind byte) uint32 { return (fnvOffset ^ uint32(kind)) * fnvPrime }

func hashBytes(h uint32, b []byte) uint32 {
	for _, c := range b {
		h ^= uint32(c)
		h *= fnvPrime
	}
	return h
}

// nonZero keeps 0 free as the empty slot of the look-up table.
func nonZero(h uint32) uint32 {
	if h == 0 {
		return 1
	}
	return h
}

// fold writes the folded text into dst (cap ≥ maxText+2) and returns it,
// with one space before and after.
func fold(dst []byte, text string) []byte {
	dst = append(dst[:0], ' ')
	if len(text) > maxText {
		text = text[:maxText]
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z':
				dst = append(dst, c)
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c >= '0' && c <= '9':
				dst = append(dst, '0')
			default:
				dst = append(dst, ' ')
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch r {
		case 'à', 'â', 'ä', 'á', 'ã', 'å', 'À', 'Â', 'Ä', 'Á', 'Ã', 'Å':
			dst = append(dst, 'a')
		case 'ç', 'Ç':
			dst = append(dst, 'c')
		case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
			dst = append(dst, 'e')
		case 'î', 'ï', 'í', 'ì', 'Î', 'Ï', 'Í', 'Ì':
			dst = append(dst, 'i')
		case 'ô', 'ö', 'ó', 'ò', 'õ', 'Ô', 'Ö', 'Ó', 'Ò', 'Õ':
			dst = append(dst, 'o')
		case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü', 'Ú':
			dst = append(dst, 'u')
		case 'ÿ', 'ý', 'Ÿ', 'Ý':
			dst = append(dst, 'y')
		case 'ñ', 'Ñ':
			dst = append(dst, 'n')
		case 'œ', 'Œ':
			dst = append(dst, 'o', 'e')
		case 'æ', 'Æ':
			dst = append(dst, 'a', 'e')
		default:
			dst = append(dst, ' ')
		}
	}
	return append(dst, ' ')
}

// extract appends the hashes of text's features to out (one per
// occurrence) using buf for the folded text.
func (fs Features) extract(out []uint32, buf []byte, text string) ([]uint32, []byte) {
	buf = fold(buf, text)
	prevStart, prevEnd := -1, -1
	var gram [64]byte
	for i := 0; i < len(buf); {
		if buf[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(buf) && buf[j] != ' ' {
			j++
		}
		w := buf[i:j]
		out = append(out, nonZero(hashBytes(hashStart('u'), w)))
		if fs.Bigrams && prevStart >= 0 {
			h := hashBytes(hashStart('b'), buf[prevStart:prevEnd])
			h = (h ^ ' ') * fnvPrime
			out = append(out, nonZero(hashBytes(h, w)))
		}
		if fs.MaxN > 0 && len(w)+2 <= len(gram) {
			gram[0] = '<'
			copy(gram[1:], w)
			gram[len(w)+1] = '>'
			g := gram[:len(w)+2]
			for n := fs.MinN; n <= fs.MaxN; n++ {
				if n >= len(g) { // the whole padded word is the unigram
					break
				}
				for k := 0; k+n <= len(g); k++ {
					out = append(out, nonZero(hashBytes(hashStart(byte('0'+n)), g[k:k+n])))
				}
			}
		}
		prevStart, prevEnd = i, j
		i = j
	}
	return out, buf
}
