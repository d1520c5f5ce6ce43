package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Issue 13, persona p24c: a postal code typed with the space of a printed
// address (« 75 015 », « 69 003 ») and a département said digit by digit
// the way « le 9-3 » is (« dans le 6-9 », « du 5-9 ») are places; sums,
// ranges, dates and scores written the same way are not.
func TestSpacedPostalCodeAndSpelledDepartement(t *testing.T) {
	for _, c := range []struct{ text, dep string }{
		// what changes
		{"salarie 75 015", "75"},
		{"salarie, code postal 75 015", "75"},
		{"j'habite au 69 003", "69"},
		{"j'ai 45 ans et je vis au 33 700", "33"},
		{"slt jsui au chomdu dpuis 1 an jai 29a jhabite dans le 6-9", "69"},
		{"je vis dans le 1-3 depuis toujours", "13"},
		{"jsui du 5-9, salarié", "59"},
		{"je bosse dans le 9-2 et j'habite dans le 7-8", "78"},
		{"salarié, le 3-3", "33"},
		// near-misses that must not change
		{"il y a 30 000 habitants dans ma ville", ""},
		{"salaire 35 000 brut", ""},
		{"j'ai 45 000 € de dettes", ""},
		{"un prêt de 20 000", ""},
		{"je gagne 30 000 par an", ""},
		{"sur 35 000 postes", ""},
		{"j'ai 6-9 mois de chomage", ""},
		{"enfants de 6-9 ans", ""},
		{"match le 3-2", ""},
		{"on a gagné le 3-2 hier", ""},
		{"rdv le 6-9 decembre", ""},
		{"note de 6-7 sur 10", ""},
		{"dans le 9-3", "93"},
		{"cp 33 000", "33"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Departement != c.dep {
			t.Errorf("%q: département %q; want %q", c.text, f.Departement, c.dep)
		}
	}
	// the answer to « Où habitez-vous ? »
	for _, c := range []struct{ text, dep string }{
		{"le 6-9", "69"},
		{"6-9", "69"},
		{"69 003", "69"},
		{"97 400", "974"},
	} {
		if f := analysis.ParsePlace(c.text); f.Departement != c.dep {
			t.Errorf("answer %q: département %q; want %q", c.text, f.Departement, c.dep)
		}
	}
}

// Issue 13, persona p24c: « j'habite au Tampon » typed in lower case is the
// town Le Tampon (La Réunion), as « j'habite tours » is Tours: a verb of
// living right before « au » says a town follows. Near-misses: the same
// words after a verb of work, or as a noun with a complement (« au port de
// Marseille »), stay words.
func TestLivingVerbBeforeArticleTown(t *testing.T) {
	for _, c := range []struct{ text, dep string }{
		// what changes
		{"je vis au tampon", "974"},
		{"j'habite au moule depuis 3 ans", "971"},
		{"j'habite au diamant, salariée", "972"},
		// near-misses that must not change
		{"je travaille au port", ""},
		{"je suis docker au port", ""},
		{"je vis au port de marseille", "13"},
		{"je fais des tampons au tampon encreur", ""},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Departement != c.dep {
			t.Errorf("%q: département %q; want %q", c.text, f.Departement, c.dep)
		}
	}
}

// Issue 13, persona p24c: a visitor back in France from abroad (or a COM)
// who names where they live in France is routed there, not to the contacts
// for abroad; « je suis rentré du Canada » alone names the place left, so
// the home is asked. Near-misses: a return still to come, a cross-border
// worker, a home abroad, a French home with a trip abroad.
func TestReturnToFrance(t *testing.T) {
	for _, c := range []struct {
		text    string
		dep     string
		outside bool
	}{
		// what changes
		{"de retour en France après 10 ans au Québec, je vis chez mes parents à Nantes", "44", false},
		{"revenue du Maroc l'an dernier, j'habite maintenant à Lyon, 45 ans", "69", false},
		{"je suis rentré du Canada, je cherche du travail", "", false},
		{"je reviens de Belgique", "", false},
		{"je suis rentrée du Canada en septembre, j'habite à Rennes", "35", false},
		// near-misses that must not change: a return still to come
		// keeps the home abroad (cep-domain §4 labels the current home)
		{"je vis au Canada, je reviens m'installer à Bordeaux en mars", "", true},
		{"je vis en Belgique et je rentre en France, à Lille", "", true},
		{"je vis en Espagne mais je veux revenir travailler à Perpignan", "", true},
		{"je vis en Belgique, je travaille à Lille", "", true},
		{"frontalier, je travaille en Suisse et j'habite à Annemasse", "74", false},
		{"j'habite à Lyon et je rentre au Maroc cet été", "69", false},
		{"je vis à Genève", "", true},
		{"je vis au Maroc, je rentre en France l'an prochain", "", true},
		{"expatrié au Canada, je rentre à Bordeaux en janvier pour préparer mon retour à l'emploi", "", true},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Departement != c.dep || f.Outside != c.outside {
			t.Errorf("%q: département %q outside %v; want %q %v", c.text, f.Departement, f.Outside, c.dep, c.outside)
		}
	}
}

// Issue 13, persona p24c: a big town spelt as heard (« bordo »,
// « bordeau ») is the town proposed for confirmation, not a small town
// one letter away (Borgo, Haute-Corse). Near-misses: a small town spelt
// right stays itself, a misspelling within one edit keeps its town.
func TestTownSpeltAsHeard(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// what changes
		{"salarie 40 ans, j'habite a bordo", "Bordeaux (Gironde, 33)"},
		{"au chomage, 52 ans, je vis a bordeau", "Bordeaux (Gironde, 33)"},
		// near-misses that must not change
		{"j'habite a strasbour, salariée", "Strasbourg (Bas-Rhin, 67)"},
		{"salarie 40 ans, j'habite a monpelier", "Montpellier (Hérault, 34)"},
		{"salarie 40 ans, j'habite a marseil", "Marseille (Bouches-du-Rhône, 13)"},
		{"salarie 40 ans, j'habite a perpignant", "Perpignan (Pyrénées-Orientales, 66)"},
	} {
		f := analysis.Analyse(c.text, testNow)
		if len(f.Candidates) == 0 || f.Candidates[0] != c.want {
			t.Errorf("%q: candidates %q; want %q first", c.text, f.Candidates, c.want)
		}
	}
	for _, c := range []struct{ text, dep string }{
		{"salarie 40 ans, j'habite a borgo", "2B"}, // spelt right: Borgo
	} {
		if f := analysis.Analyse(c.text, testNow); f.Departement != c.dep {
			t.Errorf("%q: département %q; want %q", c.text, f.Departement, c.dep)
		}
	}
}

