package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18uStatus checks the rules of round 18U (a PSE under way, a
// hire of days or weeks ago, a contract ending within days or weeks) on
// sentences of their own, not taken from a tuning set (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound18uStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// « PSE en cours »: still in post
		{"Magasinière dans une usine de pneus, PSE en cours. 47 ans, Clermont.", "salarie_prive"},
		{"technicien de maintenance, pse en cours ds ma boite, jveux anticiper", "salarie_prive"},
		// (a dismissal told with it is the event of now)
		{"PSE en 2019 dans mon ancienne usine, au chômage depuis, 52 ans", "demandeur_emploi"},
		// a hire of days or weeks ago: the job held now
		{"Après un an sans travail, j'ai été embauchée il y a trois semaines comme vendeuse en CDI dans une jardinerie.", "salarie_prive"},
		{"sans emploi pendant 2 ans, j'ai été recruté il y a 10 jours comme cariste dans un entrepôt", "salarie_prive"},
		// (a hire of years ago is no present job by itself)
		{"Après un an sans travail, j'ai été embauchée il y a trois ans comme vendeuse en CDI dans une jardinerie.", ""},
		{"Après un an sans travail, j'ai été embauchée il y a trois ans comme vendeuse en CDI dans une jardinerie, licenciée depuis.", "demandeur_emploi"},
		// a contract ending within days or weeks: a job seeker
		{"préparateur de commandes en CDD, contrat se terminant dans 2 semaines, 34 ans", "demandeur_emploi"},
		{"vendeuse en cdd ds une parfumerie, fin de mon contrat ds 8 jours", "demandeur_emploi"},
		{"Serveuse. Fin du CDD dans trois semaines, pas de suite prévue.", "demandeur_emploi"},
		// (the end of a training is no contract's)
		{"en formation de soudeur se terminant dans 2 semaines, 30 ans", ""},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18uSelfEmployed checks the preference read as a wish, the
// micro-entrepreneur regime taken up and portage salarial told without
// its adjective (round 18U), on sentences of their own.
func TestRound18uSelfEmployed(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a preference is a wish: the job of now is the micro-enterprise
		{"j'ai créé une micro l'an dernier pour faire de la traduction, mais je préférerais être salariée dans une agence, 31 ans", "auto_entrepreneur"},
		{"il a monté son auto-entreprise de plomberie, mais il préférerait être salarié", "auto_entrepreneur"},
		// (the preference alone tells no job)
		{"je préférerais être salarié dans une grande entreprise, 28 ans", ""},
		// the micro regime taken up
		{"je me suis lancée en micro-entreprise comme photographe, 38 ans", "auto_entrepreneur"},
		{"depuis mars je me suis mis en auto entrepreneur pour faire des livraisons", "auto_entrepreneur"},
		{"AE micro depuis 2022, graphiste, 41 ans, Nantes", "auto_entrepreneur"},
		// (« mise en » with another object is no regime)
		{"je me suis mise en arrêt maladie, je suis vendeuse en CDI", "salarie_prive"},
		// portage salarial told without the adjective
		{"je suis en portage depuis deux ans, formateur, 50 ans", "salarie_prive"},
		{"consultant en portage depuis 2021, 45 ans, Lille", "salarie_prive"},
		// (the portage of meals is a trade, not the regime)
		{"bénévole, je livre les repas en portage à domicile, 60 ans", ""},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18uForm checks the acronyms of a form read by round 18U
// (« DE », « fonct. territ. ») on lines of their own, and the preposition
// « de » and other « fonct » it must not read.
func TestRound18uForm(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"Situation : DE depuis 09/2025. 39 ans. Dpt 31.", "demandeur_emploi"},
		{"DE indemnisé ; 47a ; projet : reconversion", "demandeur_emploi"},
		{"DE très longue durée, 56 ans, Creuse", "demandeur_emploi"},
		{"fonct. hosp. (ASH), 49a, reconversion", "agent_public"},
		// (the preposition inside a clause, the nurse's diploma)
		{"une période de longue durée sans bouger, 40 ans", ""},
		{"aide-soignante DE depuis 2012 dans une clinique privée, 44 ans", "salarie_prive"},
		// (« fonct. » of something else)
		{"fonct. de l'appli pas clair, 30 ans", ""},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18uSearchAndFishing checks a failing search read as a job
// seeker and the « patron pêcheur » read as an independent (round 18U).
func TestRound18uSearchAndFishing(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"j'ai 33 ans et je n'arrive pas à trouver un emploi depuis mon déménagement à Rodez", "demandeur_emploi"},
		{"jarrive pas a retrouver du boulot, 48 ans, Dax", "demandeur_emploi"},
		// (the employer's search is a reclassement: the job is held)
		{"je suis cariste en CDI, mon employeur n'arrive pas à trouver un poste adapté à mon dos", "salarie_prive"},
		{"patronne pêcheuse à Lorient depuis 12 ans, 45 ans, je veux changer de métier", "independant"},
		{"patron de pêche, 52 ans, Concarneau", "independant"},
		// (a deckhand under a patron is no owner)
		{"je bosse sur le bateau d'un patron pêcheur, 30 ans", ""},
		{"marin pêcheur salarié, mon patron pêcheur vend son bateau, 30 ans", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}
