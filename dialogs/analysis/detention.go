package analysis

// A person held in prison, or just out of it, names the prison as where
// they are, not as their employer: its words must not make them an agent
// public of the State (detainees' work is not an employment contract, code
// pénitentiaire L412-10; the CEP reaches them through France Travail and the
// SPIP). When the message says the writer is or was held there, the words of
// the prison are neutralised before the lexicons read them, and the status
// is asked. Staff keep their words: « je suis surveillant à la maison
// d'arrêt », « je travaille en prison » say nothing of being held.

// heldToken replaces the prison's words (it is in no lexicon).
const heldToken = "lieudedetention"

// heldCues say the writer is held (singular: staff speak of « les détenus »).
var heldCues = map[string]bool{"detenu": true, "detenue": true, "incarcere": true, "incarceree": true,
	"prisonnier": true, "prisonniere": true, "ecroue": true, "ecrouee": true, "taulard": true}

// prisonWords are the words of a prison as a place.
var prisonWords = map[string]bool{"prison": true, "prisons": true, "taule": true, "detention": true,
	"penitentiaire": true, "penitentiaires": true}

// neutraliseDetention rewrites the prison's words when the message says the
// writer is held or just out: « je suis détenu à la maison d'arrêt de
// Fresnes », « je suis en prison », « je sors de prison dans 2 mois ».
func neutraliseDetention(toks []token) {
	if !heldWriter(toks) {
		return
	}
	for i := range toks {
		switch s := toks[i].s; {
		case prisonWords[s]:
			toks[i].s = heldToken
		case s == "maison" && i+2 < len(toks) && toks[i+1].s == "d" && toks[i+2].s == "arret":
			toks[i].s, toks[i+2].s = heldToken, heldToken
		case s == "centre" && i+1 < len(toks) && (toks[i+1].s == "penitentiaire" || toks[i+1].s == "de" && i+2 < len(toks) && toks[i+2].s == "detention"):
			toks[i].s = heldToken
		}
	}
}

func heldWriter(toks []token) bool {
	for i, t := range toks {
		if heldCuesFilter.may(t.s) && heldCues[t.s] {
			return true
		}
		next := func(k int) string {
			if i+k < len(toks) {
				return toks[i+k].s
			}
			return ""
		}
		switch t.s {
		case "suis", "etais", "est", "etait":
			// « je suis en prison », « il est en détention »
			if next(1) == "en" && (next(2) == "prison" || next(2) == "detention" || next(2) == "taule") {
				return true
			}
		case "sorti", "sortie", "sortis", "sorties", "sors", "sort", "sorte", "sortir", "sortant", "sortante", "libere", "liberee", "liberation":
			// « je sors de prison », « sortie de détention », « sorti de la
			// prison de Fresnes », and the Réunion creole « mi sorte la
			// prison » (round 18P)
			k := 1
			if next(k) == "de" || next(k) == "d" {
				k++
			}
			if next(k) == "la" || next(k) == "l" {
				k++
			}
			if k > 1 && (next(k) == "prison" || next(k) == "detention" || next(k) == "taule" || next(k) == "maison" || next(k) == "centre") {
				return true
			}
		}
	}
	return false
}
