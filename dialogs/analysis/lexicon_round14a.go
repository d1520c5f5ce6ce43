package analysis

// Round 14A of issue 13 (tuning49, written by a helper who never read the
// rules): the border between a job held now and not, in words the earlier
// rounds did not think of. A job seeker is whoever says there is no work
// now (cep-domain.md §1.3 row 7, §4 « demandeur_emploi includes … people
// wanting to return to work »); a contract stated now keeps the employee
// (row 8); a plan (« je réfléchis à… ») states no employer.

// round14aStatusSpecs are the status, wish and blocking markers of round
// 14A.
var round14aStatusSpecs = []patSpec{
	// « je n'ai toujours pas trouvé d'emploi », « pas encore retrouvé de
	// travail »: the passé composé with « toujours » or « encore » between
	// (row 7); « pas encore trouvé de stage » is a student's
	{p: "ai|a toujours|encore pas|rien|jamais trouve|retrouve de|d|du|un|une? " + work, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "ai|a pas|rien encore|toujours trouve|retrouve de|d|du|un|une? " + work, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "ai|a toujours|encore pas|rien retrouve", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « des missions de temps en temps mais là rien depuis un mois »: no
	// work since, after the job named (row 7: « intérimaire sans
	// mission »); round 13A read « plus rien depuis »
	{p: "la|mais|et|actuellement|maintenant rien depuis", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « démission en 2024 », « démissionnaire depuis avril »: the
	// resignation with its year, and the noun of the person (code du
	// travail L1237-1; round 13A read the month)
	{p: "demission en|depuis 2018|2019|2020|2021|2022|2023|2024|2025|2026", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "demissionnaire|demissionnaires", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « un CDD de six mois qui s'est fini en mai », « la mission qui a pris
	// fin »: the job found again ended in its turn, told in a relative
	// clause (cep-domain.md §4: « fin de CDD »); the antecedent is checked
	// by endedAntecedent
	{p: "qui s|se est|sont " + endedWords, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "qui a|ont pris fin", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « un CDI dans un supermarché que j'ai quitté pour partir en
	// Australie »: the job left, told in a relative clause after it
	// (code du travail L1237-1, resignation); the job named before is its
	// object (leftAntecedent); one job left for another is the new one
	{p: "que|qu j|je|il|elle ai|a|avais|avait quitte|quittee|lache|lachee|perdu|perdue", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "que|qu j|je|il|elle ai|a|avais|avait quitte|quittee|lache|lachee|perdu|perdue pour un|une|mon|ma|le|la|entrer|rejoindre|integrer|travailler|bosser|signer", k: kNone},
	// « je recherche de nouveau », « je cherche à nouveau un poste »: a
	// search again, after a job that ended (row 7)
	{p: "cherche|recherche de|a nouveau", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « viré de son CAP », « renvoyée du lycée », « exclu de l'école »: a
	// pupil excluded from school (code de l'éducation R511-13, sanctions),
	// no employee dismissed; the dialogue asks what he or she does now
	{p: "ete|fait|faite|suis|est? vire|viree|vires|virer|renvoye|renvoyee|renvoyes|exclu|exclue|exclus de|d|du son|sa|mon|ma|l|la|le|leur? cap|bep|lycee|college|ecole|fac|bts|bac|formation|internat|classe|etablissement|cfa|lycee|cours", k: kNone},
	// « commissaire de police », « lieutenant de police », « brigadier de
	// police »: the corps of the police nationale (décret 2005-939
	// commissaires, décret 2005-716 officiers, décret 2004-1439 gradés et
	// gardiens)
	{p: "commissaire|commissaires|lieutenant|capitaine|commandant|brigadier|brigadiere|officier|officiere|gardien|gardienne de police", k: kStatus, v: "agent_public", w: 5},
	// « professeur certifié », « agrégée d'anglais », « professeur des
	// écoles stagiaire »: the corps of State teachers (décret 72-581
	// professeurs certifiés, décret 72-580 agrégés); a private school's
	// teacher is « maître contractuel », not « certifié »
	{p: "professeur|professeure|prof|enseignant|enseignante certifie|certifiee|agrege|agregee", k: kStatus, v: "agent_public", w: 5},
	{p: "suis|es|est agrege|agregee", k: kStatus, v: "agent_public", w: 5},
	// « contrat doctoral à l'université »: a public-law contract with a
	// public establishment of higher education or research (décret
	// 2009-464, art. 1); a CIFRE is an employer's private-law contract
	{p: "contrat|contrats doctoral|doctoraux", k: kStatus, v: "agent_public", w: 5},
	// « je réfléchis à une seconde carrière dans le privé », « je
	// m'interroge sur un retour dans l'industrie »: what follows is a plan,
	// not the employer of now
	{p: "reflechis|reflechit|reflechissons|reflechir|reflechi a|au|aux|sur|serieusement", k: kFuture},
	{p: "m|me|s|se|nous interroge|interrogeons|interroger|questionne|questionner sur|quant", k: kFuture},
	{p: "un|mon|le retour dans|en|au|a|vers", k: kFuture},
}

// notJobAntecedent reports a relative clause of round 14A (« qui s'est
// fini », « que j'ai quitté ») whose antecedent, within five words before
// the pronoun, is not a job or a contract (« ma formation qui s'est
// terminée », « la ville que j'ai quittée »): that clause says nothing of
// work.
func (a *analyser) notJobAntecedent(h hit) bool {
	switch a.toks[h.start].s {
	case "qui", "que", "qu":
	default:
		return false
	}
	if !h.p.event {
		return false
	}
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-5 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "cdd", "contrat", "contrats", "mission", "missions", "interim", "poste", "job", "emploi", "travail", "boulot",
			"remplacement", "remplacements", "saison", "vacation", "vacations", "cdi":
			return false
		}
	}
	return true
}

// addedActivity reports a second activity added with « aussi » or
// « également » right after its verb (« je fais aussi des extras comme
// auto-entrepreneur », « je suis également salariée »): two activities at
// once, which the table has no row for (round 6 read « à côté »).
func (a *analyser) addedActivity() bool {
	t := a.toks
	for i := 0; i+1 < len(t); i++ {
		switch t[i].s {
		case "fais", "fait", "suis", "est", "travaille", "bosse", "exerce":
			if n := t[i+1].s; (n == "aussi" || n == "egalement") && t[i+1].clause == t[i].clause {
				return true
			}
		}
	}
	return false
}

// leftAntecedent reports a status word followed, in its clause and within
// six words, by a relative clause that says it was left (« un CDI dans un
// supermarché que j'ai quitté »): the job left, not the one held now.
func (a *analyser) leftAntecedent(h hit) bool {
	if h.p.event {
		return false
	}
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || !m.p.event || m.p.v != "demandeur_emploi" || m.start < h.end || m.start > h.end+6 || a.toks[m.start].clause != c {
			continue
		}
		if s := a.toks[m.start].s; s == "que" || s == "qu" {
			return true
		}
	}
	return false
}
