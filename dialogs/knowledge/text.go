package knowledge

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/french"
)

// MaxRunes is how much of a message is looked at; the rest is ignored so
// that a pasted 64 KiB text costs no more than a long message.
const MaxRunes = 4096

// cut returns s limited to MaxRunes runes.
func cut(s string) string {
	if len(s) <= MaxRunes {
		return s
	}
	n := 0
	for i := range s {
		if n == MaxRunes {
			return s[:i]
		}
		n++
	}
	return s
}

// foldRune lower-cases r and removes its diacritics (French letters).
func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'å':
		return 'a'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'î', 'ï', 'í', 'ì':
		return 'i'
	case 'ô', 'ö', 'ó', 'ò', 'õ':
		return 'o'
	case 'ù', 'û', 'ü', 'ú':
		return 'u'
	case 'ÿ':
		return 'y'
	case 'ç':
		return 'c'
	case 'ñ':
		return 'n'
	}
	return r
}

// fold lower-cases s, removes diacritics and expands the ligatures œ and æ.
// Everything that is not a letter or a digit becomes a space, except '?'
// which is kept (IsQuestion needs it; words never contain it).
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
		case r == '?' || r == '？':
			b.WriteByte('?')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(foldRune(r))
		case r == utf8.RuneError:
			b.WriteByte(' ')
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// appendFold appends fold(s) to dst (normQ folds into a stack buffer it
// reads once).
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		// ASCII without the Unicode tables (IsLetter, ToLower): most of a
		// message, and IsQuestion folds each clause of it.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '?':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				c = ' '
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == 'œ' || r == 'Œ':
			dst = append(dst, "oe"...)
		case r == 'æ' || r == 'Æ':
			dst = append(dst, "ae"...)
		case r == '?' || r == '？':
			dst = append(dst, '?')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			dst = utf8.AppendRune(dst, foldRune(r))
		default:
			dst = append(dst, ' ')
		}
	}
	return dst
}

// words splits folded text into words (runs of letters and digits).
func words(folded string) []string {
	return strings.FieldsFunc(folded, func(r rune) bool { return r == ' ' || r == '?' })
}

