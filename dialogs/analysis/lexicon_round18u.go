package analysis

// Round 18U of issue 13 (status unknowns of tuning60, tuning62, tuning68
// and tuning69: a fact the message tells plainly, in words the earlier
// rounds did not read). Each pattern names its source; where no general
// reading is safe (a bare « DE », a relative's story, two activities at
// once, a school leaver) the fact stays unknown and the dialogue asks.

// round18uSpecs are the patterns of round 18U.
var round18uSpecs = []patSpec{
	// « PSE en cours »: the job-saving plan of the employer under way
	// (code du travail L1233-61), the employee still in post (cep-domain.md
	// §1.3 row 8). Round 18P meant it with « pse|plan social en cours »,
	// which reads « pse social en cours » or « plan social en cours »: the
	// acronym alone is read here; a dismissal told with it is an event and
	// wins
	{p: "pse en cours", k: kStatus, v: "salarie_prive", w: 4},
	// « embauché en CDI il y a 2 semaines », « recrutée il y a dix
	// jours »: a hire dated days or weeks ago is the job held now (nothing
	// ends it in so short a time unless told, and an end told is an event
	// that wins), so « il y a » does not make the clause past (kPresent);
	// months and years are left to the other rules (a hire of long ago
	// may have ended since)
	{p: "embauche|embauchee|embauches|embauchees|recrute|recrutee|recrutes|recrutees|engage|engagee en? cdi|cdd? il y a _ jours|semaines", k: kPresent},
	{p: "embauche|embauchee|embauches|embauchees|recrute|recrutee|recrutes|recrutees|engage|engagee en? cdi|cdd? ya _ jours|semaines", k: kPresent},
	{p: "embauche|embauchee|embauches|embauchees|recrute|recrutee|recrutes|recrutees|engage|engagee en? cdi|cdd? depuis _ jours|semaines", k: kPresent},
	// « CDD se terminant dans 10 jours », « fin du contrat ds 10 jours »:
	// the end of a contract within days or weeks, a job seeker
	// (cep-domain.md §1.3 row 7, « fin de CDD / imminent end of
	// contract »; §4 « an end of contract within weeks ⇒ job seeker »), as
	// round 18A's « ça se termine dans 10 jours » with the participle
	// after the contract's noun (two words may stand between: « CDD non
	// cadre se terminant ») and with the noun of the end; endsLater and the rules of a public contract still weigh
	// it as the other ends
	{p: "contrat|cdd|mission|remplacement _? _? se|s terminant|finissant|achevant|arretant dans|ds _ jours|semaines", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "fin du|de mon|ma|son|sa? contrat|cdd|mission|remplacement dans|ds _ jours|semaines", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je préférerais être salarié », « il préférerait un poste de
	// cadre »: a preference in the conditional is a wish, not a fact
	// (kFuture), as « je voudrais » (lexicon.go)
	{p: "prefererais|prefererait|prefererions|prefereriez|prefereraient|jprefererais", k: kFuture},
	// « je me suis mise en micro », « il s'est lancé en auto-entrepreneur »:
	// the micro-entrepreneur regime taken up (code de la sécurité sociale
	// L613-7), the state held since, as round 17i's « sous le régime
	// micro »; an end told after it is an event and wins
	{p: "me|m|s|se|nous|jme suis|est|sommes mis|mise|mises|lance|lancee|lances|installe|installee en micro|microentreprise|microentrepreneur|microentrepreneuse|autoentrepreneur|autoentrepreneuse|autoentreprise", k: kStatus, v: "auto_entrepreneur", w: 6},
	{p: "me|m|s|se|nous|jme suis|est|sommes mis|mise|mises|lance|lancee|lances|installe|installee en micro|auto entreprise|entrepreneur|entrepreneuse", k: kStatus, v: "auto_entrepreneur", w: 6},
	// « AE micro », « AE (micro) »: the auto-entrepreneur's acronym
	// settled by the regime's word beside it (« AE » alone is also an
	// assistant d'éducation)
	{p: "ae micro|microentreprise|microentrepreneur|microentrepreneuse", k: kStatus, v: "auto_entrepreneur", w: 6},
	// « je suis en portage », « en portage depuis 2023 »: portage salarial
	// (code du travail L1254-1; cep-domain.md §1.3 row 8), the ported
	// worker an employee, as round 18P's « en portage salarial » without
	// the adjective after a verb of being or a date (« le portage de
	// repas » is another trade)
	{p: "suis|sommes|est|travaille|bosse en portage", k: kStatus, v: "salarie_prive", w: 6},
	{p: "en portage depuis|dp", k: kStatus, v: "salarie_prive", w: 6},
	// « je n'arrive pas à trouver de travail », « il ne parvient pas à
	// retrouver un emploi »: a search that fails, a job seeker
	// (cep-domain.md §1.3 row 7: « inscrit or not »), as « je cherche un
	// emploi » (lexicon.go); the subject is a person (« l'employeur
	// n'arrive pas à trouver un poste adapté » is a reclassement)
	{p: "je|j|il|elle|on n? arrive|arrivons|parviens|parvient|parvenons pas|plus a trouver|retrouver de|d|du|un|une " + work, k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "jarrive|jparviens pas|plus a trouver|retrouver de|d|du|un|une " + work, k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « patron pêcheur », « patronne pêcheuse »: the owner and master of a
	// fishing boat (code des transports L5511-1; an independent, the
	// crew's employer), not the « patron » of the writer; after a
	// determiner it is another person, the writer's employer
	{p: "patron|patronne pecheur|pecheuse", k: kStatus, v: "independant", w: 5},
	{p: "patron|patronne de peche", k: kStatus, v: "independant", w: 5},
	// (« le bateau d'un patron pêcheur », « mon patron pêcheur »: another
	// person's boat, the writer is crew)
	{p: "un|une|le|la|mon|ma|son|sa|du|au|ce|notre|leur patron|patronne pecheur|pecheuse", k: kNone},
	{p: "un|une|le|la|mon|ma|son|sa|du|au|ce|notre|leur patron|patronne de peche", k: kNone},
	// « Statut : DE depuis 03/2024 », « DE non indemnisé », « DE longue
	// durée »: the demandeur d'emploi's acronym of a form (cep-domain.md
	// §1.3 row 7). Folded, « DE » is the preposition « de »: it is read
	// only written with a capital at the head of its clause and before a
	// word that cannot follow the preposition there (notHeldR18u); the
	// « DE » of a nurse's diploma (« infirmière DE ») never heads a clause
	{p: "de depuis|dp", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "de non? indemnise|indemnisee|indemnises|indemnisees", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "de tres? longue duree", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "de inscrit|inscrite|cat|categorie", k: kStatus, v: "demandeur_emploi", w: 5},
	// « fonct. territ. », « fonct. hosp. »: round 18Q's abbreviations of
	// « fonctionnaire territorial(e), hospitalier(ère) » (CGFP L4;
	// cep-domain.md §1.3 row 1) written with their periods, which end a
	// clause: « fonct » is read only before its branch (notHeldR18u)
	{p: "fonct", k: kStatus, v: "agent_public", w: 5},
}

// notHeldR18u reports a hit of round 18U read outside its form: « DE »
// that is the preposition « de » (not capitalised, or inside its clause),
// « fonct » not followed by the abbreviation of a branch.
func (a *analyser) notHeldR18u(h hit) bool {
	t := a.toks
	switch t[h.start].s {
	case "de":
		if h.p.v != "demandeur_emploi" || h.end-h.start < 2 {
			return false
		}
		switch t[h.start+1].s {
		case "depuis", "dp", "non", "indemnise", "indemnisee", "indemnises", "indemnisees", "longue", "tres", "inscrit", "inscrite", "cat", "categorie":
		default:
			return false
		}
		return !t[h.start].cap || h.start > 0 && t[h.start-1].clause == t[h.start].clause
	case "fonct":
		if h.p.v != "agent_public" || h.end-h.start != 1 {
			return false
		}
		if h.end >= len(t) {
			return true
		}
		switch t[h.end].s {
		case "territ", "terr", "territoriale", "territorial", "hosp", "hospit", "hospitaliere", "hospitalier", "etat", "d":
			return false
		}
		return true
	}
	return false
}
