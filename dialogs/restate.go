package dialogs

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/geo"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// restatedAge reads an age corrected with bare numbers once an age is known
// (« non 45 pas 54 », « 45 pas 54 », « pas 54 mais 45 », « je me suis
// trompé c'est 45 » after 54): the analysis reads no age there, having no
// « ans », and the correction was lost or answered « je n'ai pas
// compris ». The number kept is the one not denied; it is taken when the
// denied one is the known age, when the message speaks of the age, or when
// a correction swaps the known age's digits (the usual slip). 0: none.
func restatedAge(text string, known int) int {
	if known <= 0 || !hasASCIIDigit(text) {
		// No age is affirmed without two ASCII digits (strconv.Atoi
		// reads no others): the lower-cased words were built for nothing.
		return 0
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	affirmed, deniedKnown, aboutAge, cue := 0, false, false, false
	for i, w := range words {
		switch w {
		case "age", "âge", "ans":
			aboutAge = true
		case "non", "pas", "fait", "trompe", "trompé", "trompee", "trompée", "erreur", "plutot", "plutôt", "finalement":
			cue = true
		}
		n, err := strconv.Atoi(w)
		if err != nil || n < 16 || n > 99 || len(w) != 2 {
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = words[i-1]
		}
		if i+1 < len(words) {
			next = words[i+1]
		}
		if ageNumberUnits[next] || placeBeforeNumber[prev] {
			return 0 // « 45 km », « le 45 »: not an age
		}
		if prev == "pas" || prev == "non" && i > 1 && deniesAfter(words[i-2]) {
			// « pas 54 », « 45 et non 54 »: the denied value
			if n == known {
				deniedKnown = true
			}
			continue
		}
		if affirmed != 0 && affirmed != n {
			return 0 // two values offered: not read
		}
		affirmed = n
	}
	if affirmed == 0 || affirmed == known {
		return 0
	}
	swapped := affirmed%10*10+affirmed/10 == known
	if deniedKnown || aboutAge && cue || cue && swapped {
		return affirmed
	}
	return 0
}

// deniesAfter reports a word after which « non » denies the number that
// follows (« 45 et non 54 », « 45 non 54 ») rather than opening the
// correction (« oups non 24 »).
func deniesAfter(w string) bool {
	if w == "et" || w == "mais" || w == "ans" {
		return true
	}
	_, err := strconv.Atoi(w)
	return err == nil
}

// ageNumberUnits after a number make it something else than an age.
var ageNumberUnits = map[string]bool{"km": true, "kms": true, "kilometres": true, "kilomètres": true, "h": true, "heures": true,
	"heure": true, "min": true, "minutes": true, "euros": true, "eur": true, "mois": true, "jours": true, "semaines": true,
	"rue": true, "avenue": true, "boulevard": true, "000": true}

// placeBeforeNumber before a number make it a département or an address.
var placeBeforeNumber = map[string]bool{"le": true, "dans": true, "departement": true, "département": true, "au": true,
	"du": true, "rue": true, "numero": true, "numéro": true, "n": true, "code": true, "postal": true}

// withRestatedAge adds to f the age restatedAge reads in the turn's text
// when the analysis read none.
func (t *turn) withRestatedAge(f analysis.Facts) analysis.Facts {
	if f.Age != 0 {
		if n := selfCorrectedAge(t.text, f.Age); n != 0 {
			f.Age = n
		}
		return f
	}
	if n := restatedAge(t.text, t.facts().Age); n != 0 {
		f.Age = n
		f.Why.Age = analysis.Origin{How: analysis.HowCorrection, Conf: 90}
	}
	return f
}

// redoCues say that something written before is wrong, without the right
// value (« oubliez ce que j'ai dit sur l'âge », « le lieu est faux »).
var redoCues = []string{" oubliez ", " oublie ", " oublier ", " faux ", " fausse ", " erreur ", " errone ", " erronee ",
	" trompe ", " trompee ", " pas bon ", " pas bonne ", " pas juste ", " incorrect ", " incorrecte ", " corriger ",
	" rectifier ", " en fait ", " non "}

// fieldToRedo is the field of the correction menu a message points at as
// wrong without giving the right value (« oubliez ce que j'ai dit sur
// l'âge », « c'est la ville qui est fausse »): its question is asked at
// once, as after « Corriger une information » then the field. Before,
// « je n'ai pas compris » and the recap again. None when the message
// answers a button of the step, names no field or several.
func (t *turn) fieldToRedo() (option, bool) {
	if t.in.Choice != "" || t.text == "" {
		return option{}, false
	}
	if statusEnded(t.normText()) && t.analyse().Status == "" {
		// « je suis plus en CDI depuis hier »: the situation known no
		// longer holds and the new one is not said: asked.
		_, fields := registry[StateCorrect].Question(t)
		for _, o := range fields {
			if o.Value == "st" {
				return o, true
			}
		}
	}
	if !containsAny(t.paddedNorm(), redoCues) {
		return option{}, false
	}
	if _, ok := match(t.options(), "", t.text); ok && !t.isCorrection() {
		return option{}, false
	}
	_, fields := registry[StateCorrect].Question(t)
	padded := t.paddedNorm()
	var found option
	n := 0
	// From the choice of a modality on, « lieu » is the meeting's
	// (« en fait le lieu ne me va pas »), not the home.
	meeting := t.state() != StateRecap && t.state() != StateOrient && t.state() != StateSessions
	for _, o := range fields {
		if o.Value == "none" {
			continue // not a field
		}
		words := append([]string{normalise(o.Label)}, append(o.Words, fieldRedoWords[o.Value]...)...)
		if o.Value == "prj" {
			// « le projet de transition professionnelle » is a card's
			// name: only the visitor's own project is a field
			words = []string{"mon projet", "le projet c est", "mon objectif"}
		}
		for _, w := range words {
			if meeting && (w == "lieu" || w == "adresse") {
				continue
			}
			if w != "" && containsPadded(padded, w) {
				found = o
				n++
				break
			}
		}
	}
	return found, n == 1
}

// fieldRedoWords name a field in a sentence, beside the menu's words.
var fieldRedoWords = map[string][]string{
	"age": {"age", "mon age", "l age"},
	"st":  {"ma situation", "mon statut", "mon contrat"},
	"dep": {"ma ville", "mon adresse", "ou j habite", "domicile", "departement"},
}

// redoField leaves the step for the question of the field fieldToRedo
// found: the choices made for the former route no longer hold.
func (t *turn) redoField(o option) error {
	if t.state() != StateRecap {
		if err := t.fire(EvRevise); err != nil {
			return err
		}
	}
	t.r.Operator, t.r.Agency, t.r.Modality, t.r.Offers, t.r.Pick = "", "", "", nil, nil
	if p := t.analyse().Project; o.Value == "prj" && p != "" && p != "autre" && p != t.facts().Project {
		// « en fait mon projet c'est de créer une entreprise »: the new
		// project is given, not asked.
		f := t.facts()
		f.Project = p
		t.storeFacts(f)
		t.say(t.x.Noted)
		return t.ask()
	}
	if err := t.fire(EvCorrect); err != nil {
		return err
	}
	t.r.Correcting = true
	return t.correctField(o)
}

// endedStatusWords, after « plus », say a situation that has ended (« je
// ne suis plus en CDI », « je suis plus fonctionnaire »).
var endedStatusWords = []string{" plus en cdi ", " plus en cdd ", " plus salarie ", " plus salariee ", " plus fonctionnaire ",
	" plus agent ", " plus contractuel ", " plus contractuelle ", " plus en interim ", " plus interimaire ",
	" plus independant ", " plus independante ", " plus auto entrepreneur ", " plus a mon compte ", " plus etudiant ",
	" plus etudiante ", " plus au chomage ", " plus demandeur ", " plus demandeuse ", " plus en poste ", " plus en activite ",
	" plus de travail ", " plus de boulot ", " plus d emploi ", " plus en contrat "}

// statusEnded reports a message saying the situation has ended, in a
// normalised text: « je ne travaille plus », not « je travaille plus
// qu'avant ».
func statusEnded(norm string) bool {
	// Every ended-status phrase and the « travaille plus » pair have the
	// word « plus »: without it nothing below can match, and the padded
	// copy and the words were built on most turns for nothing.
	if !strings.Contains(norm, "plus") {
		return false
	}
	if containsAny(" "+norm+" ", endedStatusWords) {
		return true
	}
	w := strings.Fields(norm)
	for i := 0; i+1 < len(w); i++ {
		if (w[i] == "travaille" || w[i] == "bosse") && w[i+1] == "plus" {
			next := ""
			if i+2 < len(w) {
				next = w[i+2]
			}
			if next != "que" && next != "qu" && next != "de" && next != "d" && next != "en" && next != "le" {
				return true
			}
		}
	}
	return false
}

// withDepOrTown asks which is meant when a bare name is both a
// département and a big town elsewhere (« Vienne »: the département 86, or
// Vienne in Isère, 32 000 inhabitants): the analysis reads the
// département, and a visitor of Vienne (Isère) was oriented in
// Nouvelle-Aquitaine. With an article or « dans » (« la Vienne », « dans
// la Vienne ») or a code, it stays the département.
func withDepOrTown(f analysis.Facts, text string, depLabel string) analysis.Facts {
	if f.Departement == "" || f.Commune != "" || f.Outside || len(f.Candidates) > 0 {
		return f
	}
	name := geo.DepartementName(f.Departement)
	var town *geo.Commune
	for _, c := range geo.CommunesByKey(geo.Key(name)) {
		if c.Dep != f.Departement && c.Population >= 10000 {
			town = &c
			break
		}
	}
	if town == nil || strings.Contains(text, f.Departement) || strings.Contains(text, town.Dep) {
		return f
	}
	words := strings.Fields(normalise(text))
	key := normalise(name)
	bare := false
	for i, w := range words {
		if w != key {
			continue
		}
		if i > 0 && depArticles[words[i-1]] {
			return f // « la Vienne », « dans la Vienne »
		}
		bare = true
	}
	if !bare {
		return f
	}
	f.Candidates = []string{
		town.Name + " (" + geo.DepartementName(town.Dep) + ", " + town.Dep + ")",
		texts.Fill(depLabel, name, f.Departement),
	}
	f.Departement, f.Region = "", ""
	f.Doubts |= analysis.DoubtPlace
	return f
}

// depArticles before a name make it the département's.
var depArticles = map[string]bool{"la": true, "le": true, "l": true, "les": true, "dans": true, "en": true, "departement": true,
	"du": true, "de": true, "des": true}

// forgetField drops the fact of a field of the correction menu said to be
// wrong before the recap, so that its question comes in its turn. It
// reports whether there was one to drop (the project is kept: it is not
// asked).
func (t *turn) forgetField(o option) bool {
	f := &t.r.Facts
	switch o.Value {
	case "st":
		if f.Status == "" {
			return false
		}
		f.Status, f.Branch = "", ""
		t.r.Asked &^= askedBranch
	case "age":
		if f.Age == 0 {
			return false
		}
		f.Age = 0
	case "dep":
		if f.Departement == "" && !f.Outside {
			return false
		}
		f.Departement, f.Region, f.Commune, f.Outside, f.Candidates = "", "", "", false, nil
		f.Doubts &^= analysis.DoubtPlace
	default:
		return false
	}
	t.factsChanged()
	return true
}

// selfCorrectedAge reads an age put right in the same message (« j'ai 45
// ans, ah non 46 », « 54 ans enfin 45 pardon »): the analysis keeps the
// first. 0: none.
func selfCorrectedAge(text string, age int) int {
	if twoDigitRuns(text) < 2 {
		return 0 // no second age to correct to: most turns, without splitting them
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	a := strconv.Itoa(age)
	for i := 0; i+1 < len(words); i++ {
		if words[i] != a || words[i+1] != "ans" && words[i+1] != "an" {
			continue
		}
		cue := false
		for j := i + 2; j < len(words) && j <= i+7; j++ {
			w := words[j]
			if selfCorrectionCues[w] {
				cue = true
				continue
			}
			if n, err := strconv.Atoi(w); err == nil {
				next := ""
				if j+1 < len(words) {
					next = words[j+1]
				}
				if cue && len(w) == 2 && n >= 16 && n <= 99 && n != age && !ageNumberUnits[next] {
					return n
				}
				break
			}
			if !selfCorrectionFillers[w] {
				break
			}
		}
	}
	return 0
}

// twoDigitRuns counts the runs of exactly two digits in text.
func twoDigitRuns(text string) int {
	n, run := 0, 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] >= '0' && text[i] <= '9' {
			run++
			continue
		}
		if run == 2 {
			n++
		}
		run = 0
	}
	return n
}

