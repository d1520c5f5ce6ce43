package intent

import "slices"

// Relative is the person a visitor writes for.
type Relative struct {
	// Noun is the French word without article: "fils", "fille", "femme",
	// "mari", "proche"…
	Noun string
	// Feminine tells « votre fille, elle » from « votre fils, il ».
	Feminine bool
}

// relatives maps the folded word to the relative; plural and English
// forms map to the French noun.
var relatives = map[string]Relative{
	"fils": {"fils", false}, "fille": {"fille", true}, "enfant": {"enfant", false}, "ado": {"enfant", false},
	"adolescent": {"enfant", false}, "adolescente": {"fille", true},
	"femme": {"femme", true}, "epouse": {"épouse", true}, "mari": {"mari", false}, "epoux": {"époux", false},
	"conjoint": {"conjoint", false}, "conjointe": {"conjointe", true}, "compagnon": {"compagnon", false},
	"compagne": {"compagne", true}, "copain": {"compagnon", false}, "copine": {"compagne", true},
	"frere": {"frère", false}, "soeur": {"sœur", true}, "pere": {"père", false}, "mere": {"mère", true},
	"papa": {"père", false}, "maman": {"mère", true}, "neveu": {"neveu", false}, "niece": {"nièce", true},
	"cousin": {"cousin", false}, "cousine": {"cousine", true}, "ami": {"ami", false}, "amie": {"amie", true},
	"petit": {"petit-fils", false}, "belle": {"belle-fille", true}, "beau": {"beau-fils", false},
	"son": {"fils", false}, "daughter": {"fille", true}, "wife": {"femme", true}, "husband": {"mari", false},
	"partner": {"conjoint", false}, "brother": {"frère", false}, "sister": {"sœur", true},
	"mother": {"mère", true}, "father": {"père", false}, "friend": {"ami", false}, "child": {"enfant", false},
	"proche": {"proche", false}, "voisin": {"voisin", false}, "voisine": {"voisine", true},
	"gendre": {"gendre", false}, "bru": {"bru", true},
}

const relWords = "fils|fille|enfant|ado|adolescent|adolescente|femme|epouse|mari|epoux|conjoint|conjointe|compagnon|compagne|copain|copine|frere|soeur|pere|mere|papa|maman|neveu|niece|cousin|cousine|ami|amie|proche|voisin|voisine|gendre|bru"

