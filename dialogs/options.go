package dialogs

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// option is one answer offered at a question: a button, also accepted typed
// as its number, its label or one of its words.
type option struct {
	Value string
	Label string
	Words []string // other typed forms, already normalised
	// Within are forms that answer anywhere in a sentence (« vous avez
	// plus tard dans la semaine ? »), tried when nothing else matched.
	Within []string
}

// normalise lower-cases, removes accents and punctuation and collapses
// spaces, so typed answers compare regardless of how they were typed.
func normalise(s string) string {
	if ascii(s) {
		return normaliseASCII(s)
	}
	if n, ok := normaliseLatin(s); ok {
		return n
	}
	// The lower-cased text and its decomposition go into a pooled scratch
	// with the iterator that decomposes it (norm.NFD.Append and String
	// allocate their reorder buffer on every call), the kept letters into
	// a stack buffer, and the result is copied out once at its size:
	// strings.ToLower, norm.NFD.String and a Builder were four
	// allocations on each accented message (normText, asksBooking).
	// Nothing returned points into the scratch: string() copies.
	// Lower-casing rune by rune is strings.ToLower's Map, invalid bytes
	// included (each becomes U+FFFD there too).
	sc := normScratch.Get().(*normaliseScratch)
	defer normScratch.Put(sc)
	low := sc.low[:0]
	for _, r := range s {
		low = utf8.AppendRune(low, unicode.ToLower(r))
	}
	d := sc.nfd[:0]
	sc.it.Init(norm.NFD, low)
	for !sc.it.Done() {
		d = append(d, sc.it.Next()...)
	}
	if cap(low) <= maxNormScratch && cap(d) <= maxNormScratch {
		sc.low, sc.nfd = low, d
	}
	var outBuf [256]byte
	out := outBuf[:0]
	space := true
	for i := 0; i < len(d); {
		r, n := utf8.DecodeRune(d[i:])
		i += n
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+':
			out = utf8.AppendRune(out, r)
			space = false
		default:
			if !space {
				out = append(out, ' ')
				space = true
			}
		}
	}
	return string(bytes.TrimSpace(out))
}

// latinMax bounds the runes normaliseLatin reads from its table: below the
// combining marks (U+0300), every rune's decomposition starts with a base
// letter, so the decomposition of a text of such runes is theirs one after
// the other (canonical reordering moves marks only within a run of marks,
// and each run here follows its own base).
const latinMax = 0x300

// latinRune is what normalise makes of one rune below latinMax: n bytes
// of letters (lower case, without marks) in b, or a separator (n == 0),
// or latinOther when the rune gives both, nothing or more than b holds.
type latinRune struct {
	n uint8
	b [6]byte
}

const latinOther = 255

// latinNorm is built from the same steps as normalise's general path
// (unicode.ToLower, NFD, marks dropped, letters, digits and '+' kept), one
// rune at a time.
var latinNorm = func() (tab [latinMax]latinRune) {
	for r := rune(0); r < latinMax; r++ {
		e := &tab[r]
		d := norm.NFD.String(string(unicode.ToLower(r)))
		if d == "" || norm.NFD.PropertiesString(d).CCC() != 0 {
			e.n = latinOther
			continue
		}
		var b []byte
		sep, kept := false, false
		for _, c := range d {
			switch {
			case unicode.Is(unicode.Mn, c):
			case unicode.IsLetter(c) || unicode.IsDigit(c) || c == '+':
				b = utf8.AppendRune(b, c)
				kept = true
			default:
				sep = true
			}
		}
		switch {
		case sep && !kept:
			e.n = 0
		case kept && !sep && len(b) <= len(e.b):
			e.n = uint8(copy(e.b[:], b))
		default:
			e.n = latinOther
		}
	}
	return tab
}()

