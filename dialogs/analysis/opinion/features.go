package opinion

import (
	"slices"
	"unicode/utf8"
	"unsafe"
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
	Trigrams   bool // word trigrams
	Negation   bool // the words after a negation (« pas », « plus », « jamais »…), marked
	Person     bool // the words after a first-person (« je », « mon ») or third-person (« il », « mon fils ») subject, marked
	Tense      bool // the words after a past or duration cue (« j'étais », « ancien », « depuis »), marked
}

// flags packs the boolean options in one byte (bit 0 Bigrams, as the
// first file format had it).
func (fs Features) flags() byte {
	var b byte
	for i, on := range []bool{fs.Bigrams, fs.Trigrams, fs.Negation, fs.Person, fs.Tense} {
		if on {
			b |= 1 << i
		}
	}
	return b
}

func featuresOf(minN, maxN, flags byte) Features {
	return Features{MinN: int(minN), MaxN: int(maxN), Bigrams: flags&1 != 0, Trigrams: flags&2 != 0,
		Negation: flags&4 != 0, Person: flags&8 != 0, Tense: flags&16 != 0}
}

// scopeWords is how many words after a cue the scoped features mark.
const scopeWords = 3

// cue kinds of the scoped features
const (
	cueNone = iota
	cueNeg
	cueFirst
	cueThird
	cuePast
)

// cueOf is the kind of cue of a folded word (next is the following word,
// for « mon fils »); the cue word itself is not marked.
func cueOf(w, next string) int {
	switch w {
	case "pas", "plus", "jamais", "ni", "aucun", "aucune", "sans", "non", "pa", "pu", "rien":
		return cueNeg
	case "je", "j", "moi", "jsui", "jsuis", "chui", "jai", "suis", "me", "m":
		return cueFirst
	case "mon", "ma", "mes":
		switch next {
		case "fils", "fille", "mari", "femme", "epoux", "epouse", "conjoint", "conjointe", "compagnon", "compagne",
			"pere", "mere", "frere", "soeur", "enfant", "enfants", "ami", "amie", "copain", "copine", "neveu", "niece":
			return cueThird
		}
		return cueFirst
	case "il", "elle", "ils", "elles", "lui", "son", "sa", "ses", "fils", "fille", "mari", "femme":
		return cueThird
	case "etais", "etait", "ete", "ancien", "ancienne", "ex", "avant", "auparavant", "depuis", "jusqu", "quitte",
		"anciennement", "precedemment", "dernier", "derniere", "fini", "termine", "terminee":
		return cuePast
	}
	return cueNone
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
			case c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '\n' || c == ':':
				dst = append(dst, '|') // a clause ends: a separator for the scoped features
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
	ctx := newContext(fs)
	var gram [64]byte
	for i := 0; i < len(buf); {
		if buf[i] == ' ' || buf[i] == '|' {
			if buf[i] == '|' { // a clause ends: the scopes end
				ctx.negLeft, ctx.persLeft, ctx.pastLeft = 0, 0, 0
			}
			i++
			continue
		}
		j := i
		for j < len(buf) && buf[j] != ' ' && buf[j] != '|' {
			j++
		}
		w := buf[i:j]
		out = append(out, nonZero(hashBytes(hashStart('u'), w)))
		out = ctx.word(out, fs, buf, i, j)
		if fs.MaxN > 0 && len(w)+2 <= len(gram) {
			gram[0] = '<'
			copy(gram[1:], w)
			gram[len(w)+1] = '>'
			g := gram[:len(w)+2]
			for n := fs.MinN; n <= fs.MaxN; n++ {
				if n >= len(g) { // the whole padded word is the unigram
					break
				}
				out = appendGrams(out, g, n)
			}
		}
		i = j
	}
	return out, buf
}

