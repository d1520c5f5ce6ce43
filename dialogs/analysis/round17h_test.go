package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound17HStatus checks the status rules of round 17H on sentences of
// their own, not taken from tuning63 (testNow is 15 June 2026). Each
// phenomenon has a case the rule must not catch.
func TestRound17HStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a public contract ending within weeks, told not renewed: a job
		// seeker; without the non-renewal, or months ahead, row 1 stays
		{"mon CDD de secrétaire au centre hospitalier se termine dans deux semaines, la direction ne le renouvellera pas, on m'a dit qu'il ne serait pas renouvelé", "demandeur_emploi"},
		{"assistant d'éducation dans un lycée, mon contrat s'arrête fin juin, dans 2 semaines, pas de renouvellement", "demandeur_emploi"},
		{"AESH en CDD qui finit dans 10 jours, ils veulent pas me garder", "demandeur_emploi"},
		{"assistant d'éducation dans un lycée, mon contrat s'arrête dans 8 mois, pas de renouvellement", "agent_public"},
		{"fonctionnaire à la mairie depuis 2010, je voudrais changer de service", "agent_public"},
		// a public CDD ending in a month months ahead, told « qui finit »:
		// still running (it was a job seeker's rival and left the status
		// unknown); within weeks, as above
		{"contractuelle au ministère de l'agriculture, CDD de 3 ans qui finit en décembre, 34 ans", "agent_public"},
		// the military keep Défense mobilité (round 14B)
		{"caporal dans l'armée de terre, mon contrat se termine dans 3 semaines et il ne sera pas renouvelé", "agent_public"},
		// a departure within weeks after a rupture conventionnelle
		{"responsable de magasin, rupture conventionnelle signée, je quitte l'entreprise dans trois semaines", "demandeur_emploi"},
		{"rupture conventionnelle signée avec la commune, je pars dans 10 jours", "demandeur_emploi"},
		{"rupture conventionnelle signée, je pars dans six mois, je suis comptable en CDI", "salarie_prive"},
		{"je pars dans 2 semaines en vacances, je suis comptable en CDI", "salarie_prive"},
		// « s'arrête » typed without its apostrophe
		{"mon cdd au supermarché sarrete dans 10 jours", "demandeur_emploi"},
		// the writer does not know whether the relative works
		{"mon frère a 40 ans, il a toujours été à l'hôpital, je ne sais pas s'il travaille encore", ""},
		{"ma sœur parle de la fonction publique, je ne sais pas vraiment si elle travaille", ""},
		{"étudiante en licence, je bosse chez Lidl 10 h, je sais pas si je fais un master ou si je bosse", "" /* a student with a private job: asked (round 20J) */},
		// a search of a « vrai » job
		{"j'étais en CDD à la poste cet hiver, fini depuis mars, je cherche un vrai boulot", "demandeur_emploi"},
		{"je suis en CDI chez Carrefour et je cherche un vrai boulot de bureau", "salarie_prive"},
		{"il bosse à mi-temps dans une cave, il ne sait pas s'il doit reprendre des études ou chercher un vrai travail", ""},
		// a contract of people in general
		{"je suis au RSA, on m'a dit que la mairie prenait des gens en PEC", "demandeur_emploi"},
		{"je suis en PEC à la mairie depuis mars, 20 h par semaine", "salarie_prive"},
		{"je fais du transport de personnes en micro-entreprise", "auto_entrepreneur"},
		// the way of a hiring is no employer
		{"agent contractuel en CDI à la préfecture, recruté par la voie réservée aux travailleurs handicapés", "agent_public"},
		{"recruté par une PME en CDI l'an dernier, technicien", "salarie_prive"},
		// « employé municipal »: the commune's staff
		{"employé municipal depuis 2012, fonctionnaire, je voudrais passer agent de maîtrise", "agent_public"},
		{"employé dans un garage depuis 2012, je voudrais évoluer", "salarie_prive"},
		// the company after « salarié de » is the employer, the public body its client
		{"salarié en CDI d'une entreprise qui nettoie les bureaux du conseil départemental, 45 ans", "salarie_prive"},
		{"salarié du conseil départemental en CDI de droit public", "agent_public"},
		// the staff of the OGEC are private employees; the teachers of a
		// school under contract are State agents
		{"secrétaire dans un collège privé, salariée de l'OGEC en CDI, pas payée par l'Éducation nationale comme les profs", "salarie_prive"},
		{"prof dans un collège privé sous contrat depuis 2015", "agent_public"},
		// a short contract aside ending the sentence of a past clause is
		// that past job's contract; one the sentence goes on after, or that
		// says now, is not
		{"j'ai été magasinier chez un grossiste pendant 9 ans, en CDI. J'ai été licencié en mars et depuis je ne travaille plus.", "demandeur_emploi"},
		{"j'étais serveuse dans un bar de plage, en CDD saisonnier. La saison s'est terminée en septembre, depuis je ne travaille pas.", "demandeur_emploi"},
		{"avant j'étais caissière chez Auchan, en CDI, et mon poste m'attend après mon congé parental", "salarie_prive"},
		{"j'ai eu mon BTS en 2019, en CDI depuis 2020 dans une banque", "salarie_prive"},
		// the contract's place before a parenthesis, its end after it
		{"mon contrat aidé à la mairie (agent d'entretien) s'est arrêté fin avril, je veux retravailler", "demandeur_emploi"},
		{"mon contrat aidé à la mairie (agent d'entretien) court jusqu'en 2027", "salarie_prive"},
		// the collectivités uniques of Martinique and Guyane, the com de com
		{"agent technique à la CTM depuis 10 ans, je voudrais un poste adapté", "agent_public"},
		{"je bosse à la com de com en CDD comme agent d'accueil", "agent_public"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound17HCadre checks that « la cadre m'a dit » names a manager, not
// the writer's status, and that « je suis cadre » still is.
func TestRound17HCadre(t *testing.T) {
	for _, tc := range []struct{ in, cadre string }{
		{"infirmière en CDI en clinique, la cadre m'a dit de prendre des congés", "null"},
		{"ma cadre de santé refuse ma formation, aide-soignante en CDI", "null"},
		{"je suis cadre dans une banque depuis 2015", "true"},
		{"statut cadre, ingénieur en CDI", "true"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := boolStr(f.Cadre); got != tc.cadre {
			t.Errorf("Analyse(%q).Cadre = %s, want %s", tc.in, got, tc.cadre)
		}
	}
}