// proxyPhrases: the visitor says they write for someone. The relative
// word is found in the match.
var proxyPhrases = compile(
	"c|ce est|sera|serait|etait pour mon|ma|notre "+relWords,
	// typed on a phone: « c pour mon fils », « cest pr ma fille », « jvous
	// ecris pr mn fils »
	"c|cest|ce|ces|sa pour|pr mon|ma|mn|notre "+relWords,
	"c|ce est pr mon|ma|mn|notre "+relWords,
	"je|j me|m|vous? ecris|ecrit|ecri|demande|renseigne|viens|contacte|cherche|informe|appelle|renseigner|informer pour|pr|de la? part? de? mon|ma|mn|notre "+relWords,
	// « je veux juste me renseigner pour ma fille »: the verb after
	// another (« je veux », « je voulais »)
	"me|m renseigner|informer pour|pr mon|ma|mn|notre "+relWords,
	"jvous|jvs|jme ecris|ecrit|ecri|demande|renseigne|viens|contacte|cherche|informe|appelle pour|pr mon|ma|mn|notre "+relWords,
	"pour|a|au le|la? compte|place|nom de|d mon|ma|notre "+relWords,
	// a letter's introduction (« je m'adresse à vous pour ma femme », « je
	// me permets de vous écrire au sujet de mon fils », « je vous contacte
	// concernant ma mère »): the same request in a formal register, which
	// the analysis reads as written for someone too (askedFor)
	"je|j me|m adresse a vous pour|pr|concernant mon|ma|mn|notre "+relWords,
	"je|j me|m adresse a vous au|a sujet|propos de mon|ma|mn|notre "+relWords,
	"je|j me|m permets|permet de vous? ecrire|contacter|solliciter|adresser pour|pr|concernant mon|ma|mn|notre "+relWords,
	"je|j me|m permets|permet de vous? ecrire|contacter|solliciter|adresser au|a sujet|propos de mon|ma|mn|notre "+relWords,
	"je|j vous ecris|contacte|sollicite|solliciter|ecrire|contacter concernant mon|ma|mn|notre "+relWords,
	"je|j vous ecris|contacte|sollicite|solliciter|ecrire|contacter au|a sujet|propos de mon|ma|mn|notre "+relWords,
	"ma|la demande|question|message concerne|porte mon|ma|notre "+relWords,
	"ma|la demande|question|message concerne|porte sur mon|ma|notre "+relWords,
	"il s agit de mon|ma|notre "+relWords,
	// a wish to help a relative find their way (« je suis retraitée, je
	// voudrais aider ma fille »): the questions are about the relative,
	// not the writer (« je m'occupe de ma mère » stays a caregiver's own)
	"je|j voudrais|veux|souhaite|souhaiterais|aimerais|cherche|essaie a|d|de? aider|accompagner|orienter|conseiller mon|ma|mn|notre "+relWords,
	"pour un|une proche|ami|amie|membre",
	"pour quelqu un de? ma|mon? famille|entourage",
	"mon|ma|notre petit|petite|beau|belle fils|fille",
	"for|behalf of? my son|daughter|wife|husband|partner|brother|sister|mother|father|friend|child",
	"my son|daughter|wife|husband|partner|brother|sister|mother|father|friend|child is|has|wants|would|needs|s|lost|can|cannot",
)

// subjectVerbs: « mon fils cherche… », « ma fille a 17 ans » — the relative
// as the subject of the first clause.
var subjectVerbs = map[string]bool{
	"est": true, "a": true, "cherche": true, "veut": true, "voudrait": true, "souhaite": true,
	"aimerait": true, "vient": true, "ne": true, "n": true, "sort": true, "termine": true,
	"travaille": true, "fait": true, "habite": true, "vit": true, "va": true, "souhaiterait": true,
	"recherche": true, "etait": true, "avait": true, "arrive": true, "hesite": true, "pense": true,
	"doit": true, "peut": true, "aurait": true, "se": true, "s": true, "galere": true, "reve": true,
	"passe": true, "finit": true, "quitte": true, "de": true, "d": true, "qui": true,
	// (persona pe1: « ma sœur touche l'AAH », « mon fils rentre
	// d'Australie », « ma fille sera diplômée en juin »)
	"touche": true, "percoit": true, "rentre": true, "revient": true, "sera": true,
}

// relativeOfPhrases: the visitor says whose relative they are (« je suis
// la femme d'un gendarme », « je suis la mère d'un apprenti »); the word
// after « la », « le » is a key of counterpart.
var relativeOfPhrases = compile(
	"je suis la|le femme|epouse|compagne|conjointe|mari|epoux|compagnon|conjoint|mere|pere|maman|papa d|de un|une|mon|ma",
)

// counterpart is the relative of a visitor who names themself.
var counterpart = map[string]Relative{
	"femme": {"mari", false}, "epouse": {"mari", false}, "compagne": {"compagnon", false}, "conjointe": {"conjoint", false},
	"mari": {"femme", true}, "epoux": {"femme", true}, "compagnon": {"compagne", true}, "conjoint": {"conjointe", true},
	"mere": {"enfant", false}, "pere": {"enfant", false}, "maman": {"enfant", false}, "papa": {"enfant", false},
}

// couplePhrases: the visitor speaks of themself and a relative at once.
var couplePhrases = compile(
	"mon|ma|notre "+relWords+" et moi",
	"moi et mon|ma|notre "+relWords,
	"nous|on sommes|est tous|toutes les deux",
	"my wife|husband|partner|son|daughter|brother|sister|mother|father|friend and i|me",
	"we are|re both",
)

