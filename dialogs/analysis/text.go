package analysis

import (
	"unicode"
	"unicode/utf8"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// maxRunes caps the work per message (SPEC §3: longer messages are cut).
const maxRunes = 4096

// token is one word of a message after normalisation. s is the canonical
// folded form (accents stripped, SMS spelling expanded, typos corrected);
// it points into the message buffer or into the static lexicon, so the
// token slice is built without per-word allocations.
type token struct {
	s      string
	clause int32 // index of the clause (split on . , ; ! ? ( ) etc.)
	cap    bool  // the original word started with a capital letter
	num    bool  // starts with a digit
	after  rune  // first punctuation rune after the word, 0 if none
	orig   string
}

// scratch holds the per-call buffers; it is recycled through a sync.Pool.
type scratch struct {
	buf           []byte
	toks          []token
	raw           []rawTok
	hits          []hit
	ids           []wordID     // per token: its word's number in the patterns (findHits)
	traits        []wordTraits // per token: its word's traits (lookUpWords)
	msgCls        wordClass    // the union of the tokens' classes (lookUpWords)
	past, present []bool
	pastFrom      []int32     // per clause: the first token of its first past marker
	rel           []bool      // per token: speaks of a relative (relatives.go)
	relNoun       []int32     // per token where rel is set: the token of the relative's noun
	writer        []bool      // per clause: the writer speaks of themselves (relatives.go, forRel)
	cands         []candMemo  // per token: statusCandidate of the status hit starting there (calibrate.go)
	pre           []preTraits // per token as tokenize left it: the traits of its word when looked up with it (it may end before toks)
}

// preTraits are the traits tokenize looked up for the word s (ok: set).
type preTraits struct {
	s  string
	tr wordTraits
	ok bool
}

type rawTok struct {
	start, end int
	cap        bool
	after      rune
	clause     int32
}

func isClauseSep(r rune) bool {
	switch r {
	case '.', ',', ';', '!', '?', '(', ')', '[', ']', '\n', '\r', ':', '…', '"', '«', '»':
		return true
	}
	return false
}

// tokenize folds text into sc.toks. Digits and letters stay together
// ("23a", "2a", "75011") and are interpreted later.
func tokenize(sc *scratch, text string) {
	sc.buf = sc.buf[:0]
	sc.raw = sc.raw[:0]
	sc.toks = sc.toks[:0]
	sc.traits = sc.traits[:0]
	sc.pre = sc.pre[:0]
	sc.msgCls = 0
	var clause int32
	inTok := false
	n := 0
	for _, r := range text {
		n++
		if n > maxRunes {
			break
		}
		if r < utf8.RuneSelf {
			// ASCII, most of the text: geo.AppendFold's folding, inline
			c, up := byte(r), r >= 'A' && r <= 'Z'
			if up {
				c += 'a' - 'A'
			}
			if up || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				if !inTok {
					if len(sc.buf) > 0 {
						sc.buf = append(sc.buf, ' ')
					}
					sc.raw = append(sc.raw, rawTok{start: len(sc.buf), cap: up, clause: clause})
					inTok = true
				}
				sc.buf = append(sc.buf, c)
				continue
			}
		}
		var tmp [8]byte
		f, ok := geo.AppendFold(tmp[:0], r)
		if ok {
			if !inTok {
				if len(sc.buf) > 0 {
					sc.buf = append(sc.buf, ' ')
				}
				sc.raw = append(sc.raw, rawTok{start: len(sc.buf), cap: unicode.IsUpper(r), clause: clause})
				inTok = true
			}
			sc.buf = append(sc.buf, f...)
			continue
		}
		if inTok {
			sc.raw[len(sc.raw)-1].end = len(sc.buf)
			inTok = false
		}
		if isClauseSep(r) {
			clause++
		}
		if len(sc.raw) > 0 && sc.raw[len(sc.raw)-1].after == 0 && !unicode.IsSpace(r) && r != '\'' && r != '’' && r != '-' {
			sc.raw[len(sc.raw)-1].after = r
		}
	}
	if inTok {
		sc.raw[len(sc.raw)-1].end = len(sc.buf)
	}
	if len(sc.raw) == 0 {
		return
	}
	s := string(sc.buf) // the only copy of the message text
	lx := lex()
	for i := range sc.raw {
		rt := &sc.raw[i]
		w := s[rt.start:rt.end]
		t := token{s: w, orig: w, clause: rt.clause, cap: rt.cap, after: rt.after}
		if w[0] >= '0' && w[0] <= '9' {
			t.num = true
			sc.toks = append(sc.toks, t)
			continue
		}
		info := lx.tokWords[w] // one lookup: SMS expansion, known word and traits
		inLex := info.in
		if exp := info.exp; exp != nil {
			for j, e := range exp {
				tt := t
				tt.s = e
				if j < len(exp)-1 {
					tt.after = 0
				}
				sc.toks = append(sc.toks, tt)
			}
			continue
		}
		if !inLex && hasRun3(w) {
			// letters held down under stress: « chomaaaage », « cdiiii »
			if c := lx.unstretch(w); c != "" {
				w, t.s = c, c
				info = lx.tokWords[w]
				inLex = info.in
				if exp := info.exp; exp != nil {
					for j, e := range exp {
						tt := t
						tt.s = e
						if j < len(exp)-1 {
							tt.after = 0
						}
						sc.toks = append(sc.toks, tt)
					}
					continue
				}
			}
		}
		if !inLex {
			// elision written without apostrophe: "jhabite", "demploi", "lecole"
			if len(w) > 3 && (w[0] == 'j' || w[0] == 'd' || w[0] == 'l') {
				if _, ok := lx.known[w[1:]]; ok {
					tt := t
					tt.s, tt.after = elided[w[0]], 0
					sc.toks = append(sc.toks, tt)
					t.s = w[1:]
					sc.toks = append(sc.toks, t)
					continue
				}
			}
			// (a place name is never corrected: asked first, its two look-ups
			// spare the fuzzy search of the many town names not in the
			// lexicon; all three are pure, so the order does not change the
			// answer)
			if geo.MaxWordsFrom(w) == 0 && geo.NameMaxWordsFrom(w) == 0 {
				if c := lx.correctPhonetic(w); c != "" {
					t.s = c
				}
			}
		}
		sc.toks = append(sc.toks, t)
		if t.s == w {
			// the traits looked up with the word, for lookUpWords; the tokens
			// without (rewritten, split, expanded, numbers) are padded here or
			// left past the end of pre
			sc.pre = append(padPre(sc.pre, len(sc.toks)-1), preTraits{s: w, tr: info.tr, ok: true})
		}
	}
	spokenPuR21q(sc) // round 21Q: the phone's « pu » for « plus »
	mergeNumberWords(sc)
	creoleClausesR21o(sc)  // round 21O: the Creole « I am », « I work », « I was »
	foreignClausesR21w(sc) // round 21W: « soy », « estou », « sono », « trabajo en »
}

