package knowledge

import (
	"regexp"
	"strings"
	"unsafe"
)

// IsQuestion reports whether a message is a question (to answer with a
// card) rather than an answer to a reception question. It fires on:
//   - a question mark;
//   - an interrogative opening of a sentence: « comment », « combien »,
//     « pourquoi », « quel(le)s », « qui peut », « où », « est-ce que »,
//     « qu'est-ce », « c'est quoi », « à quoi sert »…, in SMS spellings too;
//   - an inverted verb (« peut-on », « ai-je droit », « existe-t-il »);
//   - « je voudrais savoir », « expliquez-moi », « des infos sur »…;
//   - a scheme word (CPF, VAE, bilan de compétences, PTP, démission…) with
//     a question-like cue (« j'ai droit », « possible », « je peux »,
//     « ça marche »…).
//
// Plain answers — « je suis au chômage à Lyon », « 34 ans », « oui »,
// « 75011 », « je veux me reconvertir dans le paysagisme », « je viens de
// démissionner » — do not fire. Only the first MaxRunes runes are read.
func IsQuestion(text string) bool {
	text = cut(text)
	if strings.ContainsAny(text, "?？¿") {
		return true
	}
	// Apostrophes and hyphens become spaces: « qu'est-ce » → « qu est ce ».
	f := normQ(text)
	if f == "  " {
		return false
	}
	m := cueIndex.scan(f)
	if m&(1<<cueWho) != 0 && m&(1<<cueKnow) != 0 {
		return true
	}
	// A clause's folded words are consecutive words of f (fold lower-cases
	// rune by rune and makes every clause break a space): a clause can start
	// with a question opener, « où » or « ou » only if f holds that opener or
	// the word « ou ». Most messages hold neither, and are not cut into
	// clauses and folded again (≈ 2 400 instructions of a bench turn).
	if m&(1<<cueOpener) != 0 || strings.Contains(f, " ou ") {
		if clauseQuestion(text) {
			return true
		}
	}
	// « quel métier ? » without the mark, unless « je ne sais pas quel… ».
	if m&(1<<cueQuel) != 0 && !strings.Contains(f, " sais pas ") && !strings.Contains(f, " sait pas ") {
		return true
	}
	if m&(1<<cueAnywhere) != 0 {
		return true
	}
	// The regexp is the costliest check; an inverted verb needs a hyphen
	// and a subject pronoun after it.
	if invertedPronoun(text) && inverted.MatchString(strings.ToLower(text)) {
		return true
	}
	return m&(1<<cueScheme) != 0 && m&(1<<cueSchemeCue) != 0
}

// clauseQuestion reports whether a clause of text starts as a question: an
// opener (after greetings and fillers), « où », or « ou » and an infinitive.
func clauseQuestion(text string) bool {
	for clause := range strings.FieldsFuncSeq(strings.ToLower(text), isClauseBreak) {
		// « où » with its accent is never the conjunction « ou ».
		if strings.HasPrefix(strings.TrimSpace(clause), "où ") {
			return true
		}
		c := stripOpeners(normQ(clause))
		if openerIndex.scanAt(c, 0) != 0 {
			return true
		}
		// « ou voir… », « ou déposer… »: « ou » then an infinitive.
		if w0, w1, two := firstTwoFields(c); two && w0 == "ou" && infinitive(w1) {
			return true
		}
	}
	return false
}

// invertedPronoun reports whether text has a hyphen followed by a subject
// pronoun (« -on », « -t-il », « -vous »), without which the inverted
// regexp cannot match.
func invertedPronoun(text string) bool {
	for i := strings.IndexByte(text, '-'); i >= 0; {
		rest := text[i+1:]
		if len(rest) >= 2 && (rest[0] == 't' || rest[0] == 'T') && rest[1] == '-' {
			rest = rest[2:]
		}
		for _, p := range [...]string{"je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"} {
			if len(rest) >= len(p) && strings.EqualFold(rest[:len(p)], p) {
				return true
			}
		}
		j := strings.IndexByte(rest, '-')
		if j < 0 {
			return false
		}
		i = len(text) - len(rest) + j
	}
	return false
}

// smsQuestion rewrites SMS spellings of question words (folded).
var smsQuestion = map[string]string{
	"koi": "quoi", "kwa": "quoi", "cmt": "comment", "koman": "comment", "komen": "comment",
	"pk": "pourquoi", "pq": "pourquoi", "cmb": "combien", "cbn": "combien", "kel": "quel", "kelle": "quelle", "kels": "quels",
	"kelles": "quelles", "jpeux": "je peux", "jpe": "je peux", "chui": "je suis",
	"chuis": "je suis", "jsuis": "je suis", "esk": "est ce que", "eske": "est ce que",
	"esque": "est ce que", "cest": "c est", "jai": "j ai", "quest": "qu est", "ya": "y a",
	"kesako": "c est quoi", "kezako": "c est quoi", "ki": "qui",
}