// normaliseLatin is normalise for a text of runes below latinMax (French
// with its accents, most messages that are not plain ASCII), from a table:
// the general path lower-cases, decomposes and classifies rune by rune
// through the Unicode tables, ≈ 45 000 instructions on the bench's
// 130-byte request. ok is false when a rune is outside the table.
func normaliseLatin(s string) (string, bool) {
	var outBuf [256]byte
	out := outBuf[:0]
	space := true
	for _, r := range s {
		if r >= latinMax {
			return "", false
		}
		switch e := &latinNorm[r]; e.n {
		case latinOther:
			return "", false
		case 0:
			if !space {
				out = append(out, ' ')
				space = true
			}
		default:
			out = append(out, e.b[:e.n]...)
			space = false
		}
	}
	if len(out) > 0 && out[len(out)-1] == ' ' {
		out = out[:len(out)-1]
	}
	return string(out), true
}

// normaliseScratch is normalise's working space, recycled (see normalise).
type normaliseScratch struct {
	low, nfd []byte
	it       norm.Iter
}

var normScratch = sync.Pool{New: func() any {
	return &normaliseScratch{low: make([]byte, 0, 256), nfd: make([]byte, 0, 256)}
}}

// maxNormScratch: a scratch grown by a very long message is not kept.
const maxNormScratch = 4096

