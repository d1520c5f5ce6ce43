package intent

// Lang is a language of the dialogue.
type Lang string

// Languages DetectLang tells apart. Unknown means the message does not
// decide: keep the session's language.
const (
	Unknown Lang = ""
	French  Lang = "fr"
	English Lang = "en"
)

// Function words and frequent words that belong to one language only
// (folded, as words() gives them). Words shared by both languages or
// frequent in French chat (« ok », « job », « cool », « hello », « stop »)
// are in neither list.
var enWords = set("the i im i m my is am are you your to for and of in it what how need want looking " +
	"hi hey please thanks thank would like can could with have has this that about career change " +
	"unemployed student years old live speak english work working help do does don t where who " +
	"when why be get find training advice advisor adviser job seeker jobseeker employee employed " +
	"self company any anyone there here yes know not we our they he she his her was were will " +
	"good morning afternoon evening appointment book booking contact phone number email human " +
	"person someone talk which from just also since all one two three lost retired sick leave " +
	"french france disabled disability paris city " +
	// « a non-profit »: « non » is French too, and decided it alone
	"profit nonprofit charity nurse")

var frWords = set("je j suis le la les de des du un une et en pour pas ne mon ma mes est ai avec dans sur que qui " +
	"vous bonjour merci oui non travail emploi chomage salarie salariee ans c l d qu n au aux ce cette " +
	"il elle nous veux voudrais cherche habite depuis mais ou tres plus moins aussi bien faire etre avoir " +
	"avez pouvez peux quoi comment pourquoi quand parce actuellement fin contrat formation metier " +
	"reconversion projet conseiller rendez vous entreprise demande aide besoin souhaite aimerais " +
	"bonsoir salut svp stp francais francaise travaille etudiant etudiante retraite rdv suis sur " +
	"y mois annee annees apres avant enfant fils fille mari femme")

// enAlone are English words that decide on their own, even in a one-word
// message (a French speaker would not write them).
var enAlone = set("english help please thanks thank hi hey hello")

// langBits says in one lookup to which of enWords, frWords, enAlone and
// esWords a word belongs: Lang and Spanish made two or three map lookups per
// word of every message (≈ 1 500 instructions a turn).
var langBits = func() map[string]uint8 {
	m := map[string]uint8{}
	defer func() {
		for w := range m {
			langKeys.add(w)
		}
	}()
	for _, l := range []struct {
		set map[string]bool
		bit uint8
	}{{enWords, bitEn}, {frWords, bitFr}, {enAlone, bitEnAlone}, {esWords, bitEs}} {
		for w := range l.set {
			m[w] |= l.bit
		}
	}
	return m
}()

// langKeys filters langBits' look-ups (see phrases.keys).
var langKeys keyFilter

// langBitsOf is langBits[w], without the look-up for most words that are
// in no list.
func langBitsOf(w string) uint8 {
	if !langKeys.may(w) {
		return 0
	}
	return langBits[w]
}

// The bits of langBits; their order is used by the shifts of Lang and Spanish.
const (
	bitEn uint8 = 1 << iota
	bitFr
	bitEnAlone
	bitEs
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words(s) {
		m[w] = true
	}
	return m
}

// DetectLang says whether a message is written in English or French. It
// counts the words that belong to one language only:
//   - English when at least two English words and no more than a third as
//     many French words (« I am looking for a job », « hi, I need help »),
//     or a short message made of words that only English uses (« help »,
//     « english please », « hi », « hello »: French speakers greet with
//     « hello » too, but the first French sentence they write switches
//     back, so a wrong guess costs one message);
//   - French when at least two French words outnumber the English ones, or
//     one French word and no English word;
//   - Unknown otherwise. « ok », « yes », « no », a number, a place name
//     alone do not decide: « yes » and « no » are typed by French speakers
//     too, and a one-word answer to a button question says nothing about
//     the language the visitor reads best. The caller keeps the session's
//     language then.
func DetectLang(text string) Lang { return Fold(text).Lang() }

// Lang is DetectLang on a message folded once for the turn.
func (t Text) Lang() Lang {
	l, _ := t.Langs()
	return l
}

// Langs is Lang and Spanish from one reading of the words: the dialogue
// asks both of each message.
func (t Text) Langs() (Lang, bool) {
	w, wp := t.words()
	defer putWords(wp)
	en, fr, alone, es := 0, 0, 0, 0
	for _, x := range w {
		b := langBitsOf(x)
		en += int(b & bitEn)
		fr += int(b&bitFr) >> 1
		alone += int(b&bitEnAlone) >> 2
		es += int(b&bitEs) >> 3
	}
	spanish := es >= 2 && 3*fr <= es
	switch {
	case en >= 2 && 3*fr <= en:
		return English, spanish
	case alone > 0 && fr == 0 && len(w) <= 3:
		return English, spanish
	case fr >= 2 && fr > en:
		return French, spanish
	case fr >= 1 && en == 0 && len(w) >= 1 && !neutral(w):
		return French, spanish
	}
	return Unknown, spanish
}

// neutral: one-word answers that do not decide.
func neutral(w []string) bool {
	if len(w) != 1 {
		return false
	}
	switch w[0] {
	case "oui", "non", "ok", "d", "l", "c", "j", "n", "s", "m", "t", "y", "a", "on":
		return true
	}
	return false
}

// esWords are Spanish words that French does not use (folded), the
// short ones French shares left out (« y », « es », « mi », « con »,
// « el »).
var esWords = set("hola buenos buenas dias tardes soy estoy tengo tienes tiene anos busco buscando trabajo trabajar " +
	"vivo quiero necesito ayuda gracias por favor hablo espanol espanola espanoles desempleado desempleada empleo " +
	"donde cuando porque pero muy una unos unas los las del hijo hija esposo esposa no entiendo nada puedo usted")

// Spanish reports whether a message is written in Spanish, which the
// dialogue does not read: at least two Spanish words and no more than a
// third as many French ones (« no » and « nada » alone do not decide).
func Spanish(text string) bool { return Fold(text).Spanish() }

// Spanish is Spanish on a message folded once for the turn.
func (t Text) Spanish() bool {
	_, es := t.Langs()
	return es
}
