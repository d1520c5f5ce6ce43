package analysis

// Round 17F of issue 13 (tuning61, written by a helper who never read the
// rules: people out of work told only by what happened and what they do
// now, people in work told as indirectly, and young people of 16 to 25
// right after school or studies). Each rule names its source; where usage
// does not settle a fact, it stays unknown and the dialogue asks.

// round17fSpecs are the patterns of round 17F.
var round17fSpecs = []patSpec{
	// « je ne cherche pas de travail », « elle ne cherche pas d'emploi pour
	// l'instant »: a search denied is no job seeker's (cep-domain.md §1.3
	// row 7 needs a search), and its « pas de travail » is not the lack of
	// a job either
	{p: "ne|n cherche|recherche|cherchent|veut|veux|souhaite pas|plus encore? de|d|du " + work, k: kNone},
	// « j'ai quitté l'armée il y a 3 mois et je n'ai pas encore de
	// travail »: the lack of a job now, told in the clause of the past
	// event, is still true now (a job seeker, inscrit or not: row 7)
	{p: "n|ne ai|a pas|toujours encore|pas de|d " + work, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « là je ne travaille pas », « en ce moment je ne bosse pas »: no work
	// tied to now — the season over for a seasonal worker (a contract
	// ended: code du travail L1242-2 3°) — is a job seeker's; weaker than a
	// pupil's or student's word, who need not work
	{p: "la|actuellement|moment|maintenant je|j ne|n travaille|bosse|taffe|taff pas", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « BTS en alternance fini il y a 8 mois »: the apprenticeship or
	// professionalisation contract ends with the training (code du travail
	// L6222-7-1, L6325-11); done, it is no longer held, as « mon contrat
	// s'est terminé » of lexicon.go
	{p: "en alternance|apprentissage fini|finie|termine|terminee|acheve|achevee", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	// « je viens de reprendre un emploi », « je viens de trouver un
	// poste »: « venir de » + infinitive is the recent past (Grevisse
	// § 820), a job held now, not the wish of a job seeker; its employer
	// settles the sector, as for an occupation of both sectors
	{p: "viens|vient de|d reprendre|trouver|decrocher|signer|commencer un|une|mon|ma " + work + "|cdi|cdd|contrat", k: kStatus, v: statusUndecided, w: 4},
	// « à mon compte en micro »: « micro » is the micro-entrepreneur regime
	// (code de la sécurité sociale L613-7; CGI art. 50-0), the
	// auto-entrepreneur of SPEC §3, as « freelance (micro) » of round 14B
	{p: "a|au mon|son compte en micro", k: kStatus, v: "auto_entrepreneur", w: 5},
	// « ma demande de RQTH vient d'être acceptée »: a request granted is a
	// recognition held (code du travail L5213-1 s., decision of the CDAPH),
	// not one pending
	{p: "demande|dossier de|d rqth|reconnaissance a|est|vient d? ete|etre? acceptee|accepte|accordee|accorde|validee|valide", k: kHandicap, v: "1"},
	// « sortie du lycée sans le bac il y a 2 ans »: years after, the writer
	// has not « just left school » (cep-domain.md §4: « etudiant covers …
	// people who have just left school »); what they do now tells the
	// status, else it is asked
	{p: "sors|sort|sorti|sortie|sortis de|d|du l? lycee|ecole|college|fac|universite _? _? _? il y a _ ans", k: kNone},
	{p: "sors|sort|sorti|sortie|sortis de|d|du l? lycee|ecole|college|fac|universite _? _? _? depuis _ ans", k: kNone},
	// « je reste inscrit à l'université », « inscrite à la fac »: enrolled,
	// a student (code de l'éducation L612-1 s.)
	{p: "reste|suis|es|est inscrit|inscrite a l|la universite|fac|faculte", k: kStatus, v: "etudiant", w: 5},
	// « je n'ai pas travaillé depuis 2023 », « jai pas bossé depuis 2 ans »:
	// no work since a time, in the passé composé, as « je ne travaille pas
	// depuis » of round 14A (row 7: a job seeker, inscrit or not)
	{p: "ai|a|avons pas|plus travaille|bosse|bosser|taffe depuis", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « depuis je n'ai pas d'activité » after a business sold or a job
	// lost: no activity since, as above
	{p: "depuis je|j n|ne? ai|a pas|plus d|de activite|travail|emploi|boulot", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « mon poste a été supprimé »: a job suppressed is the ground of an
	// economic dismissal (code du travail L1233-3), the job lost
	{p: "poste|emploi a|est ete supprime", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « inscrit à FT »: the initials of France Travail (loi n° 2023-1196),
	// as « inscrit à France Travail » of round 6
	{p: "inscrit|inscrite|inscrits a|au ft", k: kStatus, v: "demandeur_emploi", w: 4},
	// « j'envoie des CV pour un CDI »: the contract sought after a
	// candidature is not held (the search is read by round 17D)
	{p: "cv|candidature|candidatures pour|pr un|une|des cdi|cdd|contrat|poste|alternance", k: kNone},
	// « je tiens seule ma ferme », « j'ai un petit commerce »: one who runs
	// a business of one's own is self-employed (cep-domain.md §1.3 row 8:
	// commerçant, exploitant agricole), as « je tiens une boutique » of
	// rounds 14B and 16B
	{p: "je|j tiens|possede seul|seule? un|une|mon|ma petite? ferme|exploitation", k: kStatus, v: "independant", w: 4},
	{p: "j ai un|une petit|petite? commerce|exploitation", k: kStatus, v: "independant", w: 4},
	// « je cherche à bosser dans le bâtiment »: the search told with
	// « chercher à » + the verb of work, as « je cherche un emploi » of
	// lexicon.go (row 7)
	{p: "cherche|recherche|cherches a travailler|bosser|taffer", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « j'ai fini un service civique de 8 mois »: the engagement done is
	// over (code du service national L120-1: 6 to 12 months), its
	// « neither job seeker nor employee » with it
	{p: "fini|termine|acheve|finis un|mon|le|ma service|mission civique", k: kNone},
	// « j'ai fini mon BUT GEA »: the bachelor universitaire de technologie
	// is a degree of 180 ECTS with the grade de licence (arrêté du 6
	// décembre 2019), bac+3 (cep-domain.md §1.3 rows 3 and 6); « but » is
	// also « goal », so only after a verb of a degree earned
	{p: "fini|termine|obtenu|valide|eu|reussi mon|le but", k: kDiplome, v: "1"},
}

// round17fSms are a phone's spellings: « jtaf » is « je taffe » (« taffer
// », to work, in familiar usage: Larousse), as « jtaffe » of lexicon.go.
var round17fSms = map[string]string{"jtaf": "je taffe", "jtaff": "je taffe"}

func init() {
	// « il a essayé une licence de STAPS », « enchaîner sur une licence »,
	// « poursuivre un master »: a degree tried or to come is not held
	// (cep-domain.md §1.3 rows 3 and 6: bac+3 held), as « commencé » of
	// targetCues
	for _, w := range []string{"essaye", "essayee", "tente", "tentee", "enchainer", "poursuivre", "continuer"} {
		targetCues[w] = true
	}
}

// leftSchoolAt reports a school named as the one the writer finished or
// left (« j'ai fini le lycée il y a 6 mois », « viré du lycée »): a school
// left is no employer of now — a pupil is the school's user, not its
// agent (code de l'éducation L111-1) — so its public sector does not
// settle the status of a job held elsewhere.
func (a *analyser) leftSchoolAt(h hit) bool {
	switch a.toks[h.start].s {
	case "ecole", "lycee", "college", "fac", "universite", "iut":
	default:
		return false
	}
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-3 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "le", "la", "l", "du", "de", "d", "mon", "ma":
			continue
		case "fini", "finie", "termine", "terminee", "quitte", "quittee", "sorti", "sortie", "arrete", "arretee", "lache", "lachee",
			"abandonne", "abandonnee", "vire", "viree", "exclu", "exclue", "renvoye", "renvoyee":
			return true
		}
		return false
	}
	return false
}

// enAiNow reports « j'en ai 20 maintenant »: « en » stands for the years
// and the adverb ties them to now, as « aujourd'hui j'en ai 41 » (round
// 17A).
func (a *analyser) enAiNow(i int) bool {
	t := a.toks
	if i+1 >= len(t) || t[i+1].clause != t[i].clause {
		return false
	}
	switch t[i+1].s {
	case "maintenant", "desormais", "actuellement":
		return i+2 >= len(t) || t[i+2].clause != t[i].clause
	}
	return false
}

// corsicanYears reports « anni » at j, the years of the Corsican (and
// Italian) « 20 anni » — Corsican is a regional language of France, spoken
// in Corse (code de l'éducation L312-10 on the regional languages) —
// unless « fà » follows, which makes it « 20 years ago ».
func (a *analyser) corsicanYears(j int) bool {
	t := a.toks
	if t[j].s != "anni" {
		return false
	}
	return j+1 >= len(t) || t[j+1].clause != t[j].clause || t[j+1].s != "fa"
}

// gapBeforeSeason reports a seasonal worker's season without work told
// with « rien » first (« serveuse l'été, rien l'hiver »): the same gap as
// seasonalGap of round 15B, which reads « l'hiver je fais rien »; in work
// or not depends on the season of now, which is asked.
func (a *analyser) gapBeforeSeason() bool {
	t := a.toks
	if !a.speaksOfSeasons() {
		return false
	}
	for i := 0; i+1 < len(t); i++ {
		if t[i].s != "rien" {
			continue
		}
		j := i + 1
		if t[j].s == "l" || t[j].s == "en" {
			j++
		}
		if j < len(t) && t[j].clause == t[i].clause && seasonWords[t[j].s] {
			return true
		}
	}
	return false
}

// round17fEmployerSpecs are the employers of round 17F: fast-food shops
// that have no public employer in France — the kebabs, snacks, pizzerias
// and friteries of the convention collective de la restauration rapide
// (IDCC 1501) —, as « fast food » of round 17D.
var round17fEmployerSpecs = []employerSpec{
	{p: "kebab|kebabs; snack|snacks; pizzeria|pizzerias; friterie|friteries", sector: sectorPrivate, w: 3},
}

// gluedAge reports a number typed with its « a » glued (« 19a ») after a
// workplace (« jai quitté mon job au kebab 19a nancy »): a phone's list of
// facts gives the age so, not the span of the past job, which is said « 5
// ans » with its word spelt out (round 13C reads those).
func gluedAge(suffix string) bool { return suffix == "a" }

// reclassementOffered reports a job suppressed (« mon poste a été
// supprimé ») followed in its sentence by a post offered (« on me propose
// autre chose », « un reclassement »): before an economic dismissal the
// employer must seek a reclassement (code du travail L1233-4), so the
// contract runs on and the job is not lost yet.
func (a *analyser) reclassementOffered(h hit) bool {
	t := a.toks
	if !h.p.event || h.p.v != "demandeur_emploi" || t[h.end-1].s != "supprime" {
		return false
	}
	for j := h.end; j < len(t) && j < h.end+12 && a.sameSentence(h.start, j); j++ {
		switch t[j].s {
		case "propose", "proposent", "proposition", "reclassement", "reclasse", "reclassee":
			return true
		}
	}
	return false
}