// normaliseASCII is normalise for ASCII text (most typed answers and every
// button value): no decomposition, one allocation at most.
func normaliseASCII(s string) string {
	if normalASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
			space = false
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '+':
			b.WriteByte(c)
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// normalASCII reports whether s is already normalised: lower-case letters,
// digits and '+' in words separated by single spaces.
func normalASCII(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '+':
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// typedLabel tells whether text is one option's label typed (or pasted)
// whole, whatever its accents, capitals and punctuation: it means that
// button and nothing more.
func typedLabel(opts []option, text string) bool {
	t := normalise(text)
	if t == "" {
		return false
	}
	for _, o := range opts {
		if t == normalise(o.Label) {
			return true
		}
	}
	return false
}

// match finds the option a visitor chose: a pressed button's value, a typed
// number, or typed words matching a label or synonym.
func match(opts []option, choice, text string) (option, bool) {
	if choice != "" {
		for _, o := range opts {
			if o.Value == choice {
				return o, true
			}
		}
		return option{}, false
	}
	// A typed option number is the most common answer: no normalising.
	if n, err := atoi(strings.TrimSpace(text)); err == nil {
		if n >= 1 && n <= len(opts) {
			return opts[n-1], true
		}
		return option{}, false
	}
	t := normalise(text)
	if t == "" && thumbsUp(text) {
		t = "oui" // 👍 answers yes wherever a yes is offered
	}
	if t == "" {
		return option{}, false
	}
	t = withoutFillers(t)
	if s := numberAfter(t); len(s) <= 2 { // "1.", "n°2", « le 2 », « numéro 3 », « choix 1 »
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(opts) {
			return opts[n-1], true
		}
	}
	for _, d := range []string{"", "mon ", "ma ", "mes ", "le ", "la ", "l ", "les ", "son ", "sa ", "ses ", "my ", "the ", "votre ",
		"j ai un ", "j ai une ", "j ai le ", "j ai ", "je suis ", "un ", "une ", "c est ", "i have a ", "i have ", "i m ", "i am ",
		"par ", "au ", "by "} {
		// « mon âge », « le lieu », "my age": the option's word after a
		// determiner; « par mail », « au tel »: after a preposition.
		u, ok := strings.CutPrefix(t, d)
		if !ok || u == "" {
			continue
		}
		for _, o := range opts {
			if u == normalise(o.Label) || u == o.Value {
				return o, true
			}
		}
		for _, o := range opts {
			for _, w := range o.Words {
				if u == w || strings.HasPrefix(u, w+" ") {
					return o, true
				}
			}
		}
	}
	// A number in words: « deux », « le premier », « la deuxième », "second".
	if n := ordinals[ordinalWord(t)]; n >= 1 && n <= len(opts) {
		return opts[n-1], true
	}
	padded := " " + t + " "
	for _, o := range opts {
		for _, w := range o.Within {
			if containsPadded(padded, w) {
				return o, true
			}
		}
	}
	// « je ne sais toujours pas », « je sais vraiment pas », « franchement
	// aucune idée »: an adverb of insistence inside an answer changes
	// nothing of it; tried last, so that it never changes an answer that
	// already matched.
	if u := withoutInsistence(t); u != t && u != "" {
		return match(opts, "", u)
	}
	return option{}, false
}

// insistence are the adverbs that stress an answer without changing it
// (normalised words).
var insistence = map[string]bool{"toujours": true, "vraiment": true, "franchement": true, "honnetement": true,
	"sincerement": true, "absolument": true, "reellement": true}

// withoutInsistence drops the insistence adverbs from a normalised answer.
func withoutInsistence(t string) string {
	if !strings.Contains(t, "ment") && !strings.Contains(t, "toujours") {
		return t
	}
	words := strings.Fields(t)
	kept := words[:0:0]
	for _, w := range words {
		if !insistence[w] {
			kept = append(kept, w)
		}
	}
	if len(kept) == len(words) {
		return t
	}
	return strings.Join(kept, " ")
}

// fillers are the hesitations and change-of-mind words said before an
// answer (« finalement oui », « bon ok », « bah non », « euh le 2 »): the
// answer after them is the one to match.
var fillers = []string{"finalement ", "bon ", "ben ", "bah ", "beh ", "euh ", "heu ", "ah ", "alors ", "du coup ", "eh bien ", "et bien "}

// withoutFillers strips the fillers opening a normalised answer, one after
// the other (« bon bah non »), keeping an answer made of fillers only.
func withoutFillers(t string) string {
	for {
		cut := false
		for _, f := range fillers {
			if u, ok := strings.CutPrefix(t, f); ok && u != "" {
				t, cut = u, true
			}
		}
		if !cut {
			return t
		}
	}
}

// thumbsUp tells whether a message is only approving emoji (👍, 👌, ✅,
// with any skin tone or variation selector).
func thumbsUp(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, r := range s {
		switch {
		case r == '👍' || r == '👌' || r == '✅' || r == '🆗' || r == '✔':
		case r >= 0x1F3FB && r <= 0x1F3FF, r == 0xFE0F, r == ' ':
			// skin tones, emoji presentation, spaces between them
		default:
			return false
		}
	}
	return true
}

// numberAfter strips the words said before an option number: « le 2 »,
// « la 3 », « numéro 1 », « choix 2 », « option 1 », « the 2 ».
func numberAfter(t string) string {
	for _, p := range []string{"le ", "la ", "l ", "numero ", "n ", "no ", "choix ", "option ", "reponse ", "the ", "number "} {
		t = strings.TrimPrefix(t, p)
	}
	return t
}

// ordinalWord is the number word of « le premier », « la deuxième
// option », « the second one », « le 3e créneau ».
func ordinalWord(t string) string {
	for _, p := range []string{"ok pour ", "ok ", "je prends ", "je choisis ", "je veux "} {
		t = strings.TrimPrefix(t, p)
	}
	t = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t, "le "), "la "), "the ")
	for _, s := range []string{" svp", " stp", " please", " merci", " ca me va", " me va", " me convient", " c est bon", " is fine",
		" one", " option", " choix", " creneau", " reponse", " bouton", " slot", " time"} {
		t = strings.TrimSuffix(t, s)
	}
	return t
}

