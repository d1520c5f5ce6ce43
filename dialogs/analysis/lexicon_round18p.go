package analysis

// Round 18P of issue 13 (tuning69: seasonal workers, overseas residents
// with local words, mountain villages, formal letters, dyslexic spelling,
// the words of public servants and of the self-employed, fragments). Each
// pattern reads a word or a turn of these voices that settles a status, a
// branch or a disability, and names its source; where no general reading
// is safe the fact stays unknown.

// round18pSpecs are the patterns of round 18P.
var round18pSpecs = []patSpec{
	// « je précise ne pas bénéficier d'une reconnaissance de travailleur
	// handicapé », « ne pas disposer de la RQTH »: the recognition denied
	// with a verb of holding between the negation and the word (code du
	// travail L5213-1), as « pas de RQTH » is read by negated; the kNone
	// hides the words of the recognition inside it, the kHandicap « 0 »
	// states the denial (cep-domain.md §1.3 conventions: false when the
	// message says there is none)
	{p: rqthDenied + " " + rqthWords, k: kNone},
	{p: rqthDenied + " " + rqthWords, k: kHandicap, v: "0"},
	{p: rqthDenied + " reconnaissance de|d la? qualite? de|d? travailleur|travailleuse handicape|handicapee", k: kNone},
	{p: rqthDenied + " reconnaissance de|d la? qualite? de|d? travailleur|travailleuse handicape|handicapee", k: kHandicap, v: "0"},
	// « RQHT », « RTQH »: the letters of the RQTH (code du travail
	// L5213-1) swapped, a slip a typo corrector does not catch on a
	// four-letter acronym
	{p: "rqht|rtqh|qrth", k: kHandicap, v: "1"},
	// « en détachement », « fin de détachement », « mon détachement sur un
	// emploi fonctionnel »: a position of the fonctionnaire (code général de
	// la fonction publique L513-1: the detached civil servant stays in his
	// corps), weighed as a workplace (3) since a private employer may also
	// « détacher » (posted workers, code du travail L1261-3), so that the
	// employer named wins
	{p: "en|mon|son|sa|de|du detachement", k: kStatus, v: "agent_public", w: 3},
	// « emploi fonctionnel de DGS »: the posts of direction of the
	// collectivités (CGFP L343-1), held by fonctionnaires or contractuels of
	// public law
	{p: "emploi|emplois fonctionnel|fonctionnels", k: kStatus, v: "agent_public", w: 5},
	// « attachée principale », « attaché hors classe »: grades of the
	// corps and cadres d'emplois of attachés (décret 2011-1317, décret
	// 87-1099), not the private « attaché commercial »
	{p: "attache|attachee|attaches|attachees principal|principale|principaux|principales", k: kStatus, v: "agent_public", w: 5},
	{p: "attache|attachee|attaches|attachees hors classe", k: kStatus, v: "agent_public", w: 5},
	// « CNRACL »: the pension fund of the titular agents of the territorial
	// and hospital branches (décret 2003-1306), named by its affiliates
	{p: "cnracl", k: kStatus, v: "agent_public", w: 4},
	// « on me propose d'y rester en CDI », « ils m'offrent de passer
	// cadre »: an offer told in the present, a post not held, as round
	// 10's « on m'a proposé » (kFuture)
	{p: "me|m|lui|nous propose|proposent|offre|offrent de|d y? rester|passer|signer|devenir|integrer|prendre", k: kFuture},
	// « est-ce que je redeviens salarié ? », « redevenir salariée »: a
	// status asked about or aimed at, not held (kFuture)
	{p: "redeviens|redevient|redevenir|redeviendrai|redeviendrais|redevenu|redevenue", k: kFuture},
	// « mon statut de micro », « ma micro-entreprise »: the
	// micro-entrepreneur regime (code de la sécurité sociale L613-7) as
	// round 17i's « sous le régime micro » with a possessive
	{p: "mon|ma statut|regime de|d? micro|microentreprise|microentrepreneur|autoentrepreneur|autoentreprise", k: kStatus, v: "auto_entrepreneur", w: 6},
	{p: "mon|ma statut|regime de|d? micro|auto entreprise|entrepreneur|entrepreneuse", k: kStatus, v: "auto_entrepreneur", w: 6},
	// « freelance en portage salarial »: the ported worker is the
	// employee of the portage company (code du travail L1254-1,
	// cep-domain.md §4: portage is salarie_prive), the more precise legal
	// status, weighed as apprenticeship (6) over « freelance »
	{p: "en|du portage salarial", k: kStatus, v: "salarie_prive", w: 6},
	// « artisant », « a mon conte »: the spellings of « artisan » and « à
	// mon compte » (lexicon.go) by sound (artisan: code de l'artisanat,
	// loi 96-603 art. 19)
	{p: "artisant|artisante|artisants|artisantes", k: kStatus, v: "artisan", w: 5},
	{p: "a|au mon|son propre? conte", k: kStatus, v: "independant", w: 5},
	// « Cherche emploi. », « recherche aujourd'hui un emploi »: the search
	// of lexicon.go without its determiner (a fragment) or with an adverb
	// of now between the verb and its object (cep-domain.md §1.3 row 7)
	{p: "cherche|recherche emploi|travail|boulot|job|taf|poste", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "cherche|recherche aujourd hui|actuellement|activement|maintenant|desormais un|du|d|de " + work, k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « Mi rode in job », « moin la pa ni job »: the Réunion creole for
	// « je cherche un travail » (rode = chercher) and « je n'ai pas de
	// travail » (pa ni = n'a pas), a job seeker (row 7)
	{p: "rode|rod in|un|du|le " + work + "|travay", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "pa|pas ni|na " + work + "|travay", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "na poin|point " + work + "|travay", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « en CDD saisonnier »: the seasonal contract of the code du travail
	// (L1242-2 3°), of private law; « contrat saisonnier » is left to the
	// events that end it (« je viens de finir un contrat saisonnier »)
	{p: "cdd|cdds saisonnier|saisonniers", k: kStatus, v: "salarie_prive", w: 4},
	// « PSE en cours », « plan social en cours »: the job-saving plan of
	// the employer (code du travail L1233-61) under way, the employee is
	// still in post (row 8); a dismissal told with it is an event and wins
	{p: "pse|plan social en cours", k: kStatus, v: "salarie_prive", w: 4},
}

// rqthDenied is a negation followed by a verb of holding (round 18P).
const rqthDenied = "pas|jamais|aucunement beneficier|beneficie|beneficiant|disposer|dispose|avoir|posseder|possede|detenir|detiens|obtenu de|d une|la|l?"

// rqthWords are the acronyms of the recognition (round 18P).
const rqthWords = "rqth|rqht|rtqh|boeth"
