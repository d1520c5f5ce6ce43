package intent

import "testing"

// Writing for someone who is not a relative (issue 13): the person a
// professional or a helper writes for, named as the dialogue says it after
// « votre », with their gender.
func TestProxyProfessional(t *testing.T) {
	yes := []struct {
		in       string
		noun     string
		feminine bool
	}{
		// social workers, job coaches
		{"Bonjour, je suis conseillère en insertion, j'écris pour une personne que j'accompagne : 45 ans, au RSA, sans emploi depuis 3 ans, elle habite Lens.", "bénéficiaire", true},
		{"J'écris pour une personne que j'accompagne, il a 52 ans", "bénéficiaire", false},
		{"je suis éducateur, un jeune que je suis depuis mars voudrait passer son CAP, il a 19 ans", "bénéficiaire", false},
		{"une jeune que je suis a arrêté le lycée", "bénéficiaire", true},
		{"mon usager a 50 ans et cherche une formation", "usager", false},
		{"une usagère de notre CCAS voudrait se former", "usagère", true},
		{"Je suis assistante sociale. Une bénéficiaire du RSA que je suis, 38 ans, souhaite se reconvertir.", "bénéficiaire", true},
		{"ma bénéficiaire est au chômage depuis 2 ans", "bénéficiaire", true},
		{"je me renseigne pour un jeune de 22 ans sans emploi", "bénéficiaire", false},
		{"la personne dont j'assure le suivi est au RSA, il habite Douai", "bénéficiaire", false},
		{"j'accompagne un jeune de 22 ans, il cherche un apprentissage", "bénéficiaire", false},
		{"c'est pour une personne que nous accompagnons, elle est âgée de 58 ans", "bénéficiaire", true},
		{"J'écris pour une personne que j'accompagne, âgée de 40 ans, au RSA", "bénéficiaire", true},
		// HR, managers
		{"Bonjour, je suis responsable RH, un de mes salariés souhaite faire un bilan", "salarié", false},
		{"une de nos salariées voudrait changer de métier, elle a 47 ans", "salariée", true},
		{"l'une de nos salariées est en arrêt maladie", "salariée", true},
		{"un agent de mon service voudrait se reconvertir", "agent", false},
		{"une agente de notre collectivité souhaite évoluer", "agente", true},
		{"un de nos collaborateurs veut faire une VAE", "collaborateur", false},
		// the analysis's staff nouns of round 18R (persona p25b)
		{"un de mes vendeurs voudrait se reconvertir, il a 30 ans", "vendeur", false},
		{"une de nos vendeuses voudrait changer de métier", "vendeuse", true},
		{"l'un de mes techniciens souhaite faire un bilan", "technicien", false},
		{"l'un de nos collaborateurs souhaite faire un bilan de compétences, il a 48 ans", "collaborateur", false},
		// any staff noun after the writer's role of authority (round 22I)
		{"Je suis DRH d'une PME à Lyon, un de nos caristes, 37 ans, en CDI, voudrait se reconvertir.", "salarié", false},
		{"Directrice d'une clinique privée, une de nos infirmières veut devenir cadre de santé.", "salariée", true},
		{"chef de chantier, un de mes compagnons de 35 ans voudrait passer son titre pro", "salarié", false},
		{"Entraîneur de basket, un de mes joueurs de 24 ans voudrait devenir éducateur sportif.", "bénéficiaire", false},
		{"Cadre de santé, une aide-soignante de mon équipe, 45 ans, voudrait devenir infirmière.", "salariée", true},
		{"Je suis chef d'atelier, un jeune régleur de mon atelier voudrait se former", "salarié", false},
		// one person at work named with a possessive and an age, or after
		// « j'ai » (round 22Q of the analysis)
		{"Bonjour, je suis gérant d'une boulangerie à Tours. Ma secrétaire, 52 ans, voudrait se reconvertir dans la comptabilité.", "salariée", true},
		{"Je suis patron d'un garage, mon mécanicien de 35 ans veut se former", "salarié", false},
		{"gérante d'un salon de coiffure, j'ai une coiffeuse de 45 ans qui voudrait changer de métier", "salariée", true},
		{"Je suis DRH, j'ai une collaboratrice qui souhaite faire un bilan de compétences", "collaboratrice", true},
		{"chef d'équipe, mon apprenti a 19 ans et veut arrêter", "apprenti", false},
		// teachers
		{"je suis professeur, un de mes élèves de terminale veut arrêter, il a 18 ans", "élève", false},
		{"une de mes élèves a 17 ans et veut travailler", "élève", true},
		{"mon élève, elle a 16 ans, veut faire un apprentissage", "élève", true},
		// guardians
		{"mon protégé a 35 ans et travaille en ESAT", "protégé", false},
		{"je suis mandataire judiciaire, ma protégée voudrait travailler", "protégée", true},
		{"la personne dont je suis la tutrice a 48 ans, elle est sans emploi", "protégée", true},
		{"Je suis la tutrice de Mme D., 50 ans, au chômage", "protégée", true},
		{"je suis tuteur d'un jeune majeur de 20 ans", "protégé", false},
		// nurses
		{"je suis infirmière, un patient de 50 ans voudrait se reconvertir après son accident", "patient", false},
		{"une patiente de notre service, elle a 44 ans, ne peut plus faire son métier", "patiente", true},
		{"j'écris pour un patient que je suis", "patient", false},
	}
	for _, c := range yes {
		r, ok := Proxy(c.in)
		if !ok || r.Noun != c.noun || r.Feminine != c.feminine {
			t.Errorf("Proxy(%q) = %+v, %v; want %s feminine=%v", c.in, r, ok, c.noun, c.feminine)
		}
	}
	for _, in := range []string{
		"je suis conseillère en insertion et je veux changer de métier",
		"je suis salarié d'une association, je veux me former",
		"je travaille pour un usager à domicile, je voudrais changer de métier",
		"j'accompagne des jeunes, je veux changer de métier",
		"je suis éducatrice, j'accompagne des jeunes en foyer et je voudrais me reconvertir",
		"je suis élève infirmière",
		"je suis patient et motivé",
		"je suis un patient de l'hôpital, je ne peux plus travailler",
		"je suis une jeune femme de 24 ans au chômage",
		"la femme que je suis devenue veut changer de vie",
		"je suis aide-soignante, je m'occupe de patients âgés et je veux évoluer",
		"je suis salariée, mon employeur ne veut pas de ma formation",
		"je suis professeur des écoles et je veux me reconvertir",
		"je suis auxiliaire de vie, j'accompagne une personne âgée et je veux changer de métier",
		"je suis responsable RH et je voudrais faire un bilan de compétences pour moi",
		"je suis agent de la fonction publique territoriale",
		"je suis un ancien élève du lycée Victor Hugo",
		"je suis stagiaire dans une entreprise",
		"Dentiste en libéral, ma collaboratrice assure une partie des rendez-vous. Je voudrais me reconvertir.",
		"un de mes collègues m'a parlé du CEP, je veux changer de métier",
		"je suis cariste, un de nos chefs m'a parlé de vous, je veux me former",
		"Je suis manager d'une équipe de 10, un de nos commerciaux est parti, je veux me reconvertir.",
		"Responsable de magasin, une de mes amies m'a conseillé de vous écrire",
		"Responsable d'équipe, une collègue de mon équipe m'a parlé de vous, je veux me reconvertir",
		"Directrice, une amie de ma mairie m'a dit de vous écrire",
		"Je suis directrice commerciale, ma carrière de 20 ans dans la banque me pèse, je veux me reconvertir",
		"Responsable de magasin, mon expérience de 15 ans en vente me permet-elle une VAE ?",
		"gérant d'un restaurant, mon restaurant a 20 ans et je veux changer de vie",
		"je suis manager, mon entreprise a 30 ans, je voudrais me former",
		"Je suis chef de rayon, 45 ans, je veux me reconvertir",
		"je suis gérante, j'ai une idée de reconversion à 50 ans",
		"Directeur d'agence, j'ai un projet de 2 ans pour devenir formateur",
		"Je suis gérant et ma secrétaire m'a parlé de vous, je veux me former, 52 ans",
		"je suis vendeuse, une de nos vendeuses m'a parlé du CEP, je veux me reconvertir",
		"un de mes techniciens est parti, je voudrais changer de métier",
	} {
		if r, ok := Proxy(in); ok {
			t.Errorf("Proxy(%q) = %+v, want none: the writer speaks of themself", in, r)
		}
	}
}