// padPre grows pre to n tokens with no traits (tokens whose word tokenize
// did not look up as it stands).
func padPre(pre []preTraits, n int) []preTraits {
	for len(pre) < n {
		pre = append(pre, preTraits{})
	}
	return pre
}

// numberWords are the French words of ages 1–99.
var numberWords = map[string]int{
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
	"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
	"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "nonante": 90,
}

var smallNumbers = []string{"", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
	"20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39",
	"40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59",
	"60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79",
	"80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"}

// mergeNumberWords turns "vingt-trois", "quatre vingt deux", "trente et un"
// into one numeric token, but only when the sequence is followed by "ans"
// (or is the whole answer): "un" and "une" are articles everywhere else.
func mergeNumberWords(sc *scratch) {
	toks := sc.toks
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		v, j := parseNumberWords(toks, i)
		if j > i && v > 0 && v < 100 && (j == len(toks) || toks[j].s == "ans" || toks[j].s == "an") && (v > 1 || j-i > 1 || j == len(toks) && i == 0) {
			t := toks[i]
			t.s, t.num, t.after = smallNumbers[v], true, toks[j-1].after
			out = append(out, t)
			i = j - 1
			continue
		}
		if len(out) == i {
			out = out[:i+1] // no number merged before: the token is in place
			continue
		}
		out = append(out, toks[i])
	}
	sc.toks = out
}

// parseNumberWords reads a French number (1–99) starting at i; it returns
// the value and the index after it (j == i when there is none).
func parseNumberWords(toks []token, i int) (int, int) {
	v, j := 0, i
	for j < len(toks) {
		w := toks[j].s
		n, ok := 0, false
		if numberWordsFilter.may(w) {
			n, ok = numberWords[w]
		}
		switch {
		case w == "et" && v >= 20 && j+1 < len(toks) && (toks[j+1].s == "un" || toks[j+1].s == "onze"):
			j++
			continue
		case w == "dix" && v == 60, w == "dix" && v == 80:
			v += 10
		case ok && v == 10 && n >= 7 && n <= 9:
			v += n // « dix-sept », « dix-huit », « dix-neuf »
		case ok && n == 20 && v == 4:
			v = 80
		case ok && n < 20 && (v == 0 || v%10 == 0 && v >= 20 && n < 10 || (v == 60 || v == 80) && n < 20):
			if v == 70 || v == 90 { // soixante-dix-sept
				if n >= 10 {
					return v, j
				}
			}
			v += n
		case ok && n >= 20 && v == 0:
			v = n
		default:
			return v, j
		}
		j++
	}
	return v, j
}

// leadingInt parses the leading digits of s; n is how many bytes they took.
func leadingInt(s string) (v, n int) {
	for n < len(s) && s[n] >= '0' && s[n] <= '9' && n < 9 {
		v = v*10 + int(s[n]-'0')
		n++
	}
	return v, n
}

var elided = map[byte]string{'j': "j", 'd': "d", 'l': "l"}
