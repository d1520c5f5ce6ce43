package intent

// Greetings, « passer », and young people's situations written by a parent
// (issue 14, round 2).

var greetingWords = set("bonjour bonsoir salut coucou hello hi hey hiya yo re cc slt bjr " +
	"good morning afternoon evening madame monsieur mme m mr mrs ms there all a tous toutes vous " +
	"le la l equipe team dear")

var greetingHeads = set("bonjour bonsoir salut coucou hello hi hey hiya yo slt bjr cc good")

// Greeting reports a message that only greets (« bonjour », « hello »,
// « bonsoir madame », « hi there »): no answer to a question, no request.
func Greeting(text string) bool {
	w, wp := foldWords(text)
	defer putWords(wp)
	if len(w) == 0 || len(w) > 4 || !greetingHeads[w[0]] {
		return false
	}
	for _, x := range w {
		if !greetingWords[x] {
			return false
		}
	}
	return w[0] != "good" || len(w) > 1
}

var skipPhrases = compile(
	"passer|passe|skip|pass|suivant",
	"je ne sais pas|plus",
	"sais pas",
	"pas de adresse|commune|code",
	"i don t know",
	"non merci?",
	"no thanks?",
)

// Skip reports an answer that declines the question (« passer », « je ne
// sais pas », « skip »).
func Skip(text string) bool {
	w, wp := foldWords(text)
	defer putWords(wp)
	return len(w) > 0 && len(w) <= 6 && any(skipPhrases, w)
}

// A young person who left school, does nothing, or looks for an
// apprenticeship is, for the routing, a job seeker (the Mission locale
// before 26): « il a arrêté l'école et cherche un apprentissage », « elle
// ne fait rien depuis le bac », « déscolarisé ». Being an apprentice is
// being an employee (the analysis reads « apprenti »).
var youngSeeker = compile(
	"arrete|arretee|quitte|quittee|lache|lachee|abandonne|abandonnee l|le|la|les|ses|mes|son|sa|ma? ecole|etudes|cours|lycee|college|fac|bac|cap|bts|formation",
	"descolarise|descolarisee|decroche|decrocheur|decrocheuse",
	"sorti|sortie du systeme scolaire",
	"plus a l ecole",
	// the apostrophe dropped on a phone glues the article (« jsuis plus a
	// lecole », « g arreté lecole »): read as « l'école » (persona p24a,
	// issue 13)
	"plus a lecole|lecol",
	"arrete|arretee|quitte|quittee|lache|lachee|abandonne|abandonnee lecole|lecol",
	"ne fait|fais rien",
	"fait|fais rien de ses|mes|ses journees|journee",
	"rien depuis le|la|son|mon? bac|brevet|cap|lycee|ecole|diplome",
	"sans rien faire",
	"a la maison depuis",
	"cherche|cherches|recherche|trouver un|une|des? nouveau|nouvel|autre? apprentissage|alternance|patron|employeur",
	"cherche|cherches|recherche|trouver un|une? maitre d apprentissage",
	"cherche|cherches|recherche|trouver une? entreprise d accueil",
	"cherche|cherches|recherche|trouver un|une? contrat d apprentissage",
	"cherche|cherches|recherche|trouver un|une? contrat pro|professionnalisation",
	"cherche|cherches|recherche|trouver un|une? contrat de professionnalisation",
	"trouve pas de|d? apprentissage|alternance|patron|employeur",
	"en recherche d|de apprentissage|alternance|contrat",
	"ni en emploi ni en formation",
	"neither in|at school",
	"dropped out",
	"left school",
	"does|do nothing",
	"looking for an apprenticeship",
)

var youngNot = compile(
	"apprenti|apprentie|apprentis",
	"en apprentissage|alternance depuis",
	"suis|est|es en apprentissage|alternance",
)

// YoungSeeker reports a message that says the person left school, does
// nothing or looks for an apprenticeship: a job seeker for the routing.
func YoungSeeker(text string) bool { return Fold(text).YoungSeeker() }

// YoungSeeker is YoungSeeker on a message folded once for the turn.
func (t Text) YoungSeeker() bool {
	w, wp := t.words()
	defer putWords(wp)
	if !any(youngSeeker, w) {
		return false
	}
	return !any(youngNot, w) || any(youngWants, w)
}

// youngWants is a wish for an apprenticeship, which makes a young seeker
// even beside the words of youngNot.
var youngWants = compile("cherche|cherches|recherche|trouver un|une? apprentissage|alternance")

// Words of an apprenticeship wish (ApprenticeshipWish).
var (
	apprenticeWishVerbs = set("veux veut voudrais voudrait souhaite souhaiterais souhaiterait aimerais aimerait " +
		"jveux jvoudrais jaimerais jsouhaite envie")
	apprenticeDoVerbs = set("faire passer preparer commencer entrer rentrer")
	apprenticeNouns   = set("apprentissage alternance")
	apprenticeBy      = set("en par un une l d")
	apprenticeNot     = set("pas plus jamais surtout")
)

// apprenticeReach is how many words after the verb the apprenticeship may
// be named (« faire un CAP petite enfance mais en alternance »).
const apprenticeReach = 8

// ApprenticeshipWish reports a wish to do a course by apprenticeship
// (« je veux faire un CAP cuisine en apprentissage », « jvoudrais passer
// un bac pro en alternance », « j'aimerais faire une alternance »): the
// wish of « je cherche un apprentissage » (youngSeeker) said with the
// course. A refusal (« je veux pas faire d'alternance ») is none. Whether
// it makes a young seeker depends on the age, which the caller knows
// (cep-domain.md §1.3 row 4: 16–25): an older visitor may wish it while
// employed.
func (t Text) ApprenticeshipWish() bool {
	w, wp := t.words()
	defer putWords(wp)
	if any(youngNot, w) {
		return false // « je suis en alternance » already: an apprentice
	}
	for i, x := range w {
		if !apprenticeWishVerbs[x] {
			continue
		}
		j := i + 1
		if x == "envie" && j < len(w) && (w[j] == "de" || w[j] == "d") {
			j++ // « envie de faire »
		}
		if j >= len(w) || apprenticeNot[w[j]] || !apprenticeDoVerbs[w[j]] {
			continue
		}
		for k := j + 2; k < len(w) && k <= j+apprenticeReach; k++ {
			if apprenticeNouns[w[k]] && apprenticeBy[w[k-1]] {
				return true
			}
		}
	}
	return false
}
