package analysis

// Round 13A of issue 13 (tuning46): employed now or not. A job that ended
// (dismissal, resignation, contract or mission over, business closed,
// trial period broken) makes a job seeker (cep-domain.md §1.3 row 7 and
// §4: « demandeur_emploi includes fin de CDD, licencié, au chômage,
// intérimaire without mission »); a job search stated beside a job held
// now keeps the employee (row 8: « CDI, CDD running »).

// monthNames are the months as typed (accents folded, short forms).
const monthNames = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fev|sept|oct|nov|dec"

// endedWords are the participles that say a contract or a season over.
const endedWords = "termine|terminee|termines|terminees|fini|finie|finis|finies|arrete|arretee|arretes|arretees|acheve"

// round13aStatusSpecs are the status markers of round 13A.
var round13aStatusSpecs = []patSpec{
	// « démissionné de chez Amazon », « démissionnée en mars »: the past
	// participle without its auxiliary (phone typing) still says a
	// resignation done (code du travail L1237-1: the contract ends with
	// the notice); a wish is « démissionner »
	{p: "demissionne|demissionnee de|d|en|le|depuis|il", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « démission en mai »: the noun with its month (a month to come is
	// read by endsLater)
	{p: "demission en|depuis " + monthNames, k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « licencier depuis 2 mois »: « licencié » typed as the infinitive
	{p: "licencier depuis|en|le|il", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « perdu mon CDI », « perdu ma place »: the job lost, named by its
	// contract
	{p: "perdu|perdre mon|ma|son|sa cdi|cdd|contrat|place|mission", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « fin cdd hier », « fin contrat le 30 »: « fin de » typed without
	// its preposition (cep-domain.md §4: an end of contract within weeks)
	{p: "fin cdd|contrat|mission|missions|interim|saison", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « ma mission sarrete vendredi », « mon cdd termine fin du mois »: the
	// reflexive typed without its apostrophe or dropped
	{p: "cdd|contrat|mission|missions|interim sarrete|sarretent|sarete|sacheve|setermine|termine|terminee|fini|finie|finit", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « entre 2 contrats »: the figure for « deux »
	{p: "entre 2 missions|contrats|jobs|emplois|boulots|postes|saisons", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « depuis plus rien », « plus rien depuis mars », « je suis sans
	// rien »: no work since a job ended
	{p: "depuis plus? rien", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "plus rien depuis", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "suis|etre|reste sans rien", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « ARE depuis janvier »: the allocation d'aide au retour à l'emploi
	// (code du travail L5422-1) is paid to job seekers only
	{p: "are|ass depuis", k: kStatus, v: "demandeur_emploi", w: 4},
	// « inscrit FT », « inscrite pôle emploi » without a preposition
	{p: "inscrit|inscrite|inscrits ft|pe|pole|france", k: kStatus, v: "demandeur_emploi", w: 4},
	// « mes employeurs m'ont lâchée », « la boîte m'a lâché »: dropped by
	// the employer
	{p: "m|me a|ont lache|lachee|laches", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « mon employeur a mis fin à ma période d'essai » (code du travail
	// L1221-25: either party may end the trial period), « on a mis fin à
	// mon contrat »
	{p: "mis|mise|met fin a|au ma|mon|la|le? periode|contrat|cdd|cdi|mission|essai", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "rupture de|d la? periode d essai", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « l'usine a fermé », « le magasin a fermé en mars », « fermeture de
	// mon entreprise »: the workplace closed, the job ended with it
	// (licenciement économique, code du travail L1233-3)
	{p: "l|le|la|notre|leur " + closingWork + " a|ont ferme|coule", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « serveuse chez Flunch jusqu'à la fermeture du restaurant »: the job
	// lasted until the closing (a closing to come is read by endsLater)
	{p: "jusqu a la fermeture|liquidation|faillite", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « ma boîte de nettoyage a coulé »: the business named with its trade
	{p: "ma|mon|notre " + bizObj + " de|d _ a|est coule|ferme|fermee|liquide|liquidee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "fermeture de|d mon|ma|l|la|le|notre " + bizObj + "|usine|site|boite", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "cause|suite|apres fermeture", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « j'ai cédé mon exploitation », « vendu mon commerce »: a
	// self-employed activity given up (row 7: « ex-indépendant who
	// stopped »)
	{p: "ai|avons cede|vendu ma|mon|notre " + bizObj, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « j'ai radié mon auto-entreprise »: the micro-entrepreneur struck
	// off the register, the business ceased (row 7: ex-indépendant)
	{p: "ai|avons radie|radiee ma|mon|notre " + bizObj, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je n'ai pas retrouvé », « toujours rien trouvé »: no work found
	// since
	{p: "ai pas|rien|jamais retrouve", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "ai toujours pas|rien retrouve", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "ai pas|rien|jamais trouve de|d|du " + work, k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « les missions se sont arrêtées », « l'agence ne m'appelle plus »:
	// an interim worker between missions (cep-domain.md §4)
	{p: "agence ne|n m|me appelle|appellent plus", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "agence|agences d|de interim ne|n m|me appelle|appellent plus", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « déclarée inapte » (code du travail L4624-4): with the dismissal
	// that follows (L1226-2-1) or under way, a job seeker now or soon
	{p: "declare|declaree|declares|ete inapte", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « j'ai arrêté mon apprentissage », « j'ai quitté mon CDI »: the
	// contract given up
	{p: "ai|a arrete|quitte|rompu mon|ma apprentissage|alternance|cdi|cdd|contrat", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je viens de quitter mon job », « j'ai fini chez Amazon vendredi »,
	// « c'est fini avec Lidl »: the job left or over
	{p: "viens|vient de quitter mon|ma|son|sa " + work + "|cdi|cdd|contrat|boite|entreprise", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "ai|a fini|termine chez", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "c est fini|termine avec|chez", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « j'ai quitté mon CDI chez Lidl pour un CDI chez Aldi »: one job
	// for another, the new one is now (round 11 reads « pour un autre
	// poste »)
	{p: "ai|a quitte|quittee|arrete|rompu mon|ma cdi|cdd|contrat|poste|job|travail|emploi _? _? pour un|une|mon cdi|cdd|contrat|poste|emploi|job|travail", k: kNone},
	// « licenciée en mars, j'ai retrouvé un travail chez Leclerc »: work
	// found again after the event (a later event supersedes it:
	// laterEvent); the employer settles the sector (« … à la mairie »)
	{p: "ai|a trouve|retrouve|decroche un|une|du " + work, k: kStatus, v: "salarie_prive", w: 4, event: true},
	// « mon CDD n'a pas été reconduit », « on m'a pas gardé après ma
	// période d'essai »: the contract not renewed (code du travail
	// L1243-13) or the trial not kept
	{p: "pas|jamais ete reconduit|reconduite|prolonge|prolongee|garde|gardee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "m|me a|ont pas|jamais garde|gardee", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « mon patron a mis la clé sous la porte »: the business closed
	{p: "mis|mettre|met la cle sous la porte", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « mon dernier jour chez Lidl c'était vendredi »
	{p: "dernier jour|jours", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « g pu de taf »: « plus » typed « pu »
	{p: "pu de|d " + work, k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « j'ai travaillé chez Lidl jusqu'à ma démission »: the job lasted
	// until it was left
	{p: "jusqu a mon|ma demission|depart|licenciement|rupture", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « plus de vacations depuis mars »: a vacataire without hours
	{p: "plus|pas|aucune de|d vacations|vacation", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « je cherche un emploi en plus de mon boulot », « un poste dans une
	// autre entreprise », « un emploi salarié à côté »: a search beside
	// the job held now (row 8), not a job seeker's
	{p: "cherche|recherche du|un|une|d|de " + work + " en plus", k: kNone},
	{p: "cherche|recherche du|un|une|d|de " + work + " a cote", k: kNone},
	{p: "cherche|recherche du|un|une|d|de " + work + " complementaire|supplementaire", k: kNone},
	{p: "cherche|recherche du|un|une|d|de " + work + " dans une|un autre", k: kNone},
	{p: "cherche|recherche du|un|une|d|de " + work + " salarie|salariee a cote", k: kNone},
	{p: "cherche|recherche un|une deuxieme|second|seconde|2e|2eme|2nd " + work, k: kNone},
	// « après 2 ans sans emploi, j'ai repris… »: the time without work
	// is over
	{p: "apres _ ans|mois|annees sans|de " + work + "|chomage", k: kNone},
	// « mon contrat à la mairie s'est terminé », « mon dernier contrat
	// chez Keolis s'est terminé en avril », « mon contrat saisonnier est
	// fini », « ma saison d'hiver est finie »: the contract over, with its
	// employer or kind between (the employer is what ended: objectOfEvent)
	// (the words between are a place, an employer or the contract's
	// kind, never « de freelance »: a contractor's client leaving is no
	// job seeker's event; selfEmployedContract)
	{p: "cdd|contrat|mission|missions|saison a|au|aux|chez|dans|en|pour _ _? s|se? est|sont " + endedWords, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "cdd|contrat|mission|missions|saison saisonnier|saisonniere|dernier|derniere a|au|aux|chez|dans|en? _? _? s|se? est|sont " + endedWords, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "saison d|de ete|hiver s|se? est " + endedWords, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "cdd|contrat|mission|missions d|de apprentissage|professionnalisation|alternance|interim a|au|chez|dans? _? _? s|se? est|sont " + endedWords, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « mon contrat chez Lidl finit le 30 juin »: ending soon, the employer
	// between (a far date is read by endsLater)
	{p: "cdd|contrat|mission|missions a|au|aux|chez|dans|en|pour _ _? finit|finissent|sarrete|prend", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "cdd|contrat|mission|missions|saison est|sont " + endedWords, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « mon contrat d'AESH s'est arrêté »: the kind named after « de »,
	// read from the possessive so that a freelance's own contract word
	// keeps its hit (selfEmployedContract)
	{p: "mon|ma|son|sa|le|la contrat|cdd|mission d|de _ s|se? est|sont " + endedWords, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « dernier emploi : agent d'entretien », « mon dernier contrat »: the
	// last job held names one that is over; weaker than a contract stated
	// now (« je suis en CDI, mon dernier poste… »)
	{p: "dernier " + work + "|contrat|cdd", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « parti avec le plan de départ volontaire »: a rupture d'un commun
	// accord under a collective plan (code du travail L1237-19, L1233-61)
	// (a plan announced or to be signed is no departure yet)
	{p: "parti|partie|partis avec|dans le|un plan|plans de|d depart|departs", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "pris|accepte le|un plan|plans de|d depart|departs", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « j'ai démissionné de la mairie pour entrer chez Veolia »: the new
	// job is the present one (the resignation is its way in)
	{p: "ai|a demissionne|demissionnee|quitte|quittee de|d? la|le|l|mon|ma? _ pour entrer|rejoindre|integrer|travailler|bosser", k: kNone},
}

// selfEmployedContract reports an ended contract that is a freelance's
// or contractor's assignment (« mon contrat de freelance s'est arrêté »):
// the client is gone, the self-employed status stays (row 8).
func (a *analyser) selfEmployedContract(h hit) bool {
	if !h.p.event || h.p.v != "demandeur_emploi" {
		return false
	}
	for j := h.start; j < h.end; j++ {
		switch a.toks[j].s {
		case "freelance", "prestation", "prestations", "client", "clients", "portage", "traitance":
			return true
		}
	}
	return false
}

// contractOver reports a job seeker's event told as done, its participle
// after « est » or « sont » (« mon contrat à la mairie s'est terminé »,
// « mon CDD est fini »): a public contract that ended makes a job seeker,
// unlike one that ends soon, whose agent still asks the employer's
// mobility service (settleSector; cep-domain.md §1.3 rows 1 and 7).
func (a *analyser) contractOver() bool {
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != "demandeur_emploi" || !h.p.event || h.end-h.start < 2 {
			continue
		}
		last, before := a.toks[h.end-1].s, a.toks[h.end-2].s
		if a.bareEndedContract(h) {
			return true // « contrat fini en août » (round 18a)
		}
		if h.end-h.start < 3 {
			continue
		}
		if (before == "est" || before == "sont") && endedParticiple[last] {
			return true
		}
	}
	return false
}

var endedParticiple = map[string]bool{"termine": true, "terminee": true, "termines": true, "terminees": true, "fini": true,
	"finie": true, "finis": true, "finies": true, "arrete": true, "arretee": true, "arretes": true, "arretees": true, "acheve": true}

// monthNumber is the number of a month named in full (1 to 12), or 0.
var monthNumber = map[string]int{"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12}

// monthsAhead is how many months from now the month m comes next (1 to
// 12; the month of now counts 12: « juin prochain » said in June).
func (a *analyser) monthsAhead(m int) int {
	d := (m - int(a.now.Month()) + 12) % 12
	if d == 0 {
		return 12
	}
	return d
}

// pastUntil marks as past a clause whose job is bounded by a date gone by
// (« auto-entrepreneur jusqu'à l'an dernier », « surveillante jusqu'en juin
// dernier », « en CDI jusqu'en 2024 »), unless the clause also speaks of
// now. A month alone (« en CDD jusqu'en mars ») may be the next one: left
// as it is.
func (a *analyser) pastUntil() {
	sc, t := a.sc, a.toks
	for i := 0; i+2 < len(t); i++ {
		if t[i].s != "jusqu" {
			continue
		}
		c := t[i].clause
		if sc.present[c] || !a.pastDateAt(i+1) {
			continue
		}
		first := a.clauseStart(i)
		sc.past[c] = true
		sc.pastFrom[c] = int32(first)
	}
}

// pastDateAt reports a date gone by at token j (after « jusqu' »): « en
// juin dernier », « à l'an dernier », « à l'année dernière », « en 2024 ».
func (a *analyser) pastDateAt(j int) bool {
	t := a.toks
	c := t[j-1].clause
	at := func(k int) string {
		if k < len(t) && t[k].clause == c {
			return t[k].s
		}
		return ""
	}
	switch at(j) {
	case "en", "a", "au", "fin", "debut":
		j++
	}
	if s := at(j); s == "l" || s == "la" || s == "le" {
		j++
	}
	s, next := at(j), at(j+1)
	switch {
	case (s == "an" || s == "annee" || s == "ete" || s == "hiver" || s == "mois" || s == "semaine" || monthNumber[s] > 0) &&
		(next == "dernier" || next == "derniere"):
		return true
	case j < len(t) && t[j].num && next == "ans" && at(j-1) == "a":
		// « salarié jusqu'à 30 ans »: a job bounded by an age, told as a
		// step of a story (round 14B, diplomaAge)
		return true
	case j < len(t) && t[j].num && len(s) == 4 && !a.now.IsZero():
		v, n := leadingInt(s)
		return n == 4 && v >= 1950 && v < a.now.Year()
	}
	return false
}

// jobBesideSearch returns the job stated in the present beside a job
// search, when the search is the only job seeker's evidence: « je suis
// vendeuse chez Zara et je cherche du travail », « je bosse chez Lidl mais
// je suis à la recherche d'un emploi ». Looking for work while holding a
// job is an employee's move (cep-domain.md §1.3 row 8: « CDD running »,
// « CDI »); a job only named (« vendeuse, je cherche ») may be the last
// one and is left to the search.
func (a *analyser) jobBesideSearch() (hit, bool) {
	var job hit
	found := false
	for _, h := range a.sc.hits {
		v, w, ok := a.statusCandidate(h)
		if !ok {
			continue
		}
		if v == "demandeur_emploi" {
			if !h.p.event || !a.searchHit(h) {
				return hit{}, false
			}
			continue
		}
		if v == "-" || h.p.event || !a.presentIn(a.toks[h.start].clause) || a.boundedJob(a.toks[h.start].clause) {
			continue
		}
		if !found || w > job.p.w {
			job, found = h, true
		}
	}
	return job, found
}

// searchHit reports a job seeker's hit that is a search (« je cherche du
// travail », « à la recherche d'un emploi »), not a loss.
func (a *analyser) searchHit(h hit) bool {
	for j := h.start; j < h.end; j++ {
		switch a.toks[j].s {
		case "cherche", "recherche", "chercher", "rechercher", "cherches", "recherches":
			return true
		}
	}
	return false
}

// boundedJob reports a clause that gives its job an end (« je travaille
// chez Norauto jusqu'à la fin du mois », « … qui se termine »): a job
// seeker soon, the search is his (round 9C leaves it to the dialogue).
func (a *analyser) boundedJob(c int32) bool {
	for _, t := range a.toks {
		if t.clause == c && t.s == "jusqu" {
			return true
		}
		if t.clause > c {
			break
		}
	}
	for _, m := range a.sc.hits {
		if m.p.k == kEnds && a.toks[m.start].clause == c {
			return true
		}
	}
	return false
}

// presentIn reports a marker of the present (« je suis », « je bosse »,
// « actuellement », « toujours ») in clause c.
func (a *analyser) presentIn(c int32) bool {
	for _, m := range a.sc.hits {
		if m.p.k == kPresent && a.toks[m.start].clause == c {
			if s := a.toks[m.start].s; s == "depuis" {
				continue // « depuis je cherche »: a time, not a job held
			}
			return true
		}
	}
	return false
}

// pastAuxBetween reports an auxiliary of the passé composé (« a », « ai »,
// « ont », « été ») between tokens from and to: « quand j'ai été licencié »
// tells a fact, « quand je serai licencié » a condition.
func (a *analyser) pastAuxBetween(from, to int) bool {
	for j := from + 1; j < to && j < len(a.toks); j++ {
		switch a.toks[j].s {
		case "a", "ai", "as", "avons", "avez", "ont", "ete":
			return true
		}
	}
	return false
}