// selfCorrectionCues put right what was just written.
var selfCorrectionCues = map[string]bool{"non": true, "enfin": true, "pardon": true, "plutot": true, "plutôt": true, "oups": true,
	"dsl": true, "desole": true, "désolé": true, "désolée": true, "dire": true, "erreur": true}

// selfCorrectionFillers may stand between an age and its correction.
var selfCorrectionFillers = map[string]bool{"ah": true, "oh": true, "euh": true, "heu": true, "je": true, "veux": true, "voulais": true,
	"c": true, "est": true, "en": true, "fait": true, "j": true, "ai": true, "mais": true}

// restatesSituation keeps a situation stated at the recap within the
// status known (« en fait je suis intérimaire », « ah non pardon je suis
// en CDD », « je suis en arrêt maladie depuis 6 mois » for a private
// employee): the status does not change, so revise saw nothing, and the
// answer was « je n'ai pas compris » or the correction menu. The message
// joins the request (the advisor reads it, the cards follow it); a
// situation the recap names is named.
func (t *turn) restatesSituation() bool {
	if t.in.Choice != "" || t.text == "" || t.facts().Status == "" {
		return false
	}
	if f := t.analyse(); f.Status != "" && f.Status != t.facts().Status {
		return false
	}
	sits := t.fold(t.text).Situations()
	if len(sits) == 0 {
		return false
	}
	if other := t.otherStated(); other != "" && t.x.SituationNames[string(other)] != "" {
		t.r.Situation = string(other)
	}
	t.r.Request = capRequest(t.r.Request + "\n" + t.original())
	return true
}

