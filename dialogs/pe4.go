package dialogs

// Two readings of the status the dialogue adds to the analysis (persona
// round pe4, issue 13): a public contract ending within weeks, and a
// dismissal said in everyday words. The analysis (and its labelled sets)
// is left as it is; the dialogue says the status back in the recap, where
// the visitor may correct it.

import (
	"strconv"
	"strings"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// dialogueStatus completes the facts read in a message. A public agent
// whose contract ends within a month (« en CDD à la mairie, il finit dans
// 10 jours ») is a job seeker by cep-domain.md §1.3 row 7 (« fin de
// CDD/imminent end of contract »): the analysis keeps row 1 unless the end
// is told as final, and the dialogue routed a visitor about to be without
// a job to an employer they are leaving. « On m'a mis dehors », « je me
// suis fait virer » are a dismissal (row 7): the status was asked again.
// Neither for a message about a relative. s is the normalised message
// padded with a space each side (the turn's paddedNorm: the three
// completions of the facts padded the same description each, an
// allocation each on a long one).
func dialogueStatus(f analysis.Facts, s string) analysis.Facts {
	if containsAny(s, relativeCues) {
		return f
	}
	switch {
	case f.Status == "agent_public" && publicContractEndsSoon(s):
	case f.Status == "" && containsAny(s, dismissalCues) && !containsAny(s, []string{" pas ", " jamais ", " peur ", " risque "}):
	default:
		return f
	}
	f.Status, f.Branch = "demandeur_emploi", ""
	f.Why.Status = analysis.Origin{How: analysis.HowPattern, Conf: 80}
	f.Why.Branch = analysis.Origin{}
	f.Doubts &^= analysis.DoubtStatus | analysis.DoubtBranch | analysis.DoubtSector
	return f
}

// relativeCues say the message is about someone else (normalised).
var relativeCues = []string{" mon fils ", " ma fille ", " mon mari ", " ma femme ", " mon conjoint ",
	" ma conjointe ", " mon frere ", " ma soeur ", " il a ete ", " elle a ete ", " mon ami ", " mon amie "}

// dismissalCues tell a dismissal in everyday words (normalised, between
// spaces).
var dismissalCues = []string{" mis dehors ", " mise dehors ", " fait virer ", " suis vire ", " suis viree ",
	" m a vire ", " m a viree ", " ont vire ", " mis a la porte ", " mise a la porte ", " fout dehors ",
	" foutu dehors ", " foutue dehors ", " jete dehors ", " jetee dehors "}

// publicContractEndsSoon: a contract word and its end « dans N jours » (N ≤
// 31) or « dans N semaines » (N ≤ 4), « à la fin du mois », « la semaine
// prochaine », not negated (« ne se termine pas »).
func publicContractEndsSoon(s string) bool {
	if !containsAny(s, []string{" cdd ", " contrat ", " vacation ", " vacations ", " remplacement "}) ||
		!containsAny(s, []string{" termine ", " finit ", " fini ", " finira ", " terminera ", " arrete ", " arretera ", " expire ", " prend fin "}) ||
		containsAny(s, []string{" pas ", " renouvele ", " prolonge "}) {
		return false
	}
	if containsAny(s, []string{" fin du mois ", " semaine prochaine ", " fin de la semaine "}) {
		return true
	}
	w := strings.Fields(s)
	for i := 0; i+2 < len(w); i++ {
		if w[i] != "dans" {
			continue
		}
		n, err := strconv.Atoi(w[i+1])
		if err != nil {
			n = smallNumbers[w[i+1]]
		}
		switch w[i+2] {
		case "jour", "jours", "j":
			return n > 0 && n <= 31
		case "semaine", "semaines":
			return n > 0 && n <= 4
		}
	}
	return false
}

// smallNumbers are the counts written in words before « jours », « semaines ».
var smallNumbers = map[string]int{"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
	"huit": 8, "dix": 10, "quinze": 15, "vingt": 20, "quelques": 3}
