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
	// « je n'ai même pas été reprise cette saison », « pas été rappelé
	// par l'agence »: a seasonal or temporary worker not taken back (row
	// 7: « intérimaire sans mission »; round 13A read « pas reconduit »)
	{p: "pas|jamais ete reprise|repris|rappele|rappelee|reembauche|reembauchee|renouvele|renouvelee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « il ne trouve pas de patron », « je trouve pas d'employeur »: no
	// employer found (row 7; « trouve pas de travail » was read in round 1)
	{p: "trouve|trouvent|trouves pas|plus|aucun de|d? patron|patronne|employeur|employeurs|embauche", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « depuis six mois je ne fais plus rien »: no activity any more after
	// jobs (row 7), as « je ne travaille plus » (round 4)
	{p: "ne|n fais|fait|faisons plus rien", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je ne travaille pas depuis notre arrivée »: no work since a time,
	// so work before (row 7); without « depuis » an inactive person may
	// say it (« bénévole, sinon je ne travaille pas ») and is asked
	{p: "ne|n travaille|bosse|taffe|taf pas depuis", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « now no job », « I have no work », « the restaurant closed »: a job
	// seeker in English (round 4 read « jobless », « laid off »)
	{p: "no job|work|employment", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "the|my|our restaurant|shop|company|factory|business|hotel|store closed", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « en formation de soudeur financée par France Travail »: a trainee of
	// vocational training for job seekers, the trade named between
	// (cep-domain.md §1.3 row 7: « stagiaire de la formation pro »)
	{p: "formation de|d _ _? financee|payee|remuneree par france|pole travail|emploi", k: kStatus, v: "demandeur_emploi", w: 5},
	// « le dernier s'est fini en avril » (after « des CDD »): the last
	// contract over, its noun left out (cep-domain.md §4: « fin de CDD »)
	{p: "le|la|mon|ma|son|sa dernier|derniere s|se est " + endedWords, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « j'ai arrêté en mars », « j'ai cessé fin 2025 »: an activity
	// stopped at a date (row 7: « ex-indépendant who stopped »); a school
	// year after « en »
	// (« arrêté en seconde ») is no date
	{p: "j|je|jai ai tout? arrete|cesse|stoppe en|depuis|fin|debut|mi " + monthNames + "|2019|2020|2021|2022|2023|2024|2025|2026", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « DRH pendant douze ans », « directrice financière »: the heads of a
	// company's functions are cadres (code du travail L3111-2, cadres
	// dirigeants; the conventions collectives class them cadres), which
	// sends a job seeker who held such a post to the APEC (row 6)
	{p: "drh|daf|dsi|raf", k: kCadre, v: "1"},
	{p: "directeur|directrice|directeurs|directrices des ressources humaines", k: kCadre, v: "1"},
	{p: "directeur|directrice|directeurs|directrices financier|financiere|juridique|commercial|commerciale|marketing|administratif|administrative|industriel|industrielle|technique|informatique", k: kCadre, v: "1"},
	// « à mi-temps dans une supérette »: a shop of the private trade
	// (cep-domain.md §1.3 row 8), as « dans un supermarché » (round 1)
	{p: "dans|chez|pour|a une|un|la|l superette|superettes|epicerie|minimarket", k: kStatus, v: "salarie_prive", w: 3},
	// « je travaille encore pour une société privée »: the employer named
	// outright as private (row 8), stronger than a workplace; it keeps a
	// retiree who works in the job's status (cumul emploi-retraite, code
	// de la sécurité sociale L161-22; round 9C)
	{p: "pour|par une|un societe|entreprise|boite|structure privee|prive", k: kStatus, v: "salarie_prive", w: 4},
	// « après mon licenciement j'ai créé mon entreprise », « j'ai ouvert
	// mon salon en 2022 »: a business created and not said closed is run
	// now (cep-domain.md §1.3 row 8: indépendant, artisan, commerçant); a
	// later closing is a later event and wins (laterEvent)
	// (round 17G: told of a relative, « elle a ouvert son propre salon »,
	// « ils ont créé leur boîte »)
	{p: "ai|a|avons|ont cree|ouvert|monte|lance|rachete mon|ma|notre|une|un|son|sa|leur propre? " + bizObj, k: kStatus, v: "independant", w: 4, event: true},
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

// afterEventThen reports a job seeker's event opened by « après » (« après
// un licenciement en 2024, j'ai créé ma société ») followed by a status of
// another group not wished nor negated: the event starts the story told,
// the later status is the one of now.
func (a *analyser) afterEventThen(h hit) bool {
	if !h.p.event || h.p.v != "demandeur_emploi" || h.start == 0 {
		return false
	}
	c := a.toks[h.start].clause
	found := false
	for j := h.start - 1; j >= 0 && j >= h.start-2 && a.toks[j].clause == c; j-- {
		if a.toks[j].s == "apres" {
			found = true
		}
	}
	if !found {
		return false
	}
	for _, m := range a.sc.hits {
		if m.start < h.end || m.p.k != kStatus || m.p.event || m.p.v == "demandeur_emploi" || m.p.v == "-" || m.p.v == statusUndecided {
			continue
		}
		if v, _, ok := a.statusCandidate(m); ok && v != "demandeur_emploi" {
			return true
		}
	}
	return false
}

// renewalInDoubt reports a renewal the writer is unsure of (« je sais pas
// s'ils vont me renouveler », « renouvellement pas sûr », « en attente du
// renouvellement »): a contract running now that may end soon or go on,
// which neither row 7 nor rows 1 and 8 settle; the dialogue asks.
func (a *analyser) renewalInDoubt() bool {
	t := a.toks
	for i := range t {
		switch t[i].s {
		case "renouveler", "renouvele", "renouvelee", "renouvellement", "prolonger", "prolongation", "garder":
		default:
			continue
		}
		for j := i - 1; j >= 0 && j >= i-6 && t[j].clause == t[i].clause; j-- {
			switch t[j].s {
			case "si", "attente", "attends", "incertain", "incertaine", "peut":
				return true
			case "s": // « s'ils vont me renouveler »
				if j+1 < len(t) && (t[j+1].s == "il" || t[j+1].s == "ils") {
					return true
				}
			}
		}
		for j := i + 1; j < len(t) && j <= i+3 && t[j].clause == t[i].clause; j++ {
			switch t[j].s {
			case "incertain", "incertaine", "sur", "sure", "assure", "assuree":
				return true
			}
		}
	}
	return false
}

// placeCompound reports an employer word that is the first part of a
// hyphenated place name (« à Onet-le-Château », « Orange-les-Bains »): a
// capitalised word, then a lower-case article or preposition, then a
// capitalised word — a town, not the company of the same name (the
// tokenizer drops the hyphens; « chez Onet le lundi » has no capital
// after).
func (a *analyser) placeCompound(h hit) bool {
	t := a.toks
	if h.p.k != kSector || h.end+1 >= len(t) || !t[h.start].cap || t[h.end].cap || !t[h.end+1].cap ||
		t[h.end+1].clause != t[h.start].clause {
		return false
	}
	switch t[h.end].s {
	case "le", "la", "les", "sur", "sous", "lez", "aux":
		return true
	}
	return false
}

// runningContract reports a temporary contract said of the writer now
// (« en CDD », « contractuelle », « en mission »), whose renewal may be in
// doubt.
func (a *analyser) runningContract() bool {
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.event {
			continue
		}
		if _, _, ok := a.statusCandidate(h); !ok {
			continue
		}
		for j := h.start; j < h.end; j++ {
			switch a.toks[j].s {
			case "cdd", "contrat", "mission", "interim", "contractuel", "contractuelle", "vacataire", "saisonnier", "saisonniere":
				return true
			}
		}
	}
	return false
}

// helpedPronoun reports a help verb whose object is a pronoun before it
// (« comment l'aider à trouver un emploi ? », « qui peut la conseiller ? »):
// the message is written for the third person told of, as « pour l'aider »
// or « aider mon fils » (relatives.go); « m'aider », « nous aider » are the
// writer's.
func (a *analyser) helpedPronoun(i int) bool {
	if i == 0 || a.toks[i-1].clause != a.toks[i].clause {
		return false
	}
	switch a.toks[i-1].s {
	case "l", "le", "la", "les":
		return true
	}
	return false
}

// contractEndsFarMonth reports a temporary contract whose end is told in
// the present or future with a month named alone three to nine months
// ahead (« mon contrat finit en décembre » said in June): it still runs,
// no end within weeks (cep-domain.md §4: « an end of contract within weeks
// ⇒ job seeker »). The month of now (« fin juin ») is near; a participle
// that may be past (« fini en décembre », « fermé en mars ») or a dismissal
// announced (« licencié en mars », labelled a job seeker soon) is left as
// it is.
func (a *analyser) contractEndsFarMonth(h hit) bool {
	if a.now.IsZero() || !endingContract[a.toks[h.start].s] {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	verb, far := false, false
	for i := h.start; i < len(t) && t[i].clause <= c+1; i++ {
		switch t[i].s {
		case "finit", "finira", "finissent", "terminera", "prendra", "expire", "expirera", "sarrete", "setermine":
			verb = true
		case "termine", "arrete", "acheve":
			// (round 17G: « s'achève », the formal word of the same end)
			verb = verb || i > 0 && (t[i-1].s == "se" || t[i-1].s == "s")
		case "achevera", "acheveront":
			verb = true
		case "prend", "prennent":
			verb = verb || i+1 < len(t) && t[i+1].s == "fin" // « prend fin en décembre » (round 17G)
		}
		m := monthNumber[t[i].s]
		if m == 0 || i == 0 {
			continue
		}
		switch t[i-1].s {
		case "en", "fin", "debut", "mi":
		default:
			continue
		}
		if i+1 < len(t) && t[i+1].clause == t[i].clause && (t[i+1].s == "dernier" || t[i+1].num) {
			continue // « en mars dernier », « en mars 2024 »
		}
		if d := a.monthsAhead(m); d >= 3 && d <= 9 {
			far = true
		}
	}
	return verb && far
}

// leftBesideActivity reports a job left told in a relative clause (« en
// parallèle d'un CDI que j'ai quitté ») while another activity is stated
// now (« je suis installée en micro-entreprise »): the activity kept is the
// status, the job left no job seeker's event.
func (a *analyser) leftBesideActivity(h hit) bool {
	if !h.p.event || h.p.v != "demandeur_emploi" {
		return false
	}
	if s := a.toks[h.start].s; s != "que" && s != "qu" {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.p.event || m.p.v == "demandeur_emploi" || m.p.v == "-" || m.p.v == statusUndecided || a.leftAntecedent(m) {
			continue
		}
		if v, _, ok := a.statusCandidate(m); ok && v != "demandeur_emploi" && a.presentIn(a.toks[m.start].clause) {
			return true
		}
	}
	return false
}

// onParentalLeave reports a parental or maternity leave stated now, which
// suspends the contract (« je suis en congé parental depuis deux ans »:
// code du travail L1225-47, CGFP L515-1), with no job seeker's event: the
// employer named in the story before (« avant j'étais assistante dentaire
// dans un cabinet ») is still the employer, and a cadre before is still a
// cadre (cep-domain.md §1.3 row 8: « congé parental … with contract
// suspended »). A sick leave, often the way to an inaptitude, is left as
// it was.
func (a *analyser) onParentalLeave() bool {
	leave := false
	for _, h := range a.sc.hits {
		if h.p.k != kStatus {
			continue
		}
		v, _, ok := a.statusCandidate(h)
		if !ok {
			continue
		}
		switch {
		case v == "demandeur_emploi":
			return false
		case v == statusUndecided && a.toks[h.start].s == "conge":
			leave = true
		}
	}
	return leave
}

// presentSector reports an employer word of the writer in a clause of now:
// it names the employer, and the ones of the story before are set aside.
func (a *analyser) presentSector() bool {
	for _, h := range a.sc.hits {
		if h.p.k == kSector && h.p.v != sectorNeutral && !a.pastClause(h) && !a.negated(h) && !a.wished(h) && !a.ofRelative(h) && !a.notTheEmployer(h) {
			return true
		}
	}
	return false
}

// contractIn reports a word of a contract held in clause c (« en CDI »,
// « titulaire »): the job suspended by a leave, not a job of long ago.
func (a *analyser) contractIn(c int32) bool {
	for _, t := range a.toks {
		if t.clause != c {
			continue
		}
		switch t.s {
		case "cdi", "titulaire", "fonctionnaire", "contractuel", "contractuelle":
			return true
		}
	}
	return false
}
