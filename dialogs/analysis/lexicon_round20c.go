package analysis

// Round 20C of issue 13: a stop told in the past, and nothing of now.
// On tuning74–76 the rules read a job seeker in messages labelled with no
// status (« the message does not let one tell », cep-domain.md §1.3 row
// 9) whose only evidence is a dismissal or a resignation years back:
// « J'ai été licencié en 2009. Aujourd'hui je voudrais changer de voie »,
// « J'ai démissionné de la police en 2015. Depuis, j'ai fait plusieurs
// choses. Je voudrais faire le point », « licenciée en 2023, depuis femme
// au foyer. je me pose des questions ».
//
// Why it is right. Row 7 makes a job seeker of someone whose job ends or
// has just ended, and of someone who seeks one; a stop years ago says
// neither what the writer does now (the same sets label « licencié en
// 2019, depuis je suis en CDI » a worker and « licencié il y a 10 ans, au
// RSA depuis » a job seeker: the present decides) nor that a job is
// sought. So the status is asked (row 9) when nothing but such stops is
// said and no word of seeking or resuming work is written. The tuning
// sets label a job seeker every such message that adds « je cherche »,
// « je voudrais reprendre un travail », « me relancer », « je n'ai pas
// retrouvé », the RSA, the chômage, or « depuis » a year (« aucun emploi
// depuis 2021 »): those words keep the status.
//
// Left out, and why. The closing of one's own business (« j'ai fermé mon
// cabinet en 2025 »: an ex-indépendant who stopped, row 7); a stop dated
// last year or this one (an end within the year is a job seeker's,
// dates.go); the weaker words of a stop (« j'ai arrêté de travailler en
// 2020 pour m'occuper de ma mère ») and a stay at home (« au foyer »),
// which the tuning sets label both ways (« après 10 ans au foyer, est-ce
// que j'ai droit à une formation ? » asked, « je suis au foyer depuis 10
// ans » a job seeker) and rounds 9 and 17E pin as job seekers.

// pastOnlyR20c reports a job seeker read only from dismissals or
// resignations two years back or more (« licencié en 2009 », « démissionné
// il y a trois ans »), with no other job seeker's word (chômage, RSA, « je
// cherche un poste », an end told since) and no word of seeking or
// resuming work: the present is not told, the status is asked.
func (a *analyser) pastOnlyR20c() bool {
	found := false
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != "demandeur_emploi" || a.negated(h) || a.sc.rel[h.start] {
			continue
		}
		// every job seeker's word, said of the writer or not (« un contrat
		// … qui s'est terminé en mars »), must be a stop years back
		if !h.p.event || h.p.w < 4 || !a.yearsBackR20c(h) || a.ownBusinessR20c(h) {
			return false
		}
		if _, _, ok := a.statusCandidate(h); ok {
			found = true
		}
	}
	return found && !a.seeksWorkR20c()
}

// yearsBackR20c reports a date two years back or more in the clause of
// event h, after it (« licencié en 2009 », « il y a trois ans », « en
// 2018 à la naissance de mon troisième enfant »). Last year's date is left
// to the other rules: the older sets label « licencié en 2025 » a job
// seeker with or without a word of now. A year after « depuis » is no
// date of a stop but the start of a state lasting until now (« aucun
// emploi depuis 2021 », « sans emploi depuis 2019 »): a job seeker of now.
func (a *analyser) yearsBackR20c(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	if a.now.IsZero() {
		return false
	}
	for i := h.end; i < len(t) && t[i].clause == c; i++ {
		if i >= 3 && t[i-1].s == "a" && t[i-2].s == "y" && t[i-3].s == "il" && i+1 < len(t) &&
			(t[i+1].s == "ans" || t[i+1].s == "annees") && t[i].s != "un" && t[i].s != "1" {
			return true // « il y a trois ans »: a plural of years
		}
		if t[i].num && len(t[i].s) == 4 && t[i-1].s != "depuis" {
			if v, n := leadingInt(t[i].s); n == 4 && v >= 1950 && v <= a.now.Year()-2 {
				return true
			}
		}
	}
	return false
}

