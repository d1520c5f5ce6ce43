package analysis

import "strings"

// Persona round p25b of issue 13: « un de mes vendeurs voudrait se
// reconvertir, il a 30 ans », « l'un de nos collaborateurs souhaite faire un
// bilan » name one of the writer's staff (round 18R's pattern, the contract
// of employment, code du travail L1221-1): the rules read salarie_prive, and
// the statistical veto asked the status again, by the words around (« mes »
// for « nos », « collaborateurs » for « salariés »), so the manager was asked
// whether their own employee was « en recherche d'emploi ». In the readable
// labelled sets, the phrase (« un|une|l'un|l'une de|d nos|mes » + a staff
// noun of round 18R) is labelled salarie_prive 37 times out of 43 (4 job
// seekers, 1 independant, 1 null): the veto leaves it alone.

// staffSetP25b are round 18R's staff nouns (staffR18r).
var staffSetP25b = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Split(staffR18r, "|") {
		m[n] = true
	}
	return m
}()

// staffMemberP25b reports a private-employee status read with « un de nos |
// une de mes | l'un de nos » + a staff noun of round 18R in the message.
func (a *analyser) staffMemberP25b(f *Facts) bool {
	if f.Status != "salarie_prive" {
		return false
	}
	t := a.toks
	for i := 0; i+3 < len(t); i++ {
		if (t[i].s == "un" || t[i].s == "une") && (t[i+1].s == "de" || t[i+1].s == "d") &&
			(t[i+2].s == "nos" || t[i+2].s == "mes") && staffSetP25b[t[i+3].s] {
			return true
		}
	}
	return false
}
