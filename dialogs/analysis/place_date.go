package analysis

import "github.com/cep-accueil/cepbot/dialogs/geo"

// dateEvents are words after which « le N » is a day of the month: the end
// or start of a contract, a deadline (« fin de contrat le 15 », « mon CDD
// se termine le 30 », « licencié le 3 », « jusqu'au … »).
var dateEvents = map[string]bool{"contrat": true, "mission": true, "cdd": true, "fin": true, "termine": true, "terminer": true,
	"finit": true, "finir": true, "arrete": true, "arreter": true, "expire": true, "signe": true, "signee": true, "commence": true,
	"commencer": true, "debute": true, "debut": true, "depuis": true, "avant": true, "apres": true, "licencie": true, "licenciee": true,
	"pars": true, "part": true, "partir": true, "rdv": true, "rendez": true, "vous": true, "embauche": true, "embauchee": true,
	"demission": true, "rupture": true, "conventionnelle": true, "prolonge": true, "renouvele": true, "stop": true,
	// a closing (round 8: « le magasin ferme définitivement le 31 »)
	"ferme": true, "fermera": true, "fermer": true, "definitivement": true, "portes": true}

// dayOfMonth reports « le N » at i (N from 1 to 31) right after a word of
// an event: the number is a date. « dans le 15 », « je vis le 15 » keep
// their reading as a département.
func (a *analyser) dayOfMonth(i int) bool {
	toks := a.toks
	v, n := leadingInt(toks[i].s)
	if n != len(toks[i].s) || v < 1 || v > 31 || i < 2 || toks[i-2].clause != toks[i].clause {
		return false
	}
	return dateEvents[toks[i-2].s]
}

// codeOfCommuneBefore reports a département code at i right after the name
// of a commune of that département, in the same clause (« Saint-Denis 93 »,
// « Saint-Paul 974 »): the code says which of the homonyms is meant.
func (a *analyser) codeOfCommuneBefore(i int) bool {
	toks := a.toks
	dep := depCode(toks[i].s)
	key := ""
	for n := 1; n <= 5 && i-n >= 0 && toks[i-n].clause == toks[i].clause; n++ {
		if key == "" {
			key = toks[i-n].s
		} else {
			key = toks[i-n].s + " " + key
		}
		for _, c := range geo.CommunesByKey(key) {
			if c.Dep == dep {
				return true
			}
		}
	}
	return false
}
