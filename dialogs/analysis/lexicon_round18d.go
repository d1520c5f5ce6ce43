package analysis

// Round 18D of issue 13 (tuning65: messages at the boundaries between
// situations — job seeker or employee, public or private employer, young
// people, home or workplace, facts told indirectly, people outside the
// boxes). Each rule names its source.

// spouseOfNouns name a partner or a child by what the other person is,
// without a possessive: « femme de militaire », « conjointe de gendarme »,
// « fils d'agriculteur ».
var spouseOfNouns = map[string]bool{"femme": true, "epouse": true, "conjoint": true, "conjointe": true, "mari": true,
	"epoux": true, "compagne": true, "compagnon": true, "fils": true, "fille": true}

// spouseOfTrades are the compound nouns « femme de ménage », « femme de
// chambre », « fille de salle »…: an occupation of the writer, not a
// relative's.
var spouseOfTrades = map[string]bool{"menage": true, "chambre": true, "service": true, "salle": true, "lettres": true,
	"affaires": true, "terrain": true, "charge": true, "cuisine": true, "caractere": true, "confiance": true, "etage": true}

// markSpouseOf marks as a relative's the words after « femme de »,
// « conjointe de », « fils de » that open a clause or follow « je suis »
// (« je suis femme de militaire », « Conjointe de gendarme, je suis
// assistante maternelle »): the status named is the partner's or the
// parent's, not the writer's (cep-domain.md §1.3 row 1 covers the agent
// public himself; a military spouse is no agent public — code de la
// défense L4111-1 defines the military by their own engagement). The marks
// run to the end of the clause or to the writer's « je ».
func (a *analyser) markSpouseOf() bool {
	t := a.toks
	any := false
	for i := 0; i+2 < len(t); i++ {
		if !spouseOfNouns[t[i].s] || t[i+1].s != "de" && t[i+1].s != "d" || t[i+1].clause != t[i].clause {
			continue
		}
		if spouseOfTrades[t[i+2].s] {
			continue
		}
		opens := i == 0 || t[i-1].clause != t[i].clause
		if !opens && !(t[i-1].s == "suis" || t[i-1].s == "une" && i > 1 && t[i-2].s == "suis" || t[i-1].s == "un" && i > 1 && t[i-2].s == "suis") {
			continue
		}
		c := t[i].clause
		for j := i + 2; j < len(t) && t[j].clause == c; j++ {
			if s := t[j].s; s == "je" || s == "j" || s == "moi" {
				break
			}
			if !a.sc.rel[j] {
				a.sc.relNoun[j] = int32(i)
			}
			a.sc.rel[j] = true
			any = true
		}
	}
	return any
}
