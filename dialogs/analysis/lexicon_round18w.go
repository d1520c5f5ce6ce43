package analysis

// Round 18W of issue 13 (tuning73: rewordings of tuning68–71). Where the
// original message was read and a rewording was not, the reading is
// widened to the other persons, participles and verbs that tell the same
// fact; each pattern names its source.

// round18wSpecs are the patterns of round 18W.
var round18wSpecs = []patSpec{
	// « sorti de l'armée en mars », « sortis de la gendarmerie »: a
	// soldier who has left (round 9C reads the words as no soldier now),
	// told without its auxiliary: what was left is the past, as « je suis
	// sorti de » (lexicon.go) and « j'ai quitté » (cep-domain.md §1.5,
	// armées: Défense mobilité accompanies those leaving; a job seeker's
	// words after it say the situation now). « sortie » is left out: « ma
	// sortie de l'armée » is also a departure to come
	{p: "sorti|sortis de|d l|la armee|gendarmerie|marine|legion", k: kPast},
	// « son patron a mis fin à son contrat », « l'employeur a mis fin à
	// sa période d'essai »: round 13A's end of a contract by the employer
	// (code du travail L1221-25, L6222-18) told of the person the message
	// is about
	{p: "mis|mise|met fin a|au son|sa|leur|notre|votre periode|contrat|cdd|cdi|mission|essai|apprentissage|alternance", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « son patron a rompu son apprentissage », « elle a quitté son CDD »:
	// round 13A's contract given up or broken, in the third person
	// (L6222-18: rupture of an apprenticeship)
	{p: "a|ont arrete|quitte|rompu son|sa|leur apprentissage|alternance|cdi|cdd|contrat", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// (« il a quitté son CDI pour un CDI chez Aldi »: one job for another,
	// as round 13A's first person)
	{p: "a|ont quitte|quittee|arrete|rompu son|sa|leur cdi|cdd|contrat|poste|job|travail|emploi _? _? pour un|une|son|sa cdi|cdd|contrat|poste|emploi|job|travail", k: kNone},
}

// hedgeWordR18w reports a verb of fear before an event (« elle craint
// d'être licenciée », « il redoute un licenciement »): a fear, not a fact,
// as « j'ai peur » and « je crains » (hedged); the person is still in work.
func hedgeWordR18w(s string) bool {
	switch s {
	case "craint", "craignent", "craignons", "craignez", "craignait", "redoute", "redoutent", "redoutons", "apprehende", "apprehendent":
		return true
	}
	return false
}

// refusedR18w reports a word after a recognition that says it was
// refused (« la MDPH vient de rejeter ma demande », « la CDAPH a refusé »):
// the infinitives and participles beside those of round 8 (notGranted;
// code du travail L5213-2, the CDAPH decides the RQTH).
func refusedR18w(s string) bool {
	switch s {
	case "rejeter", "refuser", "rejete", "rejetes", "rejetees", "refuses":
		return true
	}
	return false
}
