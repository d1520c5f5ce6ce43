package analysis_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestTuning148 is the scratch set of round 27C (179 messages): places and
// ages as visitors type them on a phone (« jsuis au chomage 44 ans a
// tours », « ds le 59 », « 9-3 », « Paris 15 », « 44a », « né en 82 », an
// age after a comma, two ages in one message), a third near misses
// (« à tour de rôle », « 44 ans de carrière », a relative's age, a wished
// or former town).
func TestTuning148(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning148.jsonl")), nil)
}

// Round 27C: a town that is also a word typed in lower case after « a »
// when it closes its item, the age right before it or alone between commas
// beside the town, « longue durée » of a status; the word, the duration,
// the ambiguous bare number and a year after « en » keep their reading
// (age 0 and "" = asked).
func TestRound27CPlaceAndAge(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		age  int
		dep  string
	}{
		{"jsuis au chomage 44 ans a tours", 44, "37"},
		{"je suis au chômage a tours depuis 3 mois", 0, "37"},
		{"licenciée, 51 ans, a saintes", 51, "17"},
		{"au chomage 38 ans a nice", 38, "06"},
		{"vendeuse en cdi a grasse, 29a", 29, "06"},
		{"au chomage a tours, 44", 44, "37"},
		{"au chômage à Metz, 48", 48, "57"},
		{"Chômeur. 45. Brest.", 45, "29"},
		{"chomage / 41 / angouleme", 41, "16"},
		{"chômeur longue durée 50 ans Charleville-Mézières", 50, "08"},
		{"demandeur d emploi 48 ans a Pointe-à-Pitre", 48, "971"},
		{"auto entrepreneur 31 ans a la reunion", 31, "974"},
		{"jsuis menuisier artisan ds l'ain, 44 ans", 44, "01"},
		{"jsuis agricultrice 35 ans dans la creuse jveux arreter", 35, "23"},
		{"aide a domicile en cdi 48 ans, gueret", 48, "23"},
		{"jsuis a porto vecchio serveur saison finie 23 ans", 23, "2A"},
		{"coiffeuse salariee 32 a jhabite st brieuc", 32, "22"},
		// two ages: the relative's in apposition or after an adjective
		{"Mon mari, 50 ans, est fonctionnaire. Moi je suis sans emploi depuis 2 ans et je voudrais reprendre, 47 ans.", 47, ""},
		{"Mon fils autiste a 12 ans, je suis infirmière en clinique privée, 42 ans, Nice", 42, "06"},
		{"Hi, I'm unemployed, 40, I live in Tours", 40, "37"},
		{"I'm unemployed since my contract ended in March, 45, Strasbourg.", 45, "67"},
		{"en rupture conventionnelle, mon dernier jour c'est le 28, 50 ans, Nantes", 50, "44"},
		{"je quitte la boîte le 30. 46 ans, Toulouse.", 46, "31"},
		// kept: the word, the duration, the bare number without another
		// place or equal to the town's code, a year, a score
		{"on bosse à tour de rôle, au chômage, 35 ans", 35, ""},
		{"je postule a tours de bras, au chomage, 29 ans", 29, ""},
		{"I have a nice job in a shop, au chômage", 0, ""},
		{"il y a tours et tours, au chômage", 0, ""},
		{"au chômage, 33", 0, "33"},
		{"au chômage à Nantes, 44", 0, "44"},
		{"Au chômage, Saint-Brieuc, 22", 0, "22"},
		{"j'ai bossé 25 ans à Tours, aujourd'hui je suis au chômage", 0, "37"},
		{"44 ans de carrière, licencié", 0, ""},
		{"atsem 52 ans a la mairie de vannes", 0, ""},
		{"en 82 j'ai commencé à travailler à l'usine, aujourd'hui licencié", 0, ""},
		{"je suis au chômage depuis 10 ans a tours", 0, "37"},
		{"il y en a un dans le lot, je suis en CDI", 0, ""},
		{"on a perdu 9-3 au match dimanche, je suis en cdi, 29 ans", 29, ""},
		{"sans taf dans le 9-3, 33 ans", 33, "93"},
		{"je vis dans le 28, je travaille à Paris", 0, "28"},
		{"j'habite le 13, je bosse à Paris", 0, "13"},
		{"je bosse dans le centre, cdi", 0, ""},
		{"Je suis au chômage comme mon père, 23 ans, Tourcoing", 23, "59"},
		{"Je tiens un bar-tabac avec mon mari, 50 ans, Narbonne", 50, "11"},
		{"Mon frère il a 24 ans, il travaille dans une épicerie", 24, ""},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Age != c.age {
			t.Errorf("%q: age %d; want %d", c.text, f.Age, c.age)
		}
		if f.Departement != c.dep {
			t.Errorf("%q: departement %q; want %q", c.text, f.Departement, c.dep)
		}
	}
}
