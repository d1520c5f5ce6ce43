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
		if t[i+1].s != "de" && t[i+1].s != "d" || t[i+1].clause != t[i].clause || !spouseOfNouns[t[i].s] {
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

// round18dSpecs are the status patterns of round 18D.
var round18dSpecs = []patSpec{
	// « artiste-auteur », « artistes-auteurs », « artiste autrice »: the
	// social regime of the artistes-auteurs (code de la sécurité sociale
	// L382-1), paid in royalties, not wages: a self-employed status
	// (cep-domain.md §1.3 row 8, « indépendant »); an URSSAF named beside it
	// is where they are registered, not an employer
	{p: "artiste|artistes auteur|auteure|autrice|auteurs|auteures|autrices", k: kStatus, v: "independant", w: 6},
	// « Franchisé d'une enseigne de restauration », « franchisée d'un
	// réseau »: the franchisee runs a business of their own (code de
	// commerce L330-3, the franchise contract between two independent
	// traders), as « je suis franchisé » (round 6) when the word opens an
	// aside or a list
	{p: "franchise|franchisee|franchises|franchisees de|d une|un enseigne|reseau|marque|chaine", k: kStatus, v: "independant", w: 5},
	{p: "franchise|franchisee depuis", k: kStatus, v: "independant", w: 5},
	// « mon entreprise vient de fermer », « la boîte a fermé ses portes »:
	// the employer's business closed, the contract ends with it (code du
	// travail L1233-3, the cessation d'activité a cause of economic
	// dismissal; row 7 « licenciement »), as « mon entreprise est en
	// liquidation » (round 7)
	{p: "entreprise|boite|societe|usine|magasin|employeur|agence|restaurant|patron|patronne vient|viennent de fermer|mettre", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "a|ont ferme|fermee ses|leurs portes", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « j'ai déjà mon inscription à France Travail »: the registration of
	// a job seeker told with the noun (code du travail L5411-1), as
	// « inscrit à France Travail » (lexicon.go)
	{p: "mon|ma|son|sa inscription a|au|chez|aupres de|d? france|pole travail|emploi", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "mon|ma|son|sa inscription a|au|chez|aupres de|d? ft|pe", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « je suis en école d'infirmière », « en école de commerce en 2e
	// année »: a student of a school of higher education (code de
	// l'éducation L612-1), as « étudiante en licence » (lexicon.go)
	{p: "suis|est en ecole|institut de|d infirmiere|infirmier|infirmiers|commerce|ingenieur|ingenieurs|kine|art|arts|design|management|journalisme|architecture|communication", k: kStatus, v: "etudiant", w: 5},
}

// round18dEmployerSpecs: private groups of nursing homes and clinics
// (Korian — now Clariane —, Orpea — now Emeis —, DomusVi, Colisée, LNA
// Santé, Ramsay, Elsan: sociétés anonymes and SAS, their staff under the
// private-sector collective agreements FHP / SYNERPA): an EHPAD or clinic
// of theirs is a private employer, where « EHPAD » alone is of both
// sectors (cep-domain.md §1.5: EHPAD publics are hospitalière).
var round18dEmployerSpecs = []employerSpec{
	{p: "korian|clariane|orpea|emeis|domusvi|colisee|ramsay|elsan", sector: sectorPrivate, w: 5},
}
