package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound17BRules checks the rules of round 17B (lexicon_round17b.go) on
// sentences of their own, not taken from tuning56 (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound17BRules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a post adapted to one's health is no job lost
		{"magasinier à l'hôpital, titulaire, il n'y a plus de poste adapté pour mon dos", "agent_public"},
		{"il y a plus de poste pour moi, licenciement économique en mai, 50 ans", "demandeur_emploi"},
		// professional firefighters are territorial agents, volunteers hold no job by it
		{"sapeur-pompier professionnel à Lyon depuis 2010, je veux changer", "agent_public"},
		{"pompier pro, 40 ans, je me suis fait mal au dos", "agent_public"},
		{"pompier volontaire, 20 ans, je cherche ma voie", ""},
		{"je voudrais devenir pompier professionnel, je suis vendeur en CDI", "salarie_prive"},
		// the roads' agent of a commune
		{"agent de voirie à la ville de Tours depuis 15 ans", "agent_public"},
		{"agente de voirie à la commune, 55 ans, j'ai mal au dos", "agent_public"},
		{"ouvrier de voirie dans une entreprise de travaux publics", "salarie_prive"},
		// the DIR are State services
		{"agent d'exploitation à la DIR Centre-Est, 50 ans", "agent_public"},
		{"je dirige une petite équipe dans le BTP", ""},
		// « pénit » is « pénitentiaire »
		{"surveillant pénit à la maison d'arrêt depuis 8 ans", "agent_public"},
		{"surveillante pénit, 46 ans, je veux un poste de bureau", "agent_public"},
		{"surveillant de baignade l'été, le reste de l'année rien", ""},
		// « mais en vrai … » goes on with the wish
		{"vendeuse en CDI chez Zara, je voudrais travailler à la mairie mais comme titulaire", "salarie_prive"},
		{"je voudrais changer de poste mais je suis titulaire à la mairie", "agent_public"},
		// a clause opening on « pas » denies its noun phrase
		{"animatrice dans un centre de loisirs associatif, pas un centre municipal", "salarie_prive"},
		{"animatrice au centre de loisirs municipal, pas mal de stress", "agent_public"},
		// « je ne suis pas agent public »: the denial covers « public »
		{"conducteur de tram chez Keolis, je ne suis pas agent public", "salarie_prive"},
		{"conducteur de car chez un transporteur privé, je ne suis pas agent public", "salarie_prive"},
		{"je ne suis pas agent public, je suis titulaire de la fonction publique territoriale", "agent_public"},
		// a contract told as over: its job and workplace are the past
		{"Mon contrat à la préfecture s'est terminé en mars. Je cherche du travail.", "demandeur_emploi"},
		{"Mon contrat à la mairie de Lens s'est terminé il y a deux mois. Je cherche un emploi.", "demandeur_emploi"},
		{"Mon CDD d'adjoint administratif au conseil départemental est fini depuis un mois.", "demandeur_emploi"},
		{"Mon contrat à la préfecture se termine en 2028, je voudrais me former", "agent_public"},
		{"Mon contrat de freelance s'est terminé, je n'ai plus de clients", "independant"},
		// a public institution hosting a private employer
		{"assistante dans un cabinet dentaire privé installé dans les locaux du centre hospitalier", "salarie_prive"},
		{"technicien dans une société privée qui entretient les ascenseurs du CHU", "salarie_prive"},
		{"technicienne dans un laboratoire privé qui analyse les prélèvements de l'hôpital", "salarie_prive"},
		{"opticienne dans un magasin privé installé dans les murs de l'hôpital", "salarie_prive"},
		{"secrétaire au CHU, dans le service qui gère les consultations", "agent_public"},
		// a public place where the employee of a named company works
		{"plongeur pour une société de restauration, je travaille dans un collège public", "salarie_prive"},
		// « maître contractuel / délégué »: the State's contractuel of a
		// private school under contract, whatever the private place named
		{"maître contractuel dans un collège privé catholique à Vannes, 45 ans", "agent_public"},
		{"maîtresse déléguée dans une école privée", "agent_public"},
		{"maître d'hôtel dans un restaurant à Lyon", "salarie_prive"},
		{"secrétaire dans un collège privé", "salarie_prive"},
		// the hours of the one job are no second activity (round 17A read « les soirs » as one)
		{"vigile pour une société de sécurité, je surveille un lycée public tous les soirs", "salarie_prive"},
		{"agent d'entretien dans un collège public, titulaire", "agent_public"},
		{"agent d'entretien dans un lycée public, je fais aussi des heures pour une entreprise de nettoyage", "agent_public"},
		// the staff of a private school under contract
		{"comptable dans un lycée privé sous contrat, 45 ans", "salarie_prive"},
		{"professeur dans un collège privé sous contrat, maître délégué", "agent_public"},
		{"je travaille dans un collège privé sous contrat", ""},
		{"cuisinier dans un lycée privé sous contrat, je voudrais devenir professeur", "salarie_prive"},
		{"documentaliste dans un lycée privé sous contrat, je voudrais devenir cheffe d'établissement", "agent_public"},
		// « droit public » as the field of a degree
		{"titulaire d'une licence en droit public, je suis au chômage depuis mars, 30 ans", "demandeur_emploi"},
		{"juriste en CDD de droit public à la région", "agent_public"},
		// « si possible », « de préférence »: what is wished
		{"au chômage depuis un an, je cherche dans l'administration, titulaire si possible", "demandeur_emploi"},
		{"au chômage depuis un an, je suis titulaire du permis C", "demandeur_emploi"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}