// Issue 13, persona p24c: the département of a move to come is kept apart
// (Facts.MoveTo) so that the place question can say it was heard; it is
// never the home. Near-misses: a move made, a place left, a home named.
func TestMoveDestination(t *testing.T) {
	for _, c := range []struct{ text, dep, move string }{
		// what changes
		{"je déménage à Lille le mois prochain", "", "59"},
		{"on s'installe à Brest en juin, je suis salarié", "", "29"},
		{"je déménage à Lille le mois prochain, actuellement à Marseille", "13", "59"},
		// a wish to live somewhere (persona pe5)
		{"je rêve de vivre à Nantes, je suis au chômage, 35 ans", "", "44"},
		{"demandeuse d'emploi, je voudrais aller vivre à Bordeaux", "", "33"},
		{"j'aimerais habiter à Rennes plus tard, je suis au chômage à Lille", "59", "35"},
		// near-misses that must not change
		{"je viens de déménager à Lille", "59", ""},
		{"j'ai quitté Lyon, je cherche du travail", "", ""},
		{"j'habite à Nantes", "44", ""},
		{"j'ai choisi de vivre à Pau il y a dix ans", "64", ""},
		{"je vis à Angers", "49", ""},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Departement != c.dep || f.MoveTo != c.move {
			t.Errorf("%q: département %q move %q; want %q %q", c.text, f.Departement, f.MoveTo, c.dep, c.move)
		}
	}
}
