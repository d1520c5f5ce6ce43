package analysis

// Round 8 of issue 13 (tuning31–34): a season or a contract that ends
// told without « se », pupils sent away from school, spoken denials of an
// end, fonctionnaires en disponibilité working in the private sector.

// round8StatusSpecs are status words of round 8.
var round8StatusSpecs = []patSpec{
	// « mon contrat finit dans 10 jours », « la saison se termine
	// vendredi »: a seasonal contract is a CDD (code du travail L1242-2
	// 3°) and its end within weeks makes a job seeker (cep-domain.md §1.3
	// conventions); a far date keeps the worker in work (endsLater)
	{p: "contrat|mission|saison finit|finira|terminera|arretera|expire|expirera", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "saison se|s termine|finit|arrete|acheve|terminera|finira|arretera", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "saison est|s terminee|finie|achevee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "fin de|d la saison", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// a pupil sent away from school (code de l'éducation R511-13:
	// exclusion définitive) lost no job: « virée du lycée », « renvoyé du
	// collège », « exclue de l'école »
	{p: "suis|ete|fait|faite|s? vire|viree|virer|renvoye|renvoyee|exclu|exclue|exclus du|de|d lycee|college|fac|universite|bahut", k: kNone},
	{p: "suis|ete|fait|faite|s? vire|viree|virer|renvoye|renvoyee|exclu|exclue|exclus de|d l|la ecole|fac|universite|lycee", k: kNone},
	// the employer closing within weeks ends the contracts (a dismissal
	// for economic reasons, code du travail L1233-3; an owner who closes
	// is an ex-indépendant who stopped): a job seeker soon (cep-domain.md
	// §1.3 row 7 and conventions); only with when it closes (« ferme dans
	// 15 jours », « à la fin du mois », « définitivement », « ses
	// portes »): « le magasin ferme à 20h » is opening hours, and a far
	// date keeps the worker in work (endsLater)
	{p: "ma|mon|notre|l|la|le " + closingWork + " va|vont? ferme|fermera|fermer|fermeront dans|bientot|definitivement", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "ma|mon|notre|l|la|le " + closingWork + " va|vont? ferme|fermera|fermer|fermeront ses|les portes", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "ma|mon|notre|l|la|le " + closingWork + " va|vont? ferme|fermera|fermer|fermeront a|en la? fin", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « RQTH en cours de validité » is granted (the kNone « rqth en cours »
	// of round 6 is a pending one)
	{p: "rqth|reconnaissance en cours de validite", k: kHandicap, v: "1"},
	// « changer de métier avant la retraite », « tenir jusqu'à la
	// retraite »: retirement to come, not a retiree
	{p: "avant la|ma|sa|leur retraite", k: kNone},
	{p: "d ici la|ma|sa|leur retraite", k: kNone},
	{p: "jusqu a la|ma|sa|leur retraite", k: kNone},
	// « il a lâché le lycée en terminale »: the class left, not a pupil
	// now (the school-leaving words of lexicon.go with the class after)
	{p: "arrete|quitte|abandonne|lache|arreter|quitter|abandonner le|l|la lycee|ecole|college|cours|bahut en|au terminale|tle|term|seconde|2nde|premiere|1ere|troisieme|3eme|cap|bac|bep", k: kNone},
}

// closingWork are the workplaces whose closing ends the contracts.
const closingWork = "entreprise|boite|societe|usine|magasin|employeur|agence|restaurant|site|atelier|entrepot|hotel|enseigne|supermarche|hypermarche|boutique|usines|magasins"

// endVerbs are the verbs that end a contract or a season (« finit »,
// « s'arrête »): spoken French denies them with « pas » and no « ne »
// (« mon contrat s'arrête pas »).
var endVerbs = map[string]bool{"termine": true, "terminera": true, "finit": true, "finira": true, "fini": true, "arrete": true,
	"arretera": true, "acheve": true, "expire": true, "expirera": true}

// spokenDenial reports an ending event denied by « pas » or « jamais »
// right after its verb, the « ne » dropped as in speech and phone typing
// (« mon contrat s'arrête pas »); « pas avant juin » denies it too (not
// within weeks), « pas plus tard qu'hier » or « pas longtemps » do not.
func (a *analyser) spokenDenial(h hit) bool {
	if !h.p.event || h.end >= len(a.toks) || !endVerbs[a.toks[h.end-1].s] {
		return false
	}
	n := a.toks[h.end]
	if n.clause != a.toks[h.end-1].clause || n.s != "pas" && n.s != "jamais" {
		return false
	}
	if h.end+1 < len(a.toks) && a.toks[h.end+1].clause == n.clause {
		switch a.toks[h.end+1].s {
		case "plus", "longtemps", "loin":
			return false
		}
	}
	return true
}

// onLeaveInPrivate reports a fonctionnaire en disponibilité who works now
// for a private employer (« prof en disponibilité, je travaille dans une
// start-up »): during the disponibilité the agent is out of their
// administration and may work under a private-law contract (CGFP
// L514-1, décret 2019-234 on the disponibilité to work elsewhere), so
// the work of now is a private-law job (row 8 of cep-domain.md §1.3).
func (a *analyser) onLeaveInPrivate() bool {
	leave := false
	for i, t := range a.toks {
		if t.s == "disponibilite" && !a.sc.rel[i] && !a.leaveAsOptionR20b(i) { // (an option weighed is no leave, round 20B)
			leave = true
			break
		}
	}
	if !leave {
		return false
	}
	for _, h := range a.sc.hits {
		if v, _, ok := a.statusCandidate(h); ok && v == "salarie_prive" && !h.p.event {
			return true
		}
	}
	return false
}

// workplaceOfEnd reports a private workplace said right after an ending
// event of its clause (« fin de CDD à l'hôpital privé dans 8 jours »):
// where the contract ends, not a second situation. A public one is still
// weighed (settleSector: the end of a public contract is the employer's
// business, row 1).
func (a *analyser) workplaceOfEnd(h hit) bool {
	if h.p.event || h.p.v != "salarie_prive" || !workplaceHeads[a.toks[h.start].s] {
		return false
	}
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.end > h.start || h.start-m.end > 3 || a.toks[m.start].clause != c {
			continue
		}
		if m.p.event && m.p.v == "demandeur_emploi" || m.p.v == "salarie_prive" && a.contractEnds(m) {
			return true // « mon CDD à la clinique privée se termine vendredi »
		}
	}
	return false
}

// workplaceHeads open the workplace phrases of lexicon.go that say the
// private sector (« hôpital privé », « clinique privée »).
var workplaceHeads = map[string]bool{"hopital": true, "hopitaux": true, "clinique": true, "etablissement": true,
	"etablissements": true, "ecole": true, "lycee": true, "college": true, "structure": true, "ehpad": true}

// linkWords are the small words between a verb and its object (« demande
// de la », « refusé ma »).
var linkWords = map[string]bool{"de": true, "d": true, "du": true, "a": true, "au": true, "la": true, "l": true, "le": true,
	"ma": true, "mon": true, "sa": true, "son": true, "une": true, "un": true, "aupres": true, "des": true}

// notGranted reports a recognition asked for, refused or lapsed (« j'ai
// fait une demande à la MDPH », « la MDPH m'a refusé la RQTH », « RQTH
// refusée », « ma RQTH a expiré », « n'est plus valable »): no recognition
// now (code du travail L5213-1, R5213-1 s.: the CDAPH grants it for a
// time), asked rather than assumed; « RQTH en cours de validité » is one.
func (a *analyser) notGranted(h hit) bool {
	if h.p.v != "1" {
		return false
	}
	switch a.toks[h.start].s {
	case "rqth", "mdph", "reconnaissance", "boeth":
	default:
		return false
	}
	c := a.toks[h.start].clause
	// before it, only small words between (« demande de RQTH », « demande
	// auprès de la MDPH », « m'a refusé la RQTH »; not « j'ai demandé et
	// obtenu ma RQTH »)
	for j := h.start - 1; j >= 0 && j >= h.start-4 && a.toks[j].clause == c; j-- {
		switch s := a.toks[j].s; s {
		case "demande", "demandee":
			return !a.grantedAfterAsk(h) // « demandé la RQTH, que j'ai obtenue » (round 17C)
		case "refuse", "refusee", "refusees":
			return true
		default:
			if !linkWords[s] {
				j = -1 // stop
			}
		}
	}
	for j := h.end; j < len(a.toks) && j <= h.end+3 && a.toks[j].clause == c; j++ {
		switch a.toks[j].s {
		case "refuse", "refusee", "refusees", "refus", "expiree", "perimee", "rejetee":
			return true
		case "expire":
			// « ma RQTH a expiré », not « elle expire en 2027 » (in force)
			return a.toks[j-1].s == "a" || a.toks[j-1].s == "est"
		case "valable", "valide":
			return a.toks[j-1].s == "plus" || a.toks[j-1].s == "pas"
		default:
			if refusedR18w(a.toks[j].s) { // « la MDPH vient de rejeter ma demande » (round 18W)
				return true
			}
		}
	}
	return false
}
