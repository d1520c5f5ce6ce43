package analysis

// Round 10A of issue 13 (tuning42): messages written like real people
// write — SMS typing, stories told from the past to the present, jobs of
// both sectors.

// round10StatusSpecs are status markers of round 10A.
var round10StatusSpecs = []patSpec{
	// « des missions d'intérim, mais en ce moment j'ai rien »: nothing now
	// is the « intérimaire sans mission » of cep-domain.md §1.3 row 7 (the
	// agency contract ends with the mission, code du travail L1251-11)
	{p: "en ce moment j ai rien", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "actuellement j ai rien", k: kStatus, v: "demandeur_emploi", w: 5},
	// « j'ai démissionné pour ouvrir ma boutique »: the job left for a
	// business of one's own is no search; the business is the status now
	// (self-employed: code de commerce L121-1, code de l'artisanat). Past
	// participles only: « je veux démissionner pour ouvrir » is a wish.
	// « fin de CDD mais il va être renouvelé »: a contract renewed goes
	// on (code du travail L1243-13); it outweighs the end it follows
	{p: "va|vais|sera|seront|vont etre? renouvele|renouvelee|prolonge|prolongee|reconduit|reconduite", k: kStatus, v: "salarie_prive", w: 6},
	{p: "est|a ete renouvele|renouvelee|prolonge|prolongee|reconduit|reconduite", k: kStatus, v: "salarie_prive", w: 6},
	// « puis j'ai été embauchée en CDI », « j'ai décroché un CDI »: a
	// permanent contract signed goes on until something ends it (code du
	// travail L1221-2); told in a story, it is the job of now, and a later
	// end (« puis licenciée ») rivals it
	// (a done fact only: « je veux être embauchée en CDI » is a wish; w 4
	// lets a public employer say a public-law CDI, CGFP L332-4)
	{p: "ete|suis|est embauche|embauchee|recrute|recrutee en|un cdi", k: kStatus, v: "salarie_prive", w: 4, event: true},
	{p: "ai|a signe|decroche|trouve|retrouve|obtenu un cdi", k: kStatus, v: "salarie_prive", w: 4, event: true},
	// a job hoped for, applied for or waited for (« j'espère décrocher un
	// CDI », « entretien pour un CDI chez Airbus », « j'attends une réponse
	// pour un CDD à la mairie »): what follows in the clause is not held
	{p: "espere|esperons|esperais|espoir", k: kFuture},
	{p: "un|mon|des|deux|trois entretien|entretiens d? embauche? pour|chez|a|au|avec", k: kFuture},
	{p: "postule|postulee|postuler|candidate|candidature|candidatures", k: kFuture},
	{p: "attends|attend|attendons une|la|leur|sa|ma reponse", k: kFuture},
	// a job offered, not yet taken (« on m'a proposé un CDI chez
	// Decathlon »); one that starts within days is held (the labelling
	// convention mirrors the end within weeks)
	{p: "m|me a|ont propose|offert", k: kFuture},
	// other people who are cadres (« je travaille avec des cadres », « je
	// remplace les cadres »), or a grade not reached (« presque cadre »,
	// « bientôt cadre »): the writer is no cadre (a cadre's own words are
	// « je suis cadre », « statut cadre », lexicon.go)
	{p: "des|les|aux|nos|ces|mes|leurs cadres", k: kNone},
	{p: "partie|parmi des|les cadres", k: kCadre, v: "1"},
	{p: "presque|bientot|quasi|quasiment|futur|future|futurs cadre", k: kNone},
	{p: "pas encore cadre", k: kNone},
	// other people's disability: the people the writer works with (« je
	// travaille avec des handicapés ») or a relative named with it (« mon
	// mari invalide »); only the writer's own recognition routes to Cap
	// emploi (code du travail L5213-1)
	{p: "des|les|aux|ces|nos|mes|personnes|enfants|adultes|jeunes|public|residents|usagers handicape|handicapee|handicapes|handicapees|invalides|polyhandicapes", k: kNone},
	{p: "mon|ma|mes|son|sa|ses|notre mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|fils|fille|enfant|enfants|mere|pere|parents|frere|soeur invalide|handicape|handicapee|handicapes|polyhandicape|polyhandicapee", k: kNone},
	// a « vendeur à domicile indépendant » (VDI) sells in his or her own
	// name for a brand (loi n° 93-121, art. 3; code de commerce L135-1):
	// not the brand's employee, whatever « chez Tupperware » suggests
	{p: "vdi", k: kStatus, v: "independant", w: 6},
	{p: "vendeur|vendeuse|vendeurs|vendeuses a domicile independant|independante|independants|independantes", k: kStatus, v: "independant", w: 6},
	// a titularisation (« on vient de me titulariser », « j'attends ma
	// titularisation ») is the civil service's: a stagiaire or a newly
	// tenured agent is a public agent (CGFP L327-1 s.)
	{p: "titularise|titularisee|titulariser|titularisation|titularises|titularisees", k: kStatus, v: "agent_public", w: 5, event: true},
	// « je travaille chez moi », « de chez moi »: one's home is a place,
	// not an employer (the « chez » of employers.go names a company)
	{p: "chez moi|soi|toi", k: kNone},
	{p: "travaille|bosse|taffe|travaillons|bossons de? chez moi|soi|toi", k: kNone},
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

// studentWorkWords say a job is held now: a work verb (« je travaille
// comme surveillant dans un collège ») or a job owned (« j'ai un petit
// job chez McDo », heldJobNoun).
var studentWorkWords = map[string]bool{"travaille": true, "bosse": true, "taffe": true, "job": true, "jobs": true, "boulot": true}

// studentJob is the status of the job a student holds, named with its
// employer in the same clause, public or private, or "". A student who
// holds a job has the job's status (the labelling convention of round 9C);
// lexicon_round9c.go's worksForCompany knows the work verb with a private
// employer only. A clause speaking of an internship (« en stage à la
// mairie ») holds no job: an internship is part of the course (code de
// l'éducation L124-1).
func (a *analyser) studentJob() string {
	for _, h := range a.sc.hits {
		if h.p.k != kSector || h.p.v != sectorPrivate && h.p.v != sectorPublic || a.negated(h) || a.pastClause(h) ||
			a.wished(h) || a.ofRelative(h) || a.companyWeight(h) < 4 && !a.schoolJob(h) {
			continue
		}
		c := a.toks[h.start].clause
		if a.internshipIn(c) {
			continue
		}
		for j := h.start - 1; j >= 0 && a.toks[j].clause == c; j-- {
			s := a.toks[j].s
			if !studentWorkWords[s] {
				continue
			}
			if s == "job" || s == "jobs" || s == "boulot" {
				if !a.heldJobNoun(j) {
					continue
				}
			}
			if h.p.v == sectorPublic {
				return "agent_public"
			}
			return "salarie_prive"
		}
	}
	return ""
}

// heldJobNoun reports a job noun at j owned by the writer (« j'ai un petit
// job », « mon boulot »), not looked for (« je cherche un job »).
func (a *analyser) heldJobNoun(j int) bool {
	c := a.toks[j].clause
	for i := j - 1; i >= 0 && i >= j-3 && a.toks[i].clause == c; i-- {
		switch a.toks[i].s {
		case "ai", "avons", "mon", "ma":
			return true
		case "cherche", "recherche", "trouver", "veux", "voudrais", "aimerais", "pas", "aucun":
			return false
		}
	}
	return false
}

// internshipIn reports an internship named in clause c: « stage » or
// « stagiaire », but for the probation of a civil servant (« fonctionnaire
// stagiaire », « professeur stagiaire »: a public agent, CGFP L327-1) and
// the trainee of vocational training (« stagiaire de la formation
// professionnelle », a job seeker of lexicon.go).
func (a *analyser) internshipIn(c int32) bool {
	for i, t := range a.toks {
		if t.clause != c {
			continue
		}
		switch t.s {
		case "stage", "stages":
			return true
		case "stagiaire", "stagiaires":
			if i > 0 && a.toks[i-1].clause == c && probationers[a.toks[i-1].s] {
				continue
			}
			if i+1 < len(a.toks) && a.toks[i+1].clause == c && (a.toks[i+1].s == "de" || a.toks[i+1].s == "d") {
				continue
			}
			return true
		}
	}
	return false
}

// probationers are the public jobs whose probation year is called
// « stagiaire ».
var probationers = map[string]bool{"fonctionnaire": true, "professeur": true, "professeure": true, "prof": true,
	"enseignant": true, "enseignante": true, "policier": true, "policiere": true, "gardien": true, "agent": true,
	"cpe": true, "attache": true, "attachee": true, "adjoint": true, "adjointe": true, "infirmier": true, "infirmiere": true,
	"redacteur": true, "redactrice": true, "technicien": true, "technicienne": true, "titulaire": true}

// internshipHost reports an employer named in a clause about an
// internship (« en stage chez Thales », « je fais un stage à la
// mairie »): the host of an intern is no employer (code de l'éducation
// L124-1: the internship agreement is no employment contract).
func (a *analyser) internshipHost(h hit) bool {
	return a.internshipIn(a.toks[h.start].clause)
}

// schoolWords10 name a school whose teachers may be State agents.
var schoolWords10 = map[string]bool{"ecole": true, "ecoles": true, "lycee": true, "lycees": true, "college": true,
	"colleges": true, "etablissement": true, "enseignement": true}

// privateWords10 say « privé » in its four forms.
var privateWords10 = map[string]bool{"prive": true, "privee": true, "prives": true, "privees": true}

// notSchoolTeaching are the teachings of private firms, never under
// contract with the State (a gym, a language school, a driving school).
var notSchoolTeaching = map[string]bool{"sport": true, "club": true, "salle": true, "langues": true, "langue": true,
	"musique": true, "danse": true, "yoga": true, "piano": true, "conduite": true, "auto": true, "fitness": true,
	"coach": true, "particuliers": true, "soutien": true}

// privateSchoolTeacher reports a teacher of a private school whose contract
// is not said (« prof dans un lycée privé », « enseignante dans le privé »).
// Nearly every private school is under contract with the State (contrat
// d'association, code de l'éducation L442-5), whose teachers are
// public-law agents (L914-1); only « hors contrat » makes the school their
// private employer. Without either word the dialogue asks.
func (a *analyser) privateSchoolTeacher() bool {
	if !a.msgHas(clsTeacherWords) {
		return false
	}
	teacher := false
	for i, t := range a.toks {
		switch {
		case a.is(i, clsTeacherWords):
			teacher = true
		case a.is(i, clsNotSchoolTeaching):
			return false
		case t.s == "contrat" && i > 0 && (a.toks[i-1].s == "sous" || a.toks[i-1].s == "hors"):
			return false
		}
	}
	if !teacher {
		return false
	}
	for i := 1; i < len(a.toks); i++ {
		t, p := a.toks[i], a.toks[i-1]
		if !a.is(i, clsPrivateWords10) || p.clause != t.clause {
			continue
		}
		if a.is(i-1, clsSchoolWords10) || p.s == "le" && i > 1 && a.toks[i-2].s == "dans" {
			return true
		}
		// « un lycée agricole privé » (round 13 B): private agricultural
		// schools are under contract with the State as well (code rural
		// L813-8), their teachers State agents
		if a.is(i-1, clsSchoolKinds) && i > 1 && a.is(i-2, clsSchoolWords10) {
			return true
		}
	}
	return false
}

// hireWords are the participles of the hire patterns of round 10A.
var hireWords = map[string]bool{"embauche": true, "embauchee": true, "recrute": true, "recrutee": true, "signe": true,
	"decroche": true, "trouve": true, "retrouve": true, "obtenu": true}

// publicHire reports a hire in CDI told in the past with a public or
// ambiguous employer in its clause (« j'ai été recrutée en CDI à la
// mairie »): a CDI of public law as well (CGFP L332-4), which the past
// clause keeps settleSector from weighing; the status is asked.
func (a *analyser) publicHire(h hit) bool {
	if h.end-h.start < 3 || !hireWords[a.toks[h.start+1].s] || a.toks[h.end-1].s != "cdi" {
		return false
	}
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k == kSector && (m.p.v == sectorPublic || m.p.v == sectorAmbiguous) && a.toks[m.start].clause == c {
			return true
		}
	}
	return false
}