// appendGrams appends the hashes of the n-grams of g (n < len(g)), as
// hashBytes(hashStart('0'+n), g[k:k+n]) would give them, with the common
// lengths unrolled.
func appendGrams(out []uint32, g []byte, n int) []uint32 {
	m := len(g) - n + 1
	out = slices.Grow(out, m)
	l := len(out)
	out = out[:l+m]
	dst := out[l:]
	h0 := hashStart(byte('0' + n))
	switch n {
	case 3:
		for k := range dst {
			b := g[k : k+3 : k+3]
			h := (h0 ^ uint32(b[0])) * fnvPrime
			h = (h ^ uint32(b[1])) * fnvPrime
			dst[k] = nonZero((h ^ uint32(b[2])) * fnvPrime)
		}
	case 4:
		for k := range dst {
			b := g[k : k+4 : k+4]
			h := (h0 ^ uint32(b[0])) * fnvPrime
			h = (h ^ uint32(b[1])) * fnvPrime
			h = (h ^ uint32(b[2])) * fnvPrime
			dst[k] = nonZero((h ^ uint32(b[3])) * fnvPrime)
		}
	case 5:
		for k := range dst {
			b := g[k : k+5 : k+5]
			h := (h0 ^ uint32(b[0])) * fnvPrime
			h = (h ^ uint32(b[1])) * fnvPrime
			h = (h ^ uint32(b[2])) * fnvPrime
			h = (h ^ uint32(b[3])) * fnvPrime
			dst[k] = nonZero((h ^ uint32(b[4])) * fnvPrime)
		}
	default:
		for k := range dst {
			dst[k] = nonZero(hashBytes(h0, g[k:k+n]))
		}
	}
	return out
}

// nextWord is the word of buf starting after position j (a clause end
// stops it), "" at the end.
func nextWord(buf []byte, j int) string {
	for j < len(buf) && buf[j] == ' ' {
		j++
	}
	k := j
	for k < len(buf) && buf[k] != ' ' && buf[k] != '|' {
		k++
	}
	return unsafeString(buf[j:k])
}

func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// context is the walk's memory for the features a word owes to its
// neighbours (bigram, trigram) and to the scopes it stands in (negation,
// person, past): shared by extract and by Predict's word cache, whose
// words' own features are cached but whose context features are not.
//
// The bigrams and trigrams are hashed as hashBytes of their words joined
// by ' ' (hashStart('b'), hashStart('w')) would give them, but the walk
// keeps the hash of the words before as far as they go, so that each
// word's bytes are read once for the five hashes that need them
// (TestContextHashes compares with the plain hashing).
type context struct {
	scoped bool
	n      int // words walked so far
	// bigram: hashStart('b'), the previous word and ' '; trigram:
	// hashStart('w'), the two previous words, each followed by ' '; tri1:
	// hashStart('w'), the previous word and ' ' (the next trigram's start)
	bigram, trigram, tri1 uint32
	// scopes: the cue kind and the number of words still marked
	negLeft, persLeft, pastLeft int
	pers                        int
}

func newContext(fs Features) context {
	return context{scoped: fs.Negation || fs.Person || fs.Tense, pers: cueNone}
}

// word appends the context features of the word buf[i:j] and moves on.
func (c *context) word(out []uint32, fs Features, buf []byte, i, j int) []uint32 {
	w := buf[i:j]
	bi, tri := c.bigram, c.trigram // completed by w
	nb, nw, nt := hashStart('b'), hashStart('w'), c.tri1
	for _, ch := range w {
		x := uint32(ch)
		bi = (bi ^ x) * fnvPrime
		tri = (tri ^ x) * fnvPrime
		nb = (nb ^ x) * fnvPrime
		nw = (nw ^ x) * fnvPrime
		nt = (nt ^ x) * fnvPrime
	}
	if fs.Bigrams && c.n >= 1 {
		out = append(out, nonZero(bi))
	}
	if fs.Trigrams && c.n >= 2 {
		out = append(out, nonZero(tri))
	}
	if c.scoped {
		next := nextWord(buf, j)
		cue := cueOf(unsafeString(w), next)
		switch {
		case cue == cueNeg && fs.Negation:
			c.negLeft = scopeWords
		case (cue == cueFirst || cue == cueThird) && fs.Person:
			c.pers, c.persLeft = cue, scopeWords+1
		case cue == cuePast && fs.Tense:
			c.pastLeft = scopeWords
		default:
			if c.negLeft > 0 {
				out = append(out, nonZero(hashBytes(hashStart('n'), w)))
			}
			if c.persLeft > 0 {
				out = append(out, nonZero(hashBytes(hashStart(byte('p'+c.pers)), w)))
			}
			if c.pastLeft > 0 {
				out = append(out, nonZero(hashBytes(hashStart('t'), w)))
			}
			c.negLeft, c.persLeft, c.pastLeft = max(c.negLeft-1, 0), max(c.persLeft-1, 0), max(c.pastLeft-1, 0)
		}
	}
	c.bigram = (nb ^ ' ') * fnvPrime
	c.trigram = (nt ^ ' ') * fnvPrime
	c.tri1 = (nw ^ ' ') * fnvPrime
	c.n++
	return out
}
