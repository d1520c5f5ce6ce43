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
		// the job left beside an activity kept now
		{"je suis coiffeuse à domicile en micro-entreprise, à côté d'un CDD que j'ai quitté en avril", "auto_entrepreneur"},
		{"je suis artisan plombier depuis 2020, avant un CDI que j'ai quitté pour m'installer", "artisan"},
		{"un CDI de cuisinier que j'ai quitté en mai, je cherche dans la restauration", "demandeur_emploi"},
		// a parental leave suspends the contract named in the story before
		{"je suis en congé parental pour mon deuxième, avant j'étais comptable en CDI dans une PME", "salarie_prive"},
		{"en congé maternité; avant j'étais aide-soignante titulaire au CHU", "agent_public"},
		{"je suis en congé parental, j'ai travaillé dans une banque il y a dix ans", ""},
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
		// not taken back, no employer found, nothing done any more
		{"saisonnier aux vendanges depuis 5 ans, cette année je n'ai pas été repris", "demandeur_emploi"},
		{"l'agence ne m'a jamais été rappelé, enfin je n'ai pas été rappelé depuis mai", "demandeur_emploi"},
		{"je suis en CDI chez Safran, mon dossier a été repris par un collègue", "salarie_prive"},
		{"CAP de boulanger en poche, je trouve pas de patron, 45 ans", "demandeur_emploi"},
		{"je suis apprenti chez un boulanger, mon patron est sympa", "salarie_prive"},
		{"j'ai fait des extras en restauration, là je ne fais plus rien depuis l'hiver", "demandeur_emploi"},
		{"je ne travaille pas depuis la naissance de ma fille, je voudrais reprendre", "demandeur_emploi"},
		{"bénévole dans une association, je ne travaille pas, 60 ans", ""},
		// English
		{"I worked in a hotel, now no job, I am 40", "demandeur_emploi"},
		{"my shop closed last year, 50 years old", "demandeur_emploi"},
		// a trainee whose training France Travail pays, the trade between
		{"en formation d'électricien financée par Pôle emploi, 38 ans", "demandeur_emploi"},
		{"je suis électricien en CDI, ma formation de cariste a été financée par mon employeur", "salarie_prive"},
		// an activity stopped at a date; a school year is no date
		{"j'étais micro-entrepreneur en nettoyage, j'ai arrêté en février", "demandeur_emploi"},
		{"j'ai arrêté en seconde, j'ai 16 ans", ""},
		// « après » + the event, then the status of now
		{"après un licenciement économique, j'ai ouvert ma boulangerie, je suis artisan", "artisan"},
		{"après mon licenciement, je cherche un emploi de magasinier", "demandeur_emploi"},
		// the last contract over, its noun left out
		{"des CDD de préparatrice chez Lidl, le dernier s'est terminé en mai", "demandeur_emploi"},
		{"des missions d'intérim, la dernière s'est finie vendredi", "demandeur_emploi"},
		{"je suis en CDI chez Leclerc, le dernier week-end s'est fini tard", "salarie_prive"},
		// a shop of the private trade; a private employer named outright
		{"caissière à temps partiel dans une supérette de quartier", "salarie_prive"},
		{"j'ai 64 ans, retraitée, mais je fais encore du ménage pour une entreprise privée", "salarie_prive"},
		{"j'aimerais ouvrir une épicerie, je suis au chômage", "demandeur_emploi"},
		// a contract ending three months or more ahead still runs (15 June);
		// the month of now, a participle that may be past, a dismissal: as before
		{"je suis en CDD chez Decathlon, mon contrat finit en novembre", "salarie_prive"},
		{"je suis cariste, mon contrat se termine en janvier", "salarie_prive"},
		{"mon CDD finit fin juin, je suis vendeur chez Darty", "demandeur_emploi"},
		{"mon cdd fini en octobre jsuis perdue", "demandeur_emploi"},
		// a business created and not said closed is run now
		{"après ma rupture conventionnelle, j'ai monté ma société de nettoyage, ça marche bien", "independant"},
		{"j'ai ouvert mon snack en 2023 mais j'ai tout arrêté en mars, je cherche un emploi", "demandeur_emploi"},
		{"je voudrais créer mon entreprise, je suis vendeuse en CDI", "salarie_prive"},
		// a renewal in doubt: the dialogue asks
		{"je suis en CDD chez Carrefour jusqu'à fin juin, je sais pas s'ils vont me renouveler", ""},
		{"contractuelle à la mairie en CDD, en attente du renouvellement", ""},
		{"je suis en CDI chez Orange, mon abonnement va se renouveler", "salarie_prive"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound14ACadreAndPlace checks the cadre titles and the hyphenated
// place names of round 14A.
func TestRound14ACadreAndPlace(t *testing.T) {
	for _, tc := range []struct {
		in    string
		cadre bool
	}{
		{"DRH dans une PME pendant 10 ans, licenciée en mars", true},
		{"directrice financière d'une filiale, je veux changer", true},
		{"directeur d'agence bancaire, je veux changer", false},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := f.Cadre != nil && *f.Cadre; got != tc.cadre {
			t.Errorf("Analyse(%q).Cadre = %v, want %v", tc.in, f.Cadre, tc.cadre)
		}
	}
	for _, tc := range []struct{ in, status string }{
		// a company's name as the first part of a town's name
		{"je suis agent d'entretien, j'habite à Onet-le-Château", ""},
		{"je suis technicien, j'habite à Orange-les-Bains", ""},
		{"agent d'entretien chez Onet à Rodez, en CDI", "salarie_prive"},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound14AHelpedPronoun checks that « comment l'aider » makes the
// message written for the relative told of, whose disability then counts.
func TestRound14AHelpedPronoun(t *testing.T) {
	for _, tc := range []struct {
		in       string
		handicap bool
	}{
		{"mon frère a 35 ans, il a une RQTH, il est au chômage depuis un an. Comment l'aider ?", true},
		{"ma fille a 30 ans, elle est reconnue travailleur handicapé, qui peut la conseiller pour trouver un emploi ?", true},
		{"mon fils a une RQTH. Pouvez-vous m'aider, je suis au chômage depuis mars", false},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := f.Handicap != nil && *f.Handicap; got != tc.handicap {
			t.Errorf("Analyse(%q).Handicap = %v, want %v", tc.in, f.Handicap, tc.handicap)
		}
	}
}