// normQ folds text into space-separated words padded with spaces, SMS
// question words rewritten.
func normQ(text string) string {
	// fold leaves single-byte spaces as the only separators, so its words
	// are cut at ' ' (what strings.Fields would give) straight into the
	// padded result, without a word list and a join. The folded text is
	// only read here: it goes into a stack buffer (a string of its own was
	// one more allocation per clause of every message IsQuestion reads).
	var buf [256]byte
	fb := appendFold(buf[:0], text)
	f := unsafe.String(unsafe.SliceData(fb), len(fb))
	var b strings.Builder
	b.Grow(len(f) + 2)
	b.WriteByte(' ')
	n := 0
	for f != "" {
		w := f
		if i := strings.IndexByte(f, ' '); i >= 0 {
			w, f = f[:i], f[i+1:]
		} else {
			f = ""
		}
		if w == "" {
			continue
		}
		if r, ok := smsQuestion[w]; ok {
			w = r
		}
		b.WriteString(w)
		b.WriteByte(' ')
		n++
	}
	if n == 0 {
		b.WriteByte(' ')
	}
	return b.String()
}

// infinitive reports whether a folded word looks like a French infinitive.
// firstTwoFields returns the first two words strings.Fields would give,
// without building the list of all of them.
func firstTwoFields(s string) (w0, w1 string, two bool) {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == 0 {
			w0 = w
		} else {
			return w0, w, true
		}
		n++
	}
	return w0, "", false
}

func infinitive(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"))
}

// clauseSplit cuts a message into sentences and clauses; interrogative
// words count only at the start of one.
// isClauseBreak splits a message into clauses.
func isClauseBreak(r rune) bool { return strings.ContainsRune(".!;:,\n\r…", r) }

// openers are greetings and fillers skipped before an interrogative word.
var openers = []string{
	" bonjour ", " bonsoir ", " salut ", " hello ", " coucou ", " alors ", " et ", " mais ",
	" donc ", " du coup ", " sinon ", " aussi ", " madame ", " monsieur ", " svp ", " stp ",
	" excusez moi ", " pardon ", " ok ", " d accord ", " merci ", " au fait ", " ah ", " euh ",
	" ben ", " bah ", " oui ", " non ", " et sinon ", " dites ", " dis ",
}

func stripOpeners(c string) string {
	for changed := true; changed; {
		changed = false
		for _, o := range openers {
			if strings.HasPrefix(c, o) {
				c = " " + strings.TrimPrefix(c, o)
				changed = true
			}
		}
	}
	return c
}

// questionOpeners start a question (folded, padded with spaces).
var questionOpeners = []string{
	" comment ", " cmt ", " combien ", " cb ", " pourquoi ", " pk ", " pq ", " quand ",
	" quel ", " quelle ", " quels ", " quelles ", " kel ", " kelle ",
	" qui peut ", " qui doit ", " qui paye ", " qui paie ", " qui finance ", " qui contacter ",
	" qui est ", " qui sont ", " qui s occupe ", " qui consulter ",
	" ou trouver ", " ou aller ", " ou s adresser ", " ou m adresser ", " ou se renseigner ",
	" ou faire ", " ou est ", " ou sont ", " ou puis je ", " ou peut on ", " ou dois je ",
	" est ce ", " est ce que ", " estce ", " esque ", " eske ", " es ce que ",
	" qu est ce ", " quest ce ", " questce ", " kesako ", " kezako ", " c est quoi ",
	" cest quoi ", " c quoi ", " ces quoi ", " sa veut dire quoi ", " ca veut dire quoi ",
	" a quoi sert ", " a quoi servent ", " a quoi ca sert ", " ca sert a quoi ", " sert a quoi ",
	" ca consiste en quoi ", " en quoi consiste ", " que faire ", " que dois je ", " que puis je ",
	" que faut il ", " quoi faire ", " quelles sont ", " y a t il ", " ya t il ", " y a t il ",
	" il y a t il ", " peut on ", " puis je ", " dois je ", " ai je ", " suis je ", " faut il ",
	" existe t il ", " est il ", " est elle ", " sont ils ", " pouvez vous ", " pourriez vous ",
	" savez vous ", " pourrais je ", " aurais je ", " serait il ", " peut il ", " peut elle ",
	" dans quel cas ", " a qui ", " aupres de qui ", " de quoi ", " pour qui ", " pour quoi ",
	" c est pour qui ", " c est combien ", " c est gratuit ", " c est payant ", " c est possible ",
	" expliquez moi ", " explique moi ", " expliquez ", " dites moi ", " dis moi ",
	" je voudrais savoir ", " j aimerais savoir ", " je voulais savoir ", " je veux savoir ",
	" je souhaiterais savoir ", " je me demande ", " je me demandais ", " savoir si ",
	" info sur ", " infos sur ", " des infos ", " des informations sur ", " renseignements sur ",
	" besoin d infos ", " besoin d informations ", " une question ", " petite question ",
}