// ownBusinessR20c reports an event that closes or sells a business
// (« j'ai fermé mon cabinet », « nous l'avons vendu », « liquidation »):
// an ex-indépendant who stopped, a job seeker by row 7 whatever the date.
func (a *analyser) ownBusinessR20c(h hit) bool {
	for i := h.start; i < h.end; i++ {
		switch a.toks[i].s {
		case "ferme", "fermee", "fermer", "cede", "cedee", "ceder", "vendu", "vendue", "vendre",
			"liquide", "liquidee", "liquider", "liquidation", "cessation", "cesser", "radie", "radiee", "depose", "deposer":
			return true
		}
	}
	return false
}

// seeksWorkR20cWords are the verbs and nouns by which a writer says he or
// she seeks or resumes work (« je veux reprendre », « me relancer », « je cherche »,
// « retravailler », « trouver un emploi », « du taf »): with them the
// writer seeks a job, a job seeker by row 7.
var seeksWorkR20cWords = map[string]bool{
	"reprendre": true, "reprends": true, "reprend": true, "reprise": true, "retravailler": true, "travailler": true,
	"relancer": true, "remettre": true, "revenir": true,
	"chercher": true, "cherche": true, "cherches": true, "jcherche": true, "recherche": true, "rechercher": true,
	"trouver": true, "retrouver": true, "trouve": true, "trouvee": true, "retrouve": true, "retrouvee": true,
	"chomage": true, "chomeur": true, "chomeuse": true, "rsa": true, "are": true, "allocations": true, "indemnise": true, "indemnisee": true, "postuler": true, "embaucher": true, "embauche": true,
	"emploi": true, "emplois": true, "boulot": true, "taf": true, "job": true, "travail": true, "poste": true,
}

// seeksWorkR20c reports a word of seeking or resuming work outside the
// status hits (« arrêté de travailler » is the stop itself, not a wish).
func (a *analyser) seeksWorkR20c() bool {
	in := make([]bool, len(a.toks))
	for _, h := range a.sc.hits {
		if h.p.k == kStatus {
			for i := h.start; i < h.end; i++ {
				in[i] = true
			}
		}
	}
	for i, tk := range a.toks {
		if !in[i] && seeksWorkR20cWords[tk.s] {
			return true
		}
	}
	for _, h := range a.sc.hits {
		if h.p.k == kWants && !a.negated(h) {
			return true
		}
	}
	return false
}

// genericPeopleR20c are the plural nouns of people in general after which
// a status is theirs, not the writer's: « les gens au chômage », « des
// personnes au RSA », « ceux qui sont en CDD ».
var genericPeopleR20c = map[string]bool{"gens": true, "personnes": true, "ceux": true, "celles": true}

// genericPeopleR20c reports a status said of people in general (« Le CEP
// c'est pour les salariés seulement ou aussi pour les gens au chômage ? »):
// a question on who may use the service tells nothing of the writer, who
// is asked (cep-domain.md §1.3 row 9), as others reads « les salariés ».
// The noun stands just before the status, or before « qui sont » / « qui
// est » (« les personnes qui sont au chômage »).
func (a *analyser) genericPeopleR20c(h hit) bool {
	t := a.toks
	i := h.start - 1
	if i >= 0 && (t[i].s == "au" || t[i].s == "en") {
		i-- // « au RSA », where the hit is the last word alone
	}
	if i >= 1 && (t[i].s == "sont" || t[i].s == "est") && t[i-1].s == "qui" {
		i -= 2
	}
	if i < 0 || t[i].clause != t[h.start].clause || !a.is(i, clsGenericPeopleR20c) {
		return false
	}
	if t[i].s == "ceux" || t[i].s == "celles" {
		return true
	}
	// « les gens », « des personnes », « aux personnes »: not « mes gens »
	return i >= 1 && (t[i-1].s == "les" || t[i-1].s == "des" || t[i-1].s == "aux")
}
