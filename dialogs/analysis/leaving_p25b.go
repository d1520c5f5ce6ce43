package analysis

// Persona round p25b of issue 13: « je quitte l'armée dans 6 mois », « il
// va quitter la gendarmerie l'an prochain » say no project word, and the
// recap read « Projet : non précisé ». Leaving the armed forces ahead is a
// career move the Defence's reconversion service is there for
// (cep-domain.md §1.5, Défense mobilité): in the readable labelled sets, a
// message where the writer or the person is about to leave the army (the
// verb in the present or the future) carries the project « reconversion »
// 29 times, never « reprise_activite » (25 leave it null). A project word
// of the message wins (project() reads this only when none is found); a
// past departure (« j'ai quitté l'armée il y a 4 ans », « je viens de
// quitter l'armée »: job seekers, labelled reprise_activite) and a negated
// one (« je ne veux pas quitter l'armée ») are not read.

// leaveVerbsP25b are the forms of « quitter » read as a departure ahead
// (folded: « quitté » folds to « quitte », told from the past by the word
// before).
var leaveVerbsP25b = map[string]bool{"quitte": true, "quitter": true, "quitterai": true, "quittera": true, "quitterons": true,
	"quitteront": true, "quitterait": true, "quitterais": true}

// armedForcesP25b are the institutions whose leaving is a reconversion.
var armedForcesP25b = map[string]bool{"armee": true, "marine": true, "gendarmerie": true, "legion": true}

// pastBeforeP25b are the words before « quitté » that make it past (« j'ai
// quitté », « après avoir quitté »), or before « quitter » that make it
// past or negated (« je viens de quitter », « pas quitter »).
var pastBeforeP25b = map[string]bool{"ai": true, "a": true, "as": true, "avons": true, "avez": true, "ont": true, "avait": true,
	"avais": true, "avoir": true, "eu": true, "de": true, "d": true, "pas": true, "jamais": true, "plus": true}

// leavingForcesP25b reports a departure from the armed forces ahead.
func (a *analyser) leavingForcesP25b() bool {
	t := a.toks
	for i := 0; i+1 < len(t); i++ {
		if !leaveVerbsFilterP25b.may(t[i].s) || !leaveVerbsP25b[t[i].s] || i > 0 && pastBeforeP25b[t[i-1].s] {
			continue
		}
		j := i + 1
		if t[j].s == "l" || t[j].s == "la" {
			j++
		}
		if j < len(t) && armedForcesP25b[t[j].s] {
			return true
		}
	}
	return false
}