// Couple reports whether a message speaks of two people, the visitor and
// a relative (« mon mari et moi sommes au chômage », « nous sommes tous
// les deux sans emploi »), and the relative when named.
func Couple(text string) (Relative, bool) { return Fold(text).Couple() }

// Couple is Couple on a message folded once for the turn.
func (t Text) Couple() (Relative, bool) {
	w, wp := t.words()
	defer putWords(wp)
	for _, s := range find(couplePhrases, w) {
		r, _ := relativeIn(w[s.start:s.end])
		return r, true
	}
	return Relative{}, false
}

// Proxy reports whether the visitor writes for someone else (« c'est pour
// mon fils », « je me renseigne pour ma femme », « ma fille a 17 ans et
// cherche un apprentissage ») and for whom. « J'ai deux enfants » or
// « je m'occupe de ma mère » are not.
func Proxy(text string) (Relative, bool) { return Fold(text).Proxy() }

// Proxy is Proxy on a message folded once for the turn.
func (t Text) Proxy() (Relative, bool) {
	w, wp := t.words()
	defer putWords(wp)
	if len(w) == 0 {
		return Relative{}, false
	}
	for _, s := range find(relativeOfPhrases, w) {
		// « je suis la femme d'un gendarme, il a 41 ans »: the visitor
		// names themself; the person they write for is the other one,
		// when the message goes on about him or her (« je suis la mère
		// d'un enfant de 3 ans, je veux reprendre » is about herself).
		if r, ok := counterpart[w[s.start+3]]; ok && slices.ContainsFunc(w[s.end:], func(x string) bool { return x == "il" || x == "elle" }) {
			return r, true
		}
	}
	for _, s := range find(proxyPhrases, w) {
		if helpWords[w[min(s.start+2, len(w)-1)]] || helpWords[w[min(s.start+3, len(w)-1)]] || helpWords[w[min(s.start+4, len(w)-1)]] {
			// « je voudrais aider ma mère qui est malade »: helping a
			// sick or dependent relative is a caregiver's own situation,
			// their request stays theirs
			if slices.ContainsFunc(w, func(x string) bool { return careWords[x] }) && !helpToWork(w[s.end:]) {
				continue
			}
		}
		if r, ok := relativeIn(w[s.start:s.end]); ok {
			return r, true
		}
		return Relative{Noun: "proche"}, true
	}
	// Someone the writer accompanies, employs, teaches, protects or nurses
	// (proxy_pro.go).
	if r, ok := proxyPro(w); ok {
		return r, true
	}
	// The relative is the subject at the start of the message or after a
	// greeting: « Bonjour, mon fils a 17 ans… ».
	i := 0
	for i < len(w) && i < 3 && greeting[w[i]] {
		i++
	}
	// « Pour mon fils de 17 ans : … » at the start.
	if i+2 < len(w) && w[i] == "pour" && (w[i+1] == "mon" || w[i+1] == "ma" || w[i+1] == "notre") {
		if r, ok := relativeIn(w[i+2 : min(i+4, len(w))]); ok {
			return r, true
		}
	}
	if i+2 < len(w) && (w[i] == "mon" || w[i] == "ma" || w[i] == "notre") {
		j := i + 1
		if w[j] == "petit" || w[j] == "petite" || w[j] == "beau" || w[j] == "belle" {
			j++
		}
		if r, ok := relatives[w[i+1]]; ok && j+1 < len(w) && subjectVerbs[w[j+1]] {
			if w[i+1] == "petit" || w[i+1] == "petite" || w[i+1] == "beau" || w[i+1] == "belle" {
				r = compound(w[i+1], w[j])
			}
			return r, true
		}
	}
	if r, ok := laterSubject(w); ok {
		return r, true
	}
	return Relative{}, false
}

// helpWords are the verbs of the phrase « je voudrais aider ma fille ».
var helpWords = map[string]bool{"aider": true, "accompagner": true, "orienter": true, "conseiller": true}