// stopWords are folded French function words, chat fillers and the question
// scaffolding that carries no topic ("comment", "quoi"…). Elided forms
// written without the apostrophe ("jai", "cest") are listed too.
var stopWords = setOf(`
a au aux avec ce ces cet cette ca cela ceci c d de des du dans en et est es
il ils elle elles je j tu on nous vous me m te t se s le la les l lui leur leurs
mon ma mes ton ta tes son sa ses notre nos votre vos un une ou où par pour pas
ne n plus que qu qui quoi quel quelle quels quelles sur sont suis etre ai as avons
avez ont y sa si mais donc or ni car comme tout tous toute toutes
comment combien pourquoi quand est-ce ce-que
jai cest quest questce kesako kes kestion savoir sais sait
bonjour bonsoir salut hello merci svp stp sil plait madame monsieur
oui non ok d'accord dac bah ben alors bref enfin voila
avoir fait faire peux peut peuvent puis pouvez pourrais pourriez pourrait
dois doit devez faut veux veut voudrais voudrait aimerais souhaite souhaiterais
moi toi lui eux
tres trop bien aussi deja encore quelque chose chose truc
la-bas ici cela celui celle ceux
mais meme
c'est
exactement vraiment
sert servir fonctionne
info infos information informations renseignement renseignements
question questions demande demander
ya existe existent chez va vais vas aller
dire autre autres chose penser entendu
depuis an ans annee annees parle parler dit marre fois maintenant juste concretement passe aujourd hui
`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// rewrites expands SMS spellings and a few everyday synonyms into the words
// the cards use. Keys and values are folded.
var rewrites = map[string]string{
	"koi": "quoi", "kwa": "quoi", "pr": "pour", "ds": "dans", "pk": "pourquoi",
	"pq": "pourquoi", "cmt": "comment", "cb": "combien", "tt": "tout",
	"bcp": "beaucoup", "jsuis": "je suis", "chui": "je suis", "chuis": "je suis",
	"boulot": "emploi", "taf": "emploi", "job": "emploi",
	"chomdu": "chomage", "chomage": "chomage", "chomeur": "chomage", "chomeuse": "chomage",
	"patron": "employeur", "patronne": "employeur", "boss": "employeur",
	"boite": "entreprise", "taff": "emploi",
	"gratos": "gratuit", "gratuitement": "gratuit", "coutent": "coute",
	"pe": "pole emploi", "ft": "france travail", "ml": "mission locale",
	"fonctionnaire": "fonctionnaire agent public", "fonctionnaires": "fonctionnaire agent public",
	"handicape": "handicap", "handicapee": "handicap",
	"reconvertir": "reconversion", "reconvertis": "reconversion",
	"demissionne": "demission", "demissionner": "demission", "demissionnant": "demission",
	"demissionnaire": "demission", "dem": "demission",
	"diplome": "diplome", "diplomes": "diplome",
	"autoentrepreneur": "auto entrepreneur", "microentrepreneur": "micro entrepreneur",
	"autoentreprise": "auto entreprise",
	"vae":            "vae", "cpf": "cpf", "ptp": "ptp", "cep": "cep",
	"transco": "transitions collectives",
	"ecolo":   "ecologique", "ecologie": "ecologique", "green": "ecologique",
	"env": "environnement", "bdc": "bilan competences",
	"rqth": "rqth handicap",
}

// acronyms are names that must not be stemmed.
var acronyms = setOf("cep cpf vae ptp apec arce acre aif aref cej poei poec afpr rqth cif opco boeth proa")

var (
	stemCache  sync.Map // folded word → stem
	stemCached atomic.Int64
)

const maxStemCache = 1 << 15

// stem returns the French Snowball stem of a folded word, cached. The cache
// is bounded: past maxStemCache words, new words are stemmed every time.
func stem(w string) string {
	// Acronyms and short words are kept whole: the stemmer would turn
	// « vae » into « va », which is also « il va ».
	if len(w) <= 3 || acronyms[w] {
		return w
	}
	if v, ok := stemCache.Load(w); ok {
		return v.(string)
	}
	s := french.Stem(w, true)
	if stemCached.Load() < maxStemCache {
		if _, loaded := stemCache.LoadOrStore(w, s); !loaded {
			stemCached.Add(1)
		}
	}
	return s
}

// token is a word of a query or a card after normalisation.
type token struct {
	word string // folded surface form
	stem string
}

// phrases maps folded multi-word names of a scheme to one word, so that
// « conseil en évolution professionnelle » weighs like « CEP » and not like
// three common words.
var phrases = strings.NewReplacer(
	" conseil en evolution professionnelle ", " cep ",
	" conseil en evolution profesionnelle ", " cep ",
	" conseiller en evolution professionnelle ", " cep ",
	" conseil en evolution pro ", " cep ",
	" conseil en evolution ", " cep ",
	" compte personnel de formation ", " cpf ",
	" compte personnel formation ", " cpf ",
	" mon compte formation ", " cpf ",
	" compte formation ", " cpf ",
	" validation des acquis de l experience ", " vae ",
	" validation des acquis de experience ", " vae ",
	" validation des acquis ", " vae ",
	" projet de transition professionnelle ", " ptp ",
	" transition professionnelle ", " ptp ",
	" cpf de transition ", " ptp ",
	" contrat d engagement jeune ", " cej ",
	" aide individuelle a la formation ", " aif ",
	" transitions pro ", " transitionspro ",
	" transition pro ", " transitionspro ",
	" pro a ", " proa ",
	" sans emploi ", " chomage ",
	" sans travail ", " chomage ",
	" sans boulot ", " chomage ",
	" au chomage ", " chomage ",
	// « j'ai arrêté mes études », « il a arrêté le lycée »: to stop, which
	// the stemmer makes the « arrêt » of a sick leave (« je suis arrêtée »
	// keeps that reading)
	" ai arrete ", " ai cesse ", " ai arretee ", " ai cesse ", " ai arretes ", " ai cesse ",
	" as arrete ", " as cesse ", " a arrete ", " a cesse ", " a arretee ", " a cesse ",
	" avons arrete ", " avons cesse ", " avez arrete ", " avez cesse ", " ont arrete ", " ont cesse ",
	" j arrete ", " je cesse ",
)

// tokens folds, splits and normalises text: scheme names and SMS
// spellings rewritten, stop words and one-letter words dropped, each word
// stemmed.
func tokens(text string) []token {
	var out []token
	f := " " + strings.Join(words(fold(text)), " ") + " "
	ws := strings.Fields(phrases.Replace(f))
	for i, w := range ws {
		if isDigits(w) && i+1 < len(ws) && (ws[i+1] == "ans" || ws[i+1] == "an") {
			// An age (« j'ai 48 ans ») says who asks, not what about: it
			// must not pick the card that mentions « 48 heures ».
			continue
		}
		if w == "combien" && i == len(ws)-1 {
			// « c'est combien ? », « ça fait combien » ask the price:
			// every other word is a stop word. « combien de temps » is
			// not, so only a closing « combien » is.
			out = appendToken(out, "prix")
			continue
		}
		if r, ok := rewrites[w]; ok {
			for _, x := range strings.Fields(r) {
				out = appendToken(out, x)
			}
			continue
		}
		out = appendToken(out, w)
	}
	return out
}

func appendToken(out []token, w string) []token {
	if len(w) < 2 && !isDigits(w) || stopWords[w] {
		return out
	}
	return append(out, token{word: w, stem: stem(w)})
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