// questionAnywhere are phrasings that make a question wherever they are.
var questionAnywhere = []string{
	" c est quoi ", " cest quoi ", " c quoi ", " est ce que ", " est ce qu ", " qu est ce ",
	" quest ce ", " a quoi sert ", " ca sert a quoi ", " je voudrais savoir ", " j aimerais savoir ",
	" je voulais savoir ", " je me demande ", " je me demandais ", " savoir si ", " savoir comment ",
	" savoir combien ", " comment ca marche ", " comment faire ", " comment on fait ",
	" comment je fais ", " comment ca se passe ", " a qui m adresser ", " ou m adresser ",
	" kesako ", " en quoi consiste ", " expliquez moi ", " pouvez vous m expliquer ",
	" pouvez vous me dire ", " pourriez vous me dire ", " des infos sur ", " des informations sur ",
	" renseignements sur ", " j ai droit a quoi ", " a quoi j ai droit ", " a quoi ai je droit ",
	" c est pour qui ", " c pour qui ", " pour qui c est ", " vers qui ", " a qui ", " aupres de qui ",
	" c est ouvert a qui ", " jusqu a quel ", " quel age ", " c quoi ", " c est quoi ",
	" je voudrais comprendre ", " j aimerais comprendre ", " comprendre comment ",
	// The price, asked without a mark: « ça coûte combien », « il faut payer ».
	" ca coute combien ", " ca fait combien ", " c combien ", " combien ca coute ", " combien ca fait ",
	" faut payer ", " faut il payer ", " dois payer ", " doit payer ",
	// The length, asked without a mark and after its subject (« le rdv
	// dure combien de temps », « ça prend combien de temps »): read as a
	// description, it was « C'est noté. » at the place question and the
	// project became « information » (persona p24a, issue 13).
	" dure combien ", " durer combien ", " prend combien de temps ", " faut combien de temps ",
	" combien de temps ca ", " combien de temps dure ", " combien de temps il faut ",
}

// inverted matches a verb with an inverted subject pronoun: « peut-on »,
// « ai-je », « existe-t-il », « pouvez-vous ». « rendez-vous » is not one.
var inverted = regexp.MustCompile(`(?:^|[^\p{L}])(?:peut|puis|dois|doit|ai|as|a|suis|est|sont|faut|existe|pouvez|pourriez|pourrais|pourrait|devrais|devrait|aurais|aurait|serait|sera|seront|avez|êtes|etes|sommes|peuvent|doivent|ont|vais|va|dois|veut|voulez|savez|connaissez|faut|fallait|coûte|coute|coûtent|coutent|marche|fonctionne|touche|garde|perds|perd|gagne|cumule|prend|prends|paie|paye)(?:-t)?-(?:je|tu|il|elle|on|nous|vous|ils|elles)(?:[^\p{L}]|$)`)

// schemes are folded scheme names; with a cue they make a question.
var schemes = []string{
	" cpf ", " compte personnel de formation ", " mon compte formation ", " moncompteformation ",
	" vae ", " validation des acquis ", " bilan de competence", " bilan competence", " ptp ",
	" transition pro", " transitions pro", " projet de transition ", " cpf de transition ",
	" demission", " pro a ", " proa ", " periode de reconversion ", " arce ", " acre ", " aif ",
	" cep ", " conseil en evolution ", " france vae ", " cif ", " cej ", " contrat d engagement jeune ",
	" aref ",
	" poei ", " poec ", " afpr ", " transitions collectives ", " avenir actifs ", " mon cep ",
}

// schemeCues make a scheme mention a question.
var schemeCues = []string{
	" j ai droit ", " jai droit ", " ai droit ", " a droit ", " avoir droit ", " droit au ",
	" droit a ", " possible ", " je peux ", " jpeux ", " on peut ", " peut on ",
	" je pourrais ", " pourrais je ", " comment ", " combien ", " pourquoi ", " quoi ",
	" savoir ", " info ", " infos ", " information", " renseign", " marche ", " fonctionne ",
	" ca marche ", " explications ", " expliquer ", " eligible", " concerne ", " conditions ",
	" c est pour ", " pour qui ", " financer ",
	" rembourse", " gratuit", " payant", " coute ", " prix ", " tarif", " delai", " duree ",
	" dure ", " combien de temps ", " aider ", " comprends pas ",
	" comprend pas ", " faut il ", " dois je ",
	" obligatoire ", " quel ", " quelle ", " quels ", " quelles ",
}

