package knowledge

import (
	"slices"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/intent"
)

func ids(cs []*Card) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func TestForProfile(t *testing.T) {
	cases := []struct {
		name    string
		p       Profile
		want    []string // cards that must be shown
		notWant []string // cards that must not be shown
	}{
		{"CDI employee, reconversion", Profile{Status: "salarie_prive", Age: 40, Situations: []string{"cdi"}, Project: "reconversion"},
			[]string{"demission_reconversion"}, []string{"cej", "arret_maladie"}},
		{"working student, reconversion", Profile{Status: "salarie_prive", Age: 23, Situations: []string{StudentJob}, Project: "reconversion"},
			nil, []string{"demission_reconversion"}},
		{"apprentice, reconversion", Profile{Status: "salarie_prive", Age: 27, Situations: []string{"apprenti"}, Project: "reconversion"},
			nil, []string{"demission_reconversion"}},
		{"intermittent, reconversion", Profile{Status: "salarie_prive", Age: 35, Situations: []string{"intermittent"}, Project: "reconversion"},
			nil, []string{"demission_reconversion"}},
		{"sick leave, reconversion", Profile{Status: "salarie_prive", Age: 45, Situations: []string{"arret_maladie"}, Project: "reconversion"},
			[]string{"arret_maladie"}, []string{"demission_reconversion"}},
		{"unknown status, reconversion", Profile{Project: "reconversion"},
			nil, []string{"demission_reconversion", "cej"}},
		{"job seeker 20", Profile{Status: "demandeur_emploi", Age: 20, Project: "reprise_activite"},
			[]string{"cej"}, []string{"demission_reconversion", "arret_maladie"}},
		{"job seeker 30", Profile{Status: "demandeur_emploi", Age: 30, Project: "reprise_activite"},
			nil, []string{"cej"}},
		{"student 20", Profile{Status: "etudiant", Age: 20, Project: "formation"},
			nil, []string{"cej"}},
		{"young in training", Profile{Age: 19, Situations: []string{"en_formation"}, Project: "formation"},
			nil, []string{"cej"}},
		{"public agent", Profile{Status: "agent_public", Age: 50, Project: "reconversion"},
			nil, []string{"demission_reconversion", "ptp"}},
	}
	for _, c := range cases {
		got := ids(ForProfile(c.p))
		if len(got) == 0 || len(got) > 3 {
			t.Errorf("%s: %d cards %v, want 1 to 3", c.name, len(got), got)
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: cards %v, want %s among them", c.name, got, w)
			}
		}
		for _, w := range c.notWant {
			if slices.Contains(got, w) {
				t.Errorf("%s: cards %v, must not contain %s", c.name, got, w)
			}
		}
	}
}

// The situations a card may name are the ones dialogs/intent recognises,
// and the dialogue's working student.
func TestSituationsMatchIntent(t *testing.T) {
	known := []intent.Situation{intent.Retired, intent.ESAT, intent.SickLeave, intent.Military, intent.ParentalLeave,
		intent.AtHome, intent.DontKnow, intent.Apprentice, intent.Intermittent, intent.FixedTerm, intent.Interim,
		intent.InTraining, intent.PermanentJob, intent.SchoolPupil}
	var want []string
	for _, s := range known {
		want = append(want, string(s))
	}
	want = append(want, StudentJob) // the dialogue's own
	if !slices.Equal(want, Situations) {
		t.Errorf("knowledge.Situations = %v, intent situations = %v", Situations, want)
	}
}

func TestAnswerForPrefersFittingCards(t *testing.T) {
	p := Profile{Status: "salarie_prive", Age: 40, Situations: []string{"arret_maladie"}}
	ms := AnswerFor("je suis en arrêt maladie, est-ce que je peux démissionner pour me reconvertir ?", p)
	if len(ms) == 0 {
		t.Fatal("no answer")
	}
	for i, m := range ms {
		if m.Card.ID == "demission_reconversion" {
			for _, x := range ms[i+1:] {
				if x.Card.Fits(p) && x.Card.Kind == KindScheme {
					t.Errorf("démission-reconversion (does not fit) before %s (fits): %v", x.Card.ID, ids(cardsOf(ms)))
				}
			}
		}
	}
}

func cardsOf(ms []Match) []*Card {
	var out []*Card
	for _, m := range ms {
		out = append(out, m.Card)
	}
	return out
}

func TestCardConditionsValidated(t *testing.T) {
	c := &Card{ID: "x", Kind: KindScheme, Title: "x", Body: "x", Sources: []string{"https://x.fr"}, Situations: []string{"inconnue"}, MinAge: 30, MaxAge: 20, StatusRequired: true}
	c.Reviewed = c.Reviewed.AddDate(2026, 0, 0)
	if err := c.Validate(); err == nil {
		t.Fatal("a card with an unknown situation, inverted ages and status_required without for is accepted")
	}
}