// ordinals are option numbers typed in words, normalised (no accent).
var ordinals = map[string]int{
	"un": 1, "une": 1, "premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "one": 1, "first": 1,
	"deux": 2, "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2eme": 2, "two": 2,
	"trois": 3, "troisieme": 3, "3e": 3, "3eme": 3, "three": 3, "third": 3,
	"quatre": 4, "quatrieme": 4, "4e": 4, "4eme": 4, "four": 4, "fourth": 4,
	"cinq": 5, "cinquieme": 5, "5e": 5, "5eme": 5, "five": 5, "fifth": 5,
	"six": 6, "sixieme": 6, "6e": 6, "6eme": 6, "sixth": 6,
	"sept": 7, "septieme": 7, "7e": 7, "7eme": 7, "seven": 7, "seventh": 7,
}

var yesWords = []string{"oui", "ouais", "ok", "d accord", "dac", "yes", "o", "bien sur", "volontiers", "j accepte", "accepte", "ca marche", "exact", "c est exact", "oui c est ca", "c est ca", "je confirme", "confirme", "valider", "oki",
	"c est bon", "c bon", "cest bon", "tout est bon", "parfait", "correct", "c est correct", "tout a fait", "absolument",
	"exactement", "yep", "ouep", "ouaip", "sure", "of course", "right", "that s right",
	// SMS and hurried spellings (« ouai », « wi », « jconfirme »): a
	// visitor who types fast is not answered « je n'ai pas compris ».
	"ouai", "oue", "ouii", "ouiii", "wi", "oui oui", "c ok", "jconfirme", "jaccepte", "j confirme", "j accepte oui"}

// unsureWords answer « Je ne sais pas » however it is typed: SMS,
// spoken forms, English.
var unsureWords = []string{"je ne sais pas", "je sais pas", "j sais pas", "sais pas", "jsais pas", "jsp", "chais pas", "chai pas",
	"je ne sais plus", "je sais plus", "sais plus", "aucune idee", "pas d idee", "je ne suis pas sur", "je ne suis pas sure",
	"pas sur", "pas sure", "je n en sais rien", "j en sais rien", "sais rien", "ne sais pas",
	"i don t know", "i dont know", "don t know", "dont know", "not sure", "no idea", "idk"}

// neitherWords answer a question of two branches with neither
// (normalised): the doubt where it is offered, « non » at the cadre or
// bac+3 question.
var neitherWords = []string{"ni l un ni l autre", "ni lun ni lautre", "ni un ni l autre", "aucun des deux", "aucune des deux", "neither"}

// sectorUnsure: « ni l'un ni l'autre » to « public ou privé ? » is a doubt
// on the words (an association, a SEM…): who pays the salary decides.
// Declared before the states (understanding.go) so that their order of
// declaration, which the diagram follows, stays the files' order.
var sectorUnsure = append(append([]string{"ni public ni prive", "ni prive ni public"}, neitherWords...), unsureWords...)

// withUnsure is words followed by unsureWords.
func withUnsure(words ...string) []string { return append(words, unsureWords...) }

var noWords = []string{"non", "no", "nan", "n", "pas du tout", "jamais", "je refuse", "refuse", "aucun", "aucune",
	// SMS spellings, as yesWords
	"nn", "nope", "non non", "nan nan", "non merci", "nan merci", "nop"}

// errNotDecimal is atoi's error for a text that is not a decimal number.
var errNotDecimal = errors.New("not a decimal number")

// atoi is strconv.Atoi without its allocated *NumError for a text that is
// not a number (« oui », a whole description): those are most texts that a
// typed option is looked for in. A text of an optional sign then ASCII
// digits is left to strconv.Atoi, so every number (and overflow) reads as
// before; any other byte makes strconv.Atoi fail too.
func atoi(s string) (int, error) {
	if !isDecimal(s) {
		return 0, errNotDecimal
	}
	return strconv.Atoi(s)
}

// isDecimal reports whether s is an optional sign followed by ASCII digits
// only: a necessary condition for strconv.Atoi (base 10 takes no
// underscores and no prefix) to succeed.
func isDecimal(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// hasASCIIDigit reports whether s has a byte '0' to '9'.
func hasASCIIDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}