// careWords say a relative who needs care, not guidance.
var careWords = map[string]bool{"malade": true, "maladie": true, "handicape": true, "handicapee": true,
	"dependant": true, "dependante": true, "dependance": true, "alzheimer": true, "parkinson": true, "cancer": true,
	"soins": true, "hospitalise": true, "hospitalisee": true, "invalide": true,
	"vieillissant": true, "vieillissante": true, "aidant": true, "aidante": true}

// careerWords put a relative's work or studies in the help (« aider mon
// fils handicapé à trouver un emploi »): the help is the relative's request.
var careerWords = map[string]bool{"travail": true, "travailler": true, "emploi": true, "job": true, "boulot": true,
	"formation": true, "former": true, "orientation": true, "orienter": true, "metier": true, "stage": true,
	"apprentissage": true, "alternance": true, "reconvertir": true, "reconversion": true, "poste": true, "cv": true,
	"etudes": true, "insertion": true, "voie": true, "recherche": true}

// helpToWork reports help given towards the relative's work or studies
// after the relative (« à trouver un emploi », « dans sa recherche de
// travail », « pour son orientation »), not the writer's own job beside
// the care (« et garder un travail »).
func helpToWork(w []string) bool {
	for i, x := range w {
		if x != "a" && x != "dans" && x != "pour" {
			continue
		}
		for j := i + 1; j < len(w) && j <= i+4; j++ {
			if careerWords[w[j]] {
				return true
			}
		}
	}
	return false
}

// firstPerson are the words that put the writer back in the sentence.
// (« moi » is left out: « il habite avec moi » is still about him.)
var firstPerson = map[string]bool{"je": true, "j": true, "me": true, "m": true, "mon": true, "ma": true, "mes": true}

// laterSubject finds the relative as the subject of a later clause when the
// message then goes on about him or her only (« retraité, mon fils de 19
// ans a arrêté le lycée, que peut-il faire », « je suis retraité, mon mari
// aussi est retraité, il voudrait retravailler »): the writer only
// introduced themself. « Je suis au chômage, mon fils a 3 ans, je veux
// reprendre » comes back to the writer; a relative who needs care keeps
// the caregiver's request theirs.
func laterSubject(w []string) (Relative, bool) {
	for i := 1; i+2 < len(w); i++ {
		if w[i] != "mon" && w[i] != "ma" && w[i] != "notre" {
			continue
		}
		r, ok := relatives[w[i+1]]
		if !ok || w[i+1] == "petit" || w[i+1] == "belle" || w[i+1] == "beau" {
			continue
		}
		j := i + 2
		if w[j] == "aussi" || w[j] == "lui" || w[j] == "elle" {
			j++
		}
		if j >= len(w) || !subjectVerbs[w[j]] {
			continue
		}
		rest := w[i+2:]
		if slices.ContainsFunc(rest, func(x string) bool { return firstPerson[x] || careWords[x] }) ||
			slices.ContainsFunc(w, func(x string) bool { return careWords[x] }) {
			return Relative{}, false
		}
		if slices.ContainsFunc(rest, func(x string) bool { return x == "il" || x == "elle" }) {
			return r, true
		}
		return Relative{}, false
	}
	return Relative{}, false
}

var greeting = map[string]bool{"bonjour": true, "bonsoir": true, "salut": true, "hello": true, "alors": true, "voila": true, "oui": true, "hi": true}

func relativeIn(w []string) (Relative, bool) {
	for i, x := range w {
		if x == "petit" || x == "petite" || x == "beau" || x == "belle" {
			if i+1 < len(w) {
				return compound(x, w[i+1]), true
			}
		}
		if r, ok := relatives[x]; ok {
			return r, true
		}
	}
	return Relative{}, false
}

func compound(first, second string) Relative {
	switch first + " " + second {
	case "petit fils":
		return Relative{"petit-fils", false}
	case "petite fille":
		return Relative{"petite-fille", true}
	case "beau fils":
		return Relative{"beau-fils", false}
	case "belle fille":
		return Relative{"belle-fille", true}
	}
	return Relative{Noun: "proche"}
}
