package intent

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSituations(t *testing.T) {
	cases := []struct {
		in   string
		want []Situation
	}{
		{"retraité", []Situation{Retired}},
		{"Je suis à la retraite depuis 2 ans", []Situation{Retired}},
		{"jeune retraitée, je voudrais reprendre une activité", []Situation{Retired}},
		{"je pars à la retraite dans deux ans et je veux préparer la suite", nil},
		{"je prépare ma retraite", nil},
		{"je travaille en ESAT", []Situation{ESAT}},
		{"je suis en arrêt maladie depuis 6 mois", []Situation{SickLeave}},
		{"arrêt de travail après un accident du travail", []Situation{SickLeave}},
		{"je suis en mi-temps thérapeutique", []Situation{SickLeave}},
		{"je suis militaire et je quitte l'armée l'an prochain", []Situation{Military}},
		{"congé parental", []Situation{ParentalLeave}},
		{"je suis en congé maternité", []Situation{ParentalLeave}},
		{"mère au foyer depuis 10 ans", []Situation{AtHome}},
		{"je ne sais pas", []Situation{DontKnow}},
		{"jsp", []Situation{DontKnow}},
		{"aucune idée", []Situation{DontKnow}},
		{"je ne sais pas quoi faire de ma vie", nil},
		{"je sais que je veux changer", nil},
		{"je suis apprenti boulanger", []Situation{Apprentice}},
		{"je cherche un apprentissage", nil},
		{"j'ai 15 ans et je veux faire un apprentissage en mécanique", nil},
		{"je voudrais faire de l'alternance", nil},
		{"intermittente du spectacle", []Situation{Intermittent}},
		{"je suis en CDD jusqu'en mars", []Situation{FixedTerm}},
		{"intérimaire", []Situation{Interim}},
		{"je suis en CDI depuis 8 ans", []Situation{PermanentJob}},
		{"je suis en formation qualifiante", []Situation{InTraining}},
		{"je voudrais faire une formation", nil},
		{"je suis au collège en 3e", []Situation{InTraining, SchoolPupil}},
		{"I'm retired", []Situation{Retired}},
		{"I don't know", []Situation{DontKnow}},
		{"salarié dans le privé", nil},
	}
	for _, c := range cases {
		if got := Situations(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Situations(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	if got := Other("en arrêt maladie, en CDI"); got != SickLeave {
		t.Errorf("Other = %q, want %q", got, SickLeave)
	}
	if got := Other("je suis en CDI"); got != "" {
		t.Errorf("Other(CDI) = %q, want none", got)
	}
}

func TestProxy(t *testing.T) {
	yes := []struct {
		in       string
		noun     string
		feminine bool
	}{
		{"c'est pour mon fils", "fils", false},
		{"C'est pour ma fille qui a 17 ans", "fille", true},
		{"je me renseigne pour ma femme", "femme", true},
		{"Bonjour, mon fils a 15 ans et cherche un apprentissage", "fils", false},
		{"ma fille est au chômage", "fille", true},
		{"Pour mon fils de 19 ans : il ne sait pas quoi faire", "fils", false},
		{"j'écris de la part de mon mari", "mari", false},
		{"je demande pour un proche", "proche", false},
		{"c'est pour mon petit-fils", "petit-fils", false},
		{"I'm asking for my son", "fils", false},
		{"my daughter is 17 and wants to work", "fille", true},
		{"je vous écris à la place de ma mère", "mère", true},
		// typed on a phone
		{"bonjour c pour mon fils", "fils", false},
		{"cest pr ma fille elle a 20 ans", "fille", true},
		{"bjr je vous ecris pr mon fils", "fils", false},
		{"jvous ecris pour mn mari", "mari", false},
		// a letter's introduction
		{"Fonctionnaire, je m'adresse à vous pour ma femme qui est au chômage depuis un an.", "femme", true},
		{"Madame, Monsieur, je me permets de vous écrire au sujet de mon fils, 19 ans, sans diplôme.", "fils", false},
		{"Bonjour, je vous contacte concernant ma mère qui voudrait se reconvertir.", "mère", true},
		{"je me permet de vous contacter pour mon neveu", "neveu", false},
		{"Ma demande concerne mon mari, licencié en mars.", "mari", false},
		{"Il s'agit de ma sœur, elle a 34 ans et cherche une formation.", "sœur", true},
		{"je m'adresse à vous à propos de mon frère", "frère", false},
	}
	for _, c := range yes {
		r, ok := Proxy(c.in)
		if !ok || r.Noun != c.noun || r.Feminine != c.feminine {
			t.Errorf("Proxy(%q) = %+v, %v; want %s feminine=%v", c.in, r, ok, c.noun, c.feminine)
		}
	}
	for _, in := range []string{
		"j'ai deux enfants et je cherche un emploi",
		"je m'occupe de ma mère malade",
		"mère de trois enfants, je veux me reconvertir",
		"je suis salariée et ma fille est grande maintenant, je veux changer de métier",
		"je veux travailler pour mon compte",
		"ma femme et moi voulons créer une entreprise",
		"je cherche un emploi pr ma famille, j'ai 3 enfants",
		"c pour ma reconversion",
		"je m'adresse à vous pour ma reconversion, je suis au chômage",
		"je me permets de vous écrire au sujet de ma formation",
		"je vous contacte concernant mon projet, ma femme me soutient",
		"il s'agit de mon avenir professionnel",
	} {
		if r, ok := Proxy(in); ok {
			t.Errorf("Proxy(%q) = %+v, want none", in, r)
		}
	}
}

func TestDistress(t *testing.T) {
	cases := []struct {
		in   string
		want Distress
	}{
		{"je suis en burn-out", Illness},
		{"burn out depuis 3 mois", Illness},
		{"j'ai été licencié la semaine dernière", JobLoss},
		{"je suis perdu", Lost},
		{"je ne sais plus quoi faire", Lost},
		{"j'en peux plus de ce travail", Exhausted},
		{"je suis au bout du rouleau", Exhausted},
		{"je suis vraiment à bout", Exhausted},
		{"je suis angoissée à l'idée de changer", Exhausted},
		{"je veux venir à bout de ma formation", ""},
		{"je suis à bout de souffle", Exhausted},
		{"mon mari est décédé l'an dernier", Loss},
		{"j'ai perdu ma mère et je dois reprendre le travail", Loss},
		{"je suis malade et je ne peux plus faire mon métier", Illness},
		{"j'ai envie d'en finir", Crisis},
		{"je suis salarié à Lyon", ""},
		{"licencié en droit, je cherche un poste", ""},
		{"je travaille à l'assurance maladie", ""},
		{"I was laid off", JobLoss},
		{"vous êtes nuls, je vous ai déjà tout dit", Angry},
		{"ça fait trois fois que je recommence", Angry},
		{"votre robot est inutile", Angry},
		{"j'en ai marre de mon travail", ""},
		{"mon boulot c'est nul", ""},
		{"je ferais n'importe quoi pour changer", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := DistressOf(c.in); got != c.want {
			t.Errorf("DistressOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDetectLang(t *testing.T) {
	cases := []struct {
		in   string
		want Lang
	}{
		{"Hello, I am looking for a job in Paris", English},
		{"I lost my job and I need help", English},
		{"I'm 23 and I live in Lyon", English},
		{"help", English},
		{"english please", English},
		{"do you speak English?", English},
		{"hi", English},
		{"Can I talk to a human?", English},
		{"I am a student", English},
		{"Bonjour, je cherche un emploi", French},
		{"je suis salarié", French},
		{"Hello, je voudrais changer de métier", French},
		{"hello", English},
		{"oui", Unknown},
		{"ok", Unknown},
		{"yes", Unknown},
		{"no", Unknown},
		{"75011", Unknown},
		{"Lyon", Unknown},
		{"2", Unknown},
		{"j'ai 45 ans", French},
		{"chômage", French},
		{"salarié", French},
	}
	for _, c := range cases {
		if got := DetectLang(c.in); got != c.want {
			t.Errorf("DetectLang(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzIntents: no input makes any recogniser panic, loop or return
// something outside its set.
func FuzzIntents(f *testing.F) {
	for _, s := range []string{"je veux parler à un humain", "c'est pour mon fils", "burn-out", "I need help",
		"retraité", "mon", "pour ma", "je ne", strings.Repeat("conseiller ", 300), "\xff\xfe", "quelqu'un"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = Human(s)
		for _, x := range Situations(s) {
			if x == "" {
				t.Fatal("empty situation")
			}
		}
		if r, ok := Proxy(s); ok && (r.Noun == "" || !utf8.ValidString(r.Noun)) {
			t.Fatalf("Proxy(%q) = %+v", s, r)
		}
		switch DistressOf(s) {
		case "", Crisis, Loss, Illness, JobLoss, Lost, Exhausted, Angry:
		default:
			t.Fatalf("DistressOf(%q)", s)
		}
		switch DetectLang(s) {
		case Unknown, French, English:
		default:
			t.Fatalf("DetectLang(%q)", s)
		}
	})
}

func TestToFrench(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Hello, I lost my job and I live in Paris. I am 35 years old.", "j'ai 35 ans. je suis au chômage. j'habite à Paris"},
		{"I am unemployed", "je suis au chômage"},
		{"I work for a private company in Lyon and I want to change careers", "je suis salarié du privé. je veux me reconvertir. j'habite à Lyon"},
		{"I'm a student in Toulouse, 20 years old, looking for a job", "j'ai 20 ans. je suis au chômage. je suis étudiant"},
		{"I am 35", "j'ai 35 ans"},
		// « work as a nurse in a … » says nothing of the sector by itself:
		// with a public hospital it is a public job, never « du privé ».
		{"Hi, I'm 31, I work as a nurse in a public hospital in Bordeaux and I want to retrain", "j'ai 31 ans. je travaille à l'hôpital public. je suis fonctionnaire. je veux me reconvertir. j'habite à Bordeaux"},
		{"I work as a cashier in a supermarket in Lille", "je suis salarié du privé. j'habite à Lille"},
		{"hello", ""},
		{"I'm not a manager", "je ne suis pas cadre"},
		{"I am not disabled", "je n'ai pas de handicap"},
		{"he is 17 and unemployed", "j'ai 17 ans. je suis au chômage"},
		{"I don't have a job", "je suis au chômage"},
	}
	for _, c := range cases {
		got := ToFrench(c.in)
		if !strings.HasPrefix(got, strings.TrimSpace(c.want)) {
			t.Errorf("ToFrench(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
