package analysis

import "testing"

// TestTitledWorkplace: a town named with a public agent's title or a public
// employer is the workplace (Workplace set, home asked); what is no such
// job, or a town said to be lived in, stays the home (issue 13). Sentences
// of our own, not of the labelled sets.
func TestTitledWorkplace(t *testing.T) {
	for _, tc := range []struct {
		in, dep, work string
	}{
		// must catch: the workplace, the home is asked
		{"Je suis gardien de la paix à Lille et je veux changer de métier.", "", "59"},
		{"brigadier de police municipale a toulon, je veux passer dans le prive", "", "83"},
		{"Je suis adjointe administrative territoriale à Besançon.", "", "25"},
		{"fonctionnaire hospitalier depuis 12 ans à Limoges, je sature", "", "87"},
		{"Militaire du rang dans un régiment du génie à Angers, 24 ans", "", "49"},
		{"vacataire ville de Brest, animation du midi", "", "29"},
		{"Je suis contractuelle au rectorat de l'académie à Amiens.", "", "80"},
		{"Attaché territorial à la Région, siège de Bordeaux", "", "33"},
		{"chauffeur au parc auto du conseil départemental de la Sarthe", "", "72"},
		// must not catch: the home
		{"je suis au chômage à Lille", "59", ""},
		{"demandeuse d'emploi sur Lens", "62", ""},
		{"retraitée à Vannes", "56", ""},
		{"45 ans, Lens, au RSA", "62", ""},
		{"vendeuse, 47 ans, Dijon", "21", ""},
		{"policière 38 ans a nimes", "30", ""},                                       // an SMS list: the age parts the items
		{"jhabite a angers, 24 ans, je taffe au mcdo", "49", ""},                     // a verb of living (Valence has homonyms: asked)
		{"Je suis gendarme, j'habite à Angers", "49", ""},                            // ditto, after the title
		{"Je suis secrétaire de mairie à Rodez, où je vis depuis 20 ans.", "12", ""}, // the workplace is the home too
		{"infirmière au CHU de Caen, j'y habite", "14", ""},
		{"Je voudrais devenir policier municipal à Nantes.", "44", ""},               // a wish: no job there
		{"Avant j'étais gendarme à Tulle, maintenant je suis au chômage.", "19", ""}, // a former job
		{"Je suis artisan menuisier à Colmar, 49 ans", "68", ""},                     // the self-employed: labels take the home
	} {
		f := Analyse(tc.in, benchNow)
		if f.Departement != tc.dep || f.Workplace != tc.work {
			t.Errorf("Analyse(%q): département %q workplace %q, want %q %q", tc.in, f.Departement, f.Workplace, tc.dep, tc.work)
		}
		if tc.work != "" && !f.Doubts.Has(DoubtHome) {
			t.Errorf("Analyse(%q): the home must be asked", tc.in)
		}
	}
}
