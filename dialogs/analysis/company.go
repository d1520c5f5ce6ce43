package analysis

// companyWeight is the weight of a private-employer hit. « chez » followed
// by a capitalised name in the same clause (« commis chez Paul », « je taf
// chez Cdiscount ») names a company outright, as strongly as the employers
// of the lexicon (w 4): whatever the job title, known or not, the employer
// is a private one. « chez » before a lower-case word keeps its weight (the
// name may be a person's: « chez ma tante » is neutral in the lexicon).
func (a *analyser) companyWeight(h hit) int8 {
	if h.p.k == kSector && h.p.v == sectorPrivate && employsWords[a.toks[h.end-1].s] {
		return 6 // « c'est une boîte de nettoyage qui m'emploie » (round 17G), as « employée par »
	}
	if w := a.contractorWeight(h); w > 0 {
		return w
	}
	if a.employedBy(h) {
		return 6 // « employée par l'OGEC » (round 14B)
	}
	if a.namedByPour(h) {
		return 5
	}
	if h.end-h.start != 1 || a.toks[h.start].s != "chez" || h.end >= len(a.toks) {
		return h.p.w
	}
	n := a.toks[h.end]
	if !n.cap || n.num || n.clause != a.toks[h.start].clause || publicServiceNames[n.s] {
		return h.p.w
	}
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-4 && a.toks[j].clause == c; j-- {
		if notEmployedThere[a.toks[j].s] {
			return h.p.w // « j'ai postulé chez Ramsay », « en formation chez Greta »
		}
	}
	return max(h.p.w, 4)
}

// notEmployedThere before « chez X » say that X is not the visitor's
// employer: an application, an interview, a training course, an
// internship, a follow-up.
var notEmployedThere = map[string]bool{"postule": true, "postulee": true, "postuler": true, "candidature": true, "candidatures": true,
	"candidate": true, "candidat": true, "entretien": true, "entretiens": true, "formation": true, "stage": true, "stagiaire": true,
	"suivi": true, "suivie": true, "accompagne": true, "accompagnee": true, "rdv": true, "rendez": true, "inscrit": true, "inscrite": true,
	"embauche": true, "embauchee": true, "bosser": true, "travailler": true, "entrer": true, "rentrer": true, "aller": true}

// publicServiceNames start the names of the public employment and guidance
// services (« chez Pôle emploi », « chez France Travail », « chez Cap
// emploi », « chez Mission locale », « chez Défense mobilité »): followed
// as a visitor, not employers.
var publicServiceNames = map[string]bool{"pole": true, "france": true, "cap": true, "mission": true, "apec": true, "defense": true}
