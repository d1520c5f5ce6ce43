package analysis

// Round 21H of issue 13 — family: the Apec boundary (cep-domain.md §1.3
// rows 3 and 6): cadres in work and former cadres who seek a job, the
// non-cadres whose titles sound senior, denials of the cadre status, a
// cadre post wished, the graduates, somebody else's cadre status, English
// titles. Found by a gap search (scratch set tuning95, 153 messages of the
// family written before the analyser was run on them).
//
// Rule 1, « statut cadre » names a private-law employee. The cadre status
// is the category of the private sector's conventions collectives and of
// the cadres' pension and Apec affiliation (ANI of 17 November 2017 on the
// cadres' status; ANI of 12 July 2011 on the Apec: the Apec is financed by
// the contributions of private employers for their cadres); the public
// service grades its agents by catégories A, B, C (code général de la
// fonction publique, L411-2) and its agents say « catégorie A », « cadre
// A », « attaché ». « statut (de) cadre », « statut non cadre » and
// « sans (le) statut cadre » therefore say a private employer, with the
// weight of a workplace (3): any stronger word wins (« fonction publique
// hospitalière », « licencié », « au chômage »), a past one is read as
// past by the usual grammar, and a public workplace of equal weight makes
// it asked. « cadre » alone, « cadre au forfait » and « pas cadre » alone
// are left asked: the labelled sets disagree on them (tuning45 labels
// « Je suis cadre mais je sature », « Cadre au forfait, pas de handicap »
// and « pas cadre, assistante de direction » with an unknown status,
// other sets label the like salarie_prive), while every labelled message
// with « statut cadre » and no other status word is a private employee
// (19 of 19 in the sets a rule writer may read).
var round21hSpecs = []patSpec{
	{p: "statut|statuts de? cadre|cadres", k: kStatus, v: "salarie_prive", w: 3},
	{p: "statut non cadre", k: kStatus, v: "salarie_prive", w: 3},
	{p: "sans statut|statuts de? cadre|cadres", k: kStatus, v: "salarie_prive", w: 3},
	{p: "sans|pas le|au statut de? cadre", k: kStatus, v: "salarie_prive", w: 3},
}

// The status of a post looked for or offered (« je cherche un poste de
// chargée d'études, statut cadre », « on me propose un CDI statut cadre »)
// is not held: the comma ends the clause that the grammar of wishes reads,
// so the sentence before the status is read back, up to its start, for a
// post, an offer or a verb of will or search.
var postWordsR21h = map[string]bool{"poste": true, "postes": true, "emploi": true, "emplois": true, "job": true, "jobs": true,
	"offre": true, "offres": true, "propose": true, "proposee": true, "proposition": true, "recrutement": true, "embauche": true,
	"passer": true, "passe": true, "obtenir": true, "devenir": true, "avoir": true, "evoluer": true, "promotion": true, "promu": true, "promue": true,
	"vise": true, "viser": true, "cherche": true, "recherche": true, "veux": true, "voudrais": true, "aimerais": true, "souhaite": true,
	"souhaiterais": true, "espere": true, "reve": true, "objectif": true, "encore": true, "bientot": true, "futur": true, "annee": true, "ans": true}

// notHeldR21h reports a « statut cadre » of round 21H that is a post
// looked for or offered, not the writer's.
func (a *analyser) notHeldR21h(h hit) bool {
	t := a.toks
	if h.p.v != "salarie_prive" || t[h.start].s != "statut" && t[h.start].s != "statuts" && t[h.start].s != "sans" && t[h.start].s != "pas" {
		return false
	}
	for j := h.start - 1; j >= 0 && j >= h.start-12; j-- {
		if c := t[j].after; c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' {
			return false
		}
		if postWordsR21h[t[j].s] {
			return true
		}
	}
	return false
}

// Rule 2, the English titles of a head of a function. Round 20I asks the
// cadre question (DoubtCadre) when a cadre-likely title is the writer's
// and the cadre fact is unknown; round 14A reads the French heads of a
// function (« directeur commercial », « DRH », « DAF ») as cadres. Their
// English names were read as neither: « head of … » (the head of a
// function or a department), « senior manager » (the grade above manager
// in audit and consulting firms), « country manager », « general manager »,
// and the C-level acronyms « CFO », « CTO », « COO », « CMO » (the DAF,
// DSI… of round 14A). They name the posts that PCS 2003 puts in groups 37
// « cadres administratifs et commerciaux d'entreprise » (371a « cadres
// d'état-major administratifs, financiers, commerciaux des grandes
// entreprises ») and 38 « ingénieurs et cadres techniques », but an
// English title is also worn by the employees of start-ups and foreign
// firms whatever their classification, so they join round 20I's titles (a
// question) and not round 14A's (a fact). « ex head of sales, laid off »
// was routed to France Travail (the unknown cadre read as « no »),
// « senior manager dans un cabinet d'audit » to the regional operator;
// both are now asked. « Manager » alone stays out, for round 20I's reason
// (a team leader of any rank).
func init() {
	cadreTitlesR20i = append(cadreTitlesR20i,
		[]string{"cfo|cto|coo|cmo"},
		[]string{"head", "of"},
		[]string{"senior|country|general", "manager|managers"},
	)
}