// A worry stated rather than asked (« je ne veux pas que mon employeur soit
// au courant », « sans que mon patron le sache ») is a question about
// confidentiality: it names the employer and someone learning of it.
var (
	concernWho = []string{" employeur ", " patron ", " patronne ", " chef ", " cheffe ", " hierarchie ", " rh ", " drh ", " direction ", " boite ", " entreprise ", " administration ",
		" directeur ", " directrice ", " superieur ", " superieure ", " responsable ", " manager ", " proviseur ", " principal ", " cadre de sante ",
		" collegues ", " mairie ", " rectorat ", " inspecteur ", " inspectrice ", " employer ", " boss ", " manager "}
	concernKnow = []string{" sache ", " sachent ", " savoir ", " au courant ", " informe ", " informee ", " apprenne ", " apprend ", " decouvre ", " prevenu ", " prevenue ", " prevenir ", " previent ", " averti ", " avertie ", " prevenus ",
		" find out ", " know ", " be told "}
)

// The cue lists, by bit in a phraseIndex scan.
const (
	cueWho = iota
	cueKnow
	cueQuel
	cueAnywhere
	cueScheme
	cueSchemeCue
	cueOpener // a question opener anywhere (clauses start with them)
)

// cueIndex finds, in one pass over a folded message, which of the cue lists
// occur anywhere in it; openerIndex, which question opener starts a clause.
// Checking each list with strings.Contains cost ≈ 16 µs for a description
// of a few lines, read at every description turn.
var (
	cueIndex = newPhraseIndex(map[int][]string{
		cueWho: concernWho, cueKnow: concernKnow, cueQuel: {" quel ", " quelle ", " quels ", " quelles "},
		cueAnywhere: questionAnywhere, cueScheme: schemes, cueSchemeCue: schemeCues,
		cueOpener: questionOpeners,
	})
	openerIndex = newPhraseIndex(map[int][]string{0: questionOpeners})
)

// phraseIndex finds phrases in text folded and padded as normQ makes it
// (words between single spaces). Each phrase starts with a space; one that
// ends with a space is whole words, one that does not may end inside its
// last word (« renseign »).
type phraseIndex struct {
	byWord map[string][]phraseEntry // by the phrase's first word, when whole
	prefix []phraseEntry            // one word cut short (« information »)
}

type phraseEntry struct {
	p    string
	bits uint32
}

func newPhraseIndex(lists map[int][]string) *phraseIndex {
	x := &phraseIndex{byWord: map[string][]phraseEntry{}}
	for bit, l := range lists {
		for _, p := range l {
			e := phraseEntry{p: p, bits: 1 << bit}
			if w, _, whole := strings.Cut(p[1:], " "); whole {
				x.byWord[w] = append(x.byWord[w], e)
			} else {
				x.prefix = append(x.prefix, e)
			}
		}
	}
	return x
}

// scan returns the bits of the lists with a phrase in f.
func (x *phraseIndex) scan(f string) uint32 {
	var bits uint32
	for i := 0; i < len(f); {
		j := strings.IndexByte(f[i:], ' ')
		if j < 0 {
			break
		}
		i += j
		bits |= x.scanAt(f, i)
		i++
	}
	return bits
}

// scanAt returns the bits of the phrases that start at f[i] (a space).
func (x *phraseIndex) scanAt(f string, i int) uint32 {
	if i >= len(f) || f[i] != ' ' {
		return 0
	}
	var bits uint32
	rest := f[i:]
	w := rest[1:]
	if k := strings.IndexByte(w, ' '); k >= 0 {
		w = w[:k]
	}
	for _, e := range x.byWord[w] {
		if strings.HasPrefix(rest, e.p) {
			bits |= e.bits
		}
	}
	for _, e := range x.prefix {
		if strings.HasPrefix(rest, e.p) {
			bits |= e.bits
		}
	}
	return bits
}

// hasScheme reports whether folded text f names a scheme.
func hasScheme(f string) bool { return cueIndex.scan(f)&(1<<cueScheme) != 0 }

// isConcern reports whether folded text f states a worry about the
// employer learning of the request.
func isConcern(f string) bool {
	m := cueIndex.scan(f)
	return m&(1<<cueWho) != 0 && m&(1<<cueKnow) != 0
}
