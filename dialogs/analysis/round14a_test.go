package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound14ARules checks the rules of round 14A (lexicon_round14a.go) on
// sentences of their own, not taken from tuning49 (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound14ARules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// no work found yet, « toujours » or « encore » inside the passé composé
		{"Sortie de mon master en janvier, je n'ai toujours pas trouvé de travail, 24 ans", "demandeur_emploi"},
		{"j'ai pas encore retrouvé de boulot depuis la fermeture, Brest", "demandeur_emploi"},
		{"je n'ai toujours rien retrouvé après mon CDD chez Castorama", "demandeur_emploi"},
		{"je suis en licence et je n'ai toujours pas trouvé de stage", "etudiant"},
		// « là rien depuis »: no work since the last mission
		{"je faisais des missions en usine mais rien depuis mars", "demandeur_emploi"},
		{"des remplacements en cuisine l'été, là rien depuis septembre", "demandeur_emploi"},
		{"je suis cariste en CDI chez Geodis, rien de neuf depuis des années", "salarie_prive"},
		// the resignation with its year, the noun of the person
		{"démission en 2025 pour suivre mon conjoint, j'étais comptable", "demandeur_emploi"},
		// (a contract named beside it stays a rival: the dialogue asks)
		{"CDI de comptable chez un expert, démission en 2025 pour suivre mon conjoint", ""},
		{"démissionnaire depuis le printemps, ancienne préparatrice en pharmacie", "demandeur_emploi"},
		{"je suis en CDI chez Boulanger et je pense à poser ma démission", "salarie_prive"},
		// the job ended, told in a relative clause after it
		{"licencié en 2024, puis un contrat de huit mois chez Airbus qui s'est terminé en mars", "demandeur_emploi"},
		{"après ma rupture, une mission d'intérim qui a pris fin la semaine dernière", "demandeur_emploi"},
		{"je suis vendeur en CDI chez Fnac, la formation qui s'est terminée en mai m'a plu", "salarie_prive"},
		// the job left, told in a relative clause after it
		{"un poste de magasinier chez Metro que j'ai quitté en février, je cherche", "demandeur_emploi"},
		{"un CDI de serveuse que j'ai quitté à Noël pour m'occuper de ma mère", "demandeur_emploi"},
		{"un CDD chez Leclerc que j'ai quitté pour un CDI chez Auchan", "salarie_prive"},
		{"je suis en CDI chez Thales, la ville que j'ai quittée me manque", "salarie_prive"},
		// a pupil excluded from school is no employee dismissed
		{"mon neveu s'est fait virer du lycée en mars, il a 16 ans", ""},
		{"elle a été renvoyée de son CFA, 17 ans", ""},
		{"j'ai été viré de mon entrepôt en mars", "demandeur_emploi"},
		// the corps of the police nationale, State teachers, doctoral contracts
		{"lieutenant de police à Lille depuis 8 ans", "agent_public"},
		{"brigadier de police, je veux changer de métier", "agent_public"},
		{"professeure agrégée d'histoire, je voudrais évoluer", "agent_public"},
		{"doctorant en contrat doctoral au CNRS, 26 ans", "agent_public"},
		{"agent de sécurité chez Securitas, je voudrais entrer dans la police", "salarie_prive"},
		// a plan after « je réfléchis à », « je m'interroge sur »: no employer now
		{"je suis adjoint technique à la mairie et je réfléchis à partir dans le privé", "agent_public"},
		{"infirmière au CHU, je m'interroge sur un poste en clinique", "agent_public"},
		{"je réfléchis à mon avenir, je suis vendeuse chez Zara", "salarie_prive"},
		// an activity added with « aussi » beside the main one: the dialogue asks
		{"je suis cuisinier en CDI et je fais aussi du dépannage comme auto-entrepreneur", ""},
		{"je suis auto-entrepreneur en informatique, mon fils fait aussi du foot", "auto_entrepreneur"},
	} {
		f := analysis.Analyse(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}
