package analysis_test

import "testing"

// TestRound20cPastOnly checks round 20C on sentences of its own, not taken
// from a tuning set: a dismissal or a resignation years back told with
// nothing of now leaves the status to be asked; the same stops followed by
// a job seeker's word of now (a search, a return to work, the RSA,
// « depuis » a year), the closing of one's own business, a stop this year,
// a job held since keep their status; a stay at home after it is asked
// since round 27B.
func TestRound20cPastOnly(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// asked: only the past, nothing of now
		{"J'ai été licenciée en 2012. Aujourd'hui je me demande quoi faire de ma vie professionnelle.", ""},
		{"J'ai démissionné de la SNCF en 2016, depuis j'ai fait pas mal de choses. Je voudrais faire un bilan.", ""},
		{"Licencié il y a cinq ans. Je voudrais changer de voie. 47 ans, Dijon.", ""},
		// kept: a job seeker's word of now, or a stop that row 7 reads
		{"J'ai été licenciée en 2012 et je cherche du travail depuis. 50 ans, Dijon.", "demandeur_emploi"},
		{"Licencié il y a cinq ans, je voudrais reprendre un emploi. 47 ans, Dijon.", "demandeur_emploi"},
		{"Licencié en 2019, au RSA depuis, 52 ans, Tours.", "demandeur_emploi"},
		{"Sans emploi depuis 2020, 56 ans, Vierzon.", "demandeur_emploi"},
		{"Je suis au foyer depuis 9 ans et je veux retravailler, 41 ans, Agen.", "demandeur_emploi"},
		{"J'ai arrêté de travailler en 2015 pour mes enfants, je voudrais me relancer. 44 ans.", "demandeur_emploi"},
		// (round 27B: a stay at home after the stop, no word of seeking
		// work: asked, as tuning74 « licenciée en 2023, depuis femme au
		// foyer » is labelled)
		{"Licencié en 2015, depuis je suis mère au foyer. 44 ans, Brest.", ""},
		{"J'ai démissionné en 2016 et je n'ai pas retrouvé depuis. 50 ans, Lille.", "demandeur_emploi"},
		{"J'ai fermé mon salon de coiffure en 2021. Je voudrais changer de métier. 45 ans.", "demandeur_emploi"},
		{"J'ai été licencié en décembre, je voudrais changer de voie. 47 ans, Dijon.", "demandeur_emploi"},
		{"Licencié en 2018, depuis je suis en CDI chez un transporteur. 44 ans, Lens.", "salarie_prive"},
	})
}

// TestRound20cGenericPeople checks that a status said of people in general
// in a question on the service is not the writer's, while the writer's own
// status beside such a question is still read.
func TestRound20cGenericPeople(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		{"Est-ce que le CEP est aussi pour les gens au chômage ?", ""},
		{"Vous aidez les personnes qui sont au RSA ?", ""},
		{"C'est ouvert à ceux en CDD ou seulement aux autres ?", ""},
		{"Est-ce que le CEP est aussi pour les gens au chômage ? Moi je suis au chômage depuis mars, 40 ans.", "demandeur_emploi"},
		{"Je fais des ménages chez les gens, je suis au RSA, 45 ans, Lens.", "demandeur_emploi"},
		{"Je suis au chômage, 40 ans, Tours.", "demandeur_emploi"},
	})
}
