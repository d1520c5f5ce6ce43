package analysis

// round5StatusSpecs are the status words of round 5 of issue 13 (phone
// typing and Franglais, tuning20): the loss of work said without a status
// word, a self-employed activity closed (cep-domain.md §1.3 row 7:
// « ex-indépendant who stopped »), a new contract found.
var round5StatusSpecs = []patSpec{
	// « viré hier », « virée du jour au lendemain »: a dismissal told in a
	// word, with when it happened
	{p: "vire|viree|lourde|lourdee hier|avant|ce|cette|la|le|du|en|depuis|il", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « my contract ends next week », « my CDD is over »
	{p: "my contract|cdd|mission|job ends|ended|finishes|expires", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "my contract|cdd|mission|job is over|ending", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « j'ai fermé ma boîte », « on a liquidé la société »: an activity of
	// one's own that stopped, a job seeker now (first person only)
	{p: "ai|avons ferme|liquide|cesse|arrete|coule ma|mon|notre|la|le " + bizObj, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "liquidation judiciaire", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "depot de bilan", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « intérim mais plus rien depuis la rentrée »
	{p: "plus rien depuis", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « j'ai trouvé un CDI » (first person only: « mon mari a trouvé un
	// CDI » is another's job), « j'ai signé un CDD »: the job of now, an
	// event that holds in a clause told in the past (« j'étais au chômage
	// mais j'ai trouvé un CDI »)
	{p: "ai trouve|retrouve|decroche|signe un|une|mon cdi|cdd", k: kStatus, v: "salarie_prive", w: 5, event: true},
}
