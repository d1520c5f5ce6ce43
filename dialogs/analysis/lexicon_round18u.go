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
}