// noThenAge reports a typed « non » followed at once by a number that
// corrects the age known (« non 45 pas 54 », « non, 45 », « non j'ai 54
// ans pas 45, et j'ai déménagé à Blois »): the « non » denies the age, it
// does not answer the question. Before « j'ai » was let in, « non j'ai 54
// ans » answered « Non » to the cadre question, which was never asked
// (persona pe5).
func (t *turn) noThenAge() bool {
	if t.in.Choice != "" || t.facts().Age == 0 {
		return false
	}
	norm := t.normText()
	// The first word must be « non »: a cheap necessary test before
	// splitting the message into words.
	if !strings.HasPrefix(strings.TrimLeftFunc(norm, unicode.IsSpace), "non") {
		return false
	}
	w := strings.Fields(norm)
	if len(w) < 2 || w[0] != "non" {
		return false
	}
	i := 1
	for i < len(w)-1 && i < 4 && ageLeadWords[w[i]] {
		i++
	}
	if _, err := strconv.Atoi(w[i]); err != nil {
		return false
	}
	f := t.analyse()
	return f.Age != 0 && f.Age != t.facts().Age
}

// ageLeadWords may come between « non » and the age that corrects it
// (« non j'ai 54 ans », « non en fait 54 »), normalised.
var ageLeadWords = map[string]bool{"j": true, "ai": true, "jai": true, "en": true, "fait": true, "mais": true, "moi": true}
