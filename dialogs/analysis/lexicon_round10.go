package analysis

// Round 10A of issue 13 (tuning42): messages written like real people
// write — SMS typing, stories told from the past to the present, jobs of
// both sectors.

// round10StatusSpecs are status markers of round 10A.
var round10StatusSpecs = []patSpec{
	// « des missions d'intérim, mais en ce moment j'ai rien »: nothing now
	// is the « intérimaire sans mission » of cep-domain.md §1.3 row 7 (the
	// agency contract ends with the mission, code du travail L1251-11)
	{p: "en ce moment|actuellement j ai rien", k: kStatus, v: "demandeur_emploi", w: 5},
	// « j'ai démissionné pour ouvrir ma boutique »: the job left for a
	// business of one's own is no search; the business is the status now
	// (self-employed: code de commerce L121-1, code de l'artisanat). Past
	// participles only: « je veux démissionner pour ouvrir » is a wish.
	{p: "demissionne|demissionnee|quitte|quittee mon|ma|le|la? poste|job|travail|emploi|cdi|boulot? pour ouvrir|creer|monter|lancer|reprendre|fonder mon|ma|une|un|son|sa|notre propre? entreprise|boutique|commerce|magasin|restaurant|bar|salon|cabinet|societe|affaire|atelier|ferme|exploitation|activite|institut|agence", k: kStatus, v: "independant", w: 6, event: true},
}

// sideJobWords are the words of a student's side job (« pas de taf »,
// « aucun job »): said by a student they deny a side job, not a search.
var sideJobWords = map[string]bool{"taf": true, "job": true, "jobs": true, "boulot": true, "travail": true}

// leftStudies open the student markers of someone who has left school
// (« sorti de la fac », « je viens de finir mon master »): a graduate
// without a job is looking for one.
var leftStudies = map[string]bool{"sors": true, "sort": true, "sorti": true, "sortie": true, "sortis": true, "viens": true, "vient": true}

// noSideJob reports a « pas de job » (a job seeker's marker of
// lexicon_round9c.go) said right after a course of the writer (« en
// licence pro, pas de taf »): the student has no side job, which leaves
// the student a student (cep-domain.md §1.3 row 2: neither working nor
// seeking a job).
func (a *analyser) noSideJob(h hit) bool {
	if h.p.v != "demandeur_emploi" || !sideJobWords[a.toks[h.end-1].s] {
		return false
	}
	switch a.toks[h.start].s {
	case "pas", "aucun":
	default:
		return false
	}
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		mc := a.toks[m.start].clause
		if m.p.k == kStatus && m.p.v == "etudiant" && m.p.w >= 4 && m.start < h.start && (mc == c || mc == c-1) &&
			!leftStudies[a.toks[m.start].s] && !a.negated(m) && !a.ofRelative(m) {
			return true
		}
	}
	return false
}
