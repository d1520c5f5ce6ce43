package analysis

// Round 17D of issue 13 (tuning58, written by a helper who never read the
// rules: young people of 16 to 30 and who serves them, disability told in
// many ways, cadres told indirectly). Each rule names its source; where
// French usage does not settle a fact, the fact stays unknown (for the
// cadre status: read as « no », and the dialogue asks). Not read as cadre:
// « au forfait jours » (code du travail L3121-58 2° opens the forfait to
// non-cadres with real autonomy), « je manage 12 personnes » (agents de
// maîtrise lead teams too); « ingénieur » would be cadre in usage (INSEE
// PCS 2020, catégorie 38) but the earlier tuning sets label the bare
// occupation « cadre: false » (SPEC §3: false unless stated).

// round17dSpecs are the patterns of round 17D.
var round17dSpecs = []patSpec{
	// « statut employé », « position ouvrier »: the conventions collectives
	// class employees as ouvriers, employés, techniciens et agents de
	// maîtrise, or cadres (e.g. Syntec IDCC 1486 ETAM / IC; the AGIRC-ARRCO
	// ANI of 17 November 2017 on the « encadrement »); a category named
	// below the cadres is a denial, as « ETAM » and « agent de maîtrise »
	{p: "statut|position|categorie|college employe|employee|employes|employees|ouvrier|ouvriere|ouvriers|technicien|technicienne", k: kCadre, v: "0"},
	// « j'ai le droit à Cap emploi ou pas ? », « c'est quoi Cap emploi ? »:
	// asking whether Cap emploi is open, or what it is, states no
	// disability (cep-domain.md conventions: true only when stated); the
	// dialogue asks
	{p: "droit|acces|eligible|eligibles a|au|aux cap emploi", k: kNone},
	{p: "c est quoi cap emploi", k: kNone},
	{p: "qu est ce que cap emploi", k: kNone},
	// « plutôt que d'attendre le licenciement », « avant d'être
	// licenciée »: a dismissal foreseen is not notified (code du travail
	// L1232-6: it is notified by letter; until then the contract runs)
	{p: "attendre|attends|attend|attendant le|mon|un|son licenciement", k: kNone},
	{p: "avant d etre licencie|licenciee|vire|viree", k: kNone},
	// « il me faut une licence », « il me manque un master »: a degree
	// needed is not held (cep-domain.md §1.3 rows 3 and 6: bac+3 held)
	{p: "faut|faudrait|faudra|manque|manquerait une|un|la|le licence|master|doctorat|bac", k: kNone},
	// « en formation AFPA de soudeur, rémunérée par la Région »: the
	// Région pays the trainees of the vocational training it buys for job
	// seekers (code du travail L6121-2, L6341-1 s.): a stagiaire de la
	// formation professionnelle (cep-domain.md §1.3 row 7), as « financée
	// par France Travail » of lexicon.go
	{p: "formation _? de|d? _? _? financee|payee|remuneree par la region", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "remuneree|remunere|remunerees|remuneres par la region", k: kStatus, v: "demandeur_emploi", w: 5},
	// « j'ai ensuite fait une formation financée par la Région, puis j'ai
	// été embauché »: a training done is over, its trainee status with it
	{p: "fait|suivi|termine|fini|eu|acheve une|la|ma|cette formation _? de|d? _? _? financee|payee|remuneree par la region", k: kNone},
	// « mon contrat a été rompu la semaine dernière »: the contract broken
	// is ended (code du travail L1243-1, L6222-18 for the apprentices), as
	// « mon contrat s'est terminé » of lexicon.go
	{p: "contrat|cdi|cdd|apprentissage|alternance a|est ete rompu|rompue|resilie|resiliee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « quelles études faire pour travailler avec les animaux »: the
	// purpose of the studies asked about is no wish to work now — a pupil
	// or student without a job or a job search is outside the CEP (arrêté
	// du 16 juillet 2014, annexe §1.2; cep-domain.md §1.3 row 2); « arrêter
	// mes études pour travailler » is read by the leaving patterns first
	{p: "etudes|etude|filiere|filieres|cursus faire|suivre|choisir|prendre? pour travailler|bosser", k: kNone},
	// « trouver un poste équivalent ailleurs »: « ailleurs » is another
	// place than the one held, so the search is a change of employer (the
	// « mobilité » of cep-domain.md §4), not the search of a job seeker; a
	// loss of work told beside it is read by its own patterns
	{p: "trouver|retrouver|chercher|cherche|recherche|rechercher un|une|des|du " + work + "|postes _? ailleurs", k: kNone},
	// « il voudrait reprendre le travail à temps partiel », « reprendre mon
	// poste après mon arrêt »: the return to the job held after a sick
	// leave, which suspends the contract (code du travail L1226-1; temps
	// partiel thérapeutique, code de la sécurité sociale L323-3), not the
	// search of a job seeker (cep-domain.md §1.3 row 8: « arrêt maladie
	// with contract suspended »)
	{p: "reprendre|reprise le|mon|son|du travail|poste|boulot a temps partiel", k: kNone},
	{p: "reprendre|reprise le|mon|son|du travail|poste|boulot a|en mi temps", k: kNone},
	{p: "reprendre|reprise le|mon|son|du travail|poste|boulot apres mon|son|l|un|une|ce|cet arret|conge", k: kNone},
	// « j'envoie des candidatures », « je cherche maintenant un poste »:
	// the job search told by its acts or with an adverb between, as
	// « je cherche un emploi » of lexicon.go (row 7: a job seeker, inscrit
	// or not); a job held said beside it is stronger
	{p: "envoie|envoye|envoyer|envoyons|envois des|mes candidatures|cv", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "cherche|recherche maintenant|actuellement|desormais|toujours un|une|du " + work, k: kStatus, v: "demandeur_emploi", w: 3, event: true},
}

// leftFor reports a leaving verb at j whose « pour » names where the
// writer would go (« je voudrais quitter l'hôpital pour le secteur privé »,
// « quitter la mairie pour une entreprise »): in « quitter A pour B » the
// B is the destination (Trésor de la langue française, « quitter »: « quitter
// un lieu pour un autre »), so the wish goes on over it, as with the
// infinitive of wishResumes (round 15A); the job held (A) stays the fact.
// « pour » before a cause (« pour raisons de santé ») takes no article and
// is not read.
func (a *analyser) leftFor(j, to int) bool {
	// (the hit may start on « pour » itself: « pour une entreprise privée »)
	for k := j + 1; k <= to && k+1 < len(a.toks); k++ {
		if a.toks[k].s != "pour" {
			continue
		}
		switch a.toks[k+1].s {
		case "le", "la", "l", "un", "une":
			return true
		}
		return false
	}
	return false
}

// schoolOfDegree reports a school named as where a degree was earned
// (« ingénieur diplômé depuis un an (école à Lille) », « diplômée de
// l'université de Lille »): the school of the degree is no employer of the
// graduate — the diploma is delivered by the school to its students (code
// de l'éducation L613-1) — unless a word of work comes between
// (« diplômée, je travaille dans une école »).
func (a *analyser) schoolOfDegree(h hit) bool {
	switch a.toks[h.start].s {
	case "ecole", "ecoles", "universite", "fac", "faculte", "iut", "institut", "lycee":
	default:
		return false
	}
	for j := h.start - 1; j >= 0 && j >= h.start-5; j-- {
		t := a.toks[j]
		if sentenceEnd(t.after) {
			return false
		}
		switch t.s {
		case "diplome", "diplomee", "diplomes", "diplomees":
			return true
		case "travaille", "travaillais", "bosse", "suis", "embauche", "embauchee", "poste", "enseigne", "employe", "employee", "job", "cdi", "cdd", "contrat", "recrute", "recrutee":
			return false
		}
	}
	return false
}

// round17dEmployerSpecs are the employers of round 17D: trades that have
// no public employer in France, so that an occupation of both sectors
// (agent de maîtrise, technicien, manager) worked there is a private
// employee's (cep-domain.md §1.3 row 8).
var round17dEmployerSpecs = []employerSpec{
	// automotive and aeronautic suppliers and car dealers are companies
	// (code de commerce L210-1; the dealers are the makers' distributors,
	// règlement UE 2022/720 on vertical agreements)
	{p: "equipementier|equipementiers; concession|concessions automobile|automobiles|auto; concessionnaire|concessionnaires", sector: sectorPrivate, w: 3},
	// fast food: the restaurants of the convention collective de la
	// restauration rapide (IDCC 1501), private companies and franchisees
	{p: "fast food|foods; fastfood; restauration rapide", sector: sectorPrivate, w: 3},
	// industrial bakeries and distilleries are food-industry companies
	// (conventions collectives IDCC 1747, 493): no public employer
	{p: "boulangerie|boulangeries industrielle|industrielles; distillerie|distilleries", sector: sectorPrivate, w: 3},
}
