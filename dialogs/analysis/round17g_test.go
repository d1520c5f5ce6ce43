package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound17GHandicap checks the disability rules generalised in round 17G
// (a fact told in other words than the sentence its rule was written for) on
// sentences of their own, not taken from tuning60 (testNow is 15 June 2026).
// Each phenomenon has a case the rule must not catch.
func TestRound17GHandicap(t *testing.T) {
	for _, tc := range []struct{ in, handicap string }{
		// the RQTH denied in its own words
		{"magasinier en CDI, aucune reconnaissance de travailleur handicapé, 50 ans", "false"},
		{"pas de reco handicap, juste un dos fragile, vendeuse en CDI", "false"},
		{"je n'ai pas la qualité de travailleur handicapé", "false"},
		{"j'ai une reconnaissance de travailleur handicapé depuis 2020", "true"},
		{"reconnu travailleur handicapé l'an dernier, cariste", "true"},
		// the rente of a work accident or an occupational disease, told
		// with the spoken or administrative words
		{"accident du boulot en 2023, on me verse une rente, maçon salarié", "true"},
		{"après un accident professionnel je touche une rente de la CPAM", "true"},
		{"maladie pro reconnue (tendinite), j'ai une rente", "true"},
		{"maladie pro reconnue mais pas de rente, boulanger salarié", "null"},
		{"accident du taf l'an dernier, arrêté trois mois, aucune séquelle", "null"},
		{"je touche une rente de ma grand-mère, vendeuse", "null"},
		// the permanent incapacity without « partielle »
		{"la sécu m'a reconnu une incapacité permanente de 12 %", "true"},
		{"incapacité de travail de trois semaines après une grippe", "null"},
		// a disability rate of 50 % or more, recognised
		{"malentendant, taux 80% reconnu, comptable en CDI", "true"},
		{"taux 20% reconnu après une entorse", "null"},
		{"retraite à taux plein reconnue à 62 ans", "null"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := boolStr(f.Handicap); got != tc.handicap {
			t.Errorf("Analyse(%q).Handicap = %s, want %s", tc.in, got, tc.handicap)
		}
	}
}

// TestRound17GEmployer checks the employer told in the active voice (« c'est
// la région qui m'emploie »), the sector said of the employer, and the
// student employed by the university, each with a case the rule must not
// catch.
func TestRound17GEmployer(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"je sers à la cantine d'un lycée public mais c'est une société de restauration qui me paye", "salarie_prive"},
		{"agent d'entretien dans une école, c'est une boîte de nettoyage qui m'emploie, 40 ans", "salarie_prive"},
		{"je fais le ménage dans un lycée public, ce n'est pas une boîte qui m'emploie", "agent_public"},
		{"agente d'entretien dans un collège, c'est le département qui m'emploie", "agent_public"},
		{"je nettoie les vestiaires du stade, c'est la commune qui me paye", "agent_public"},
		{"je travaille dans une école, 35 ans", ""},
		{"gardien de parking, employeur privé, je surveille le parking de la préfecture", "salarie_prive"},
		{"je voudrais un employeur privé, je suis au chômage depuis mars", "demandeur_emploi"},
		{"étudiant en master, la fac m'emploie 10 h par semaine au service des sports", "agent_public"},
		{"étudiante, employée quelques heures par semaine par la bibliothèque universitaire", "agent_public"},
		{"étudiant en licence à la fac de Nantes, je cherche ma voie", "etudiant"},
		// « chez papa maman » is a home
		{"je vis encore chez papa maman à Colombes, besoin d'aide", ""},
		{"je bosse chez Darty à Colombes, besoin d'aide", "salarie_prive"},
		// the commune with a possessive
		{"agent d'entretien de ma commune depuis 20 ans, 50 ans", "agent_public"},
		{"je cherche un emploi dans une entreprise de ma commune", "demandeur_emploi"},
		// « son contrat » after a relative's clause is the relative's
		{"mon frère est militaire dans la marine, son contrat finit dans un an", "agent_public"},
		{"mon mari est cadre dans l'assurance, son employeur l'a licencié le mois dernier", "demandeur_emploi"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound17GAge checks the ages of a past event told with a participle
// alone or with the age first, and the age in apposition to the relative
// written for, each with a case the rule must not catch.
func TestRound17GAge(t *testing.T) {
	for _, tc := range []struct {
		in  string
		age int
	}{
		{"RQTH obtenue à 20 ans, magasinier en CDI, né en 1990", 36},
		{"elle a appris la pâtisserie à quinze ans, aujourd'hui elle a 44 ans", 44},
		{"À 30 ans il a ouvert sa boulangerie. À 58 ans, il est épuisé", 58},
		{"à 45 ans je suis au chômage", 45},
		{"j'ai eu 30 ans en mars", 30},
		{"mon fils, âgé de 23 ans, est sans emploi depuis un an ; il déprime. Comment l'aider ?", 23},
		{"mon fils est sans emploi depuis un an ; il déprime. Comment l'aider ? Moi j'ai 52 ans", 0},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Age != tc.age {
			t.Errorf("Analyse(%q).Age = %d, want %d", tc.in, f.Age, tc.age)
		}
	}
}

// TestRound17GInactive checks the retiree without activity and the
// volunteer of a food bank, each with a case the rule must not catch.
func TestRound17GInactive(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"retraitée depuis un an, sans activité, 63 ans", ""},
		{"sans activité depuis deux ans, 45 ans", "demandeur_emploi"},
		{"je donne un coup de main à la banque alimentaire depuis 5 ans, jamais salariée", ""},
		{"magasinier en CDI à la banque alimentaire du Rhône", "salarie_prive"},
		// two activities joined by « + » or told as such: asked
		{"auto-entrepreneuse en graphisme + CDI de 24 h dans une imprimerie", ""},
		{"double activité : vendeuse en CDI et micro-entrepreneuse", ""},
		{"auto-entrepreneuse en graphisme depuis 2021", "auto_entrepreneur"},
		{"bac+5, comptable en CDI chez Fiducial", "salarie_prive"},
		// the business owned, told by running it or of a relative
		{"mon mari dirige sa propre entreprise de paysagisme, 4 salariés", "independant"},
		{"je gère ma propre agence immobilière depuis 2019", "independant"},
		{"je dirige mon service à l'hôpital, infirmière cadre", "agent_public"},
		{"ils ont créé leur boîte de drones en 2020, 35 ans", "independant"},
		// a status under « Projet : » or « Objectif : » is planned
		{"Au chômage depuis mars. Objectif : un CDI dans la vente.", "demandeur_emploi"},
		{"Mon projet : devenir auto-entrepreneur. Je suis vendeuse en CDI.", "salarie_prive"},
		{"Situation : auto-entrepreneur. Objectif : me former.", "auto_entrepreneur"},
		// the trade right after « en formation » is the course's object, not
		// a job held: no salarie_prive; a trainee of the AFPA is a job seeker
		// (round 17E)
		{"en formation cariste à l'AFPA jusqu'en juillet, 30 ans", "demandeur_emploi"},
		{"en formation cariste jusqu'en juillet, 30 ans", ""},
		{"je suis préparateur de commandes en CDI, je veux une formation cariste", "salarie_prive"},
		// a contract ending months ahead told « prend fin », « s'achève »
		{"vendeuse, mon CDD prend fin en décembre", "salarie_prive"},
		{"vendeuse, mon CDD s'achève en décembre", "salarie_prive"},
		{"vendeuse, mon CDD prend fin dans 10 jours", "demandeur_emploi"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}
