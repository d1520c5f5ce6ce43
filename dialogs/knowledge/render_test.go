package knowledge

import (
	"strings"
	"sync"
	"testing"
	"time"
)

func TestAnswerStatusAdaptation(t *testing.T) {
	q := "je peux démissionner pour me reconvertir et toucher le chômage ?"
	for _, st := range []string{"", "salarie_prive"} {
		m := Answer(q, st)
		if len(m) == 0 || m[0].Card.ID != "demission_reconversion" || m[0].Note != "" {
			t.Fatalf("statut %q : %+v", st, m)
		}
	}
	plain := Answer(q, "")[0].Score
	for _, st := range []string{"agent_public", "demandeur_emploi"} {
		var got *Match
		for i, m := range Answer(q, st) {
			if m.Card.ID == "demission_reconversion" {
				got = &Answer(q, st)[i]
			}
		}
		if got == nil {
			t.Fatalf("statut %s : démission-reconversion absente", st)
		}
		if got.Score >= plain {
			t.Errorf("statut %s : score %.2f non rétrogradé (%.2f)", st, got.Score, plain)
		}
		if !strings.Contains(got.Note, "ne concerne pas") {
			t.Errorf("statut %s : note %q", st, got.Note)
		}
		if r := Render([]Match{*got}); !strings.Contains(r, got.Note) {
			t.Errorf("Render sans la note : %q", r)
		}
	}
}

func TestAnswerNothing(t *testing.T) {
	for _, q := range []string{"", "   ", "?", "quelle heure est-il ?", "le la les de du", strings.Repeat("x", 5000)} {
		if m := Answer(q, ""); m != nil {
			t.Errorf("Answer(%.30q) = %v, attendu nil", q, m[0].Card.ID)
		}
	}
	if Render(nil) != "" {
		t.Error("Render(nil) non vide")
	}
}

func TestAnswerRankedAndBounded(t *testing.T) {
	m := Answer("comment financer une formation avec mon CPF ou une VAE ?", "")
	if len(m) == 0 || len(m) > maxMatches {
		t.Fatalf("%d résultats", len(m))
	}
	for i := 1; i < len(m); i++ {
		if m[i].Score > m[i-1].Score {
			t.Errorf("non trié : %v", m)
		}
	}
}

func TestRender(t *testing.T) {
	m := Answer("c'est quoi la VAE ?", "")
	r := Render(m)
	c := ByID("vae")
	for _, want := range []string{c.Title, c.Body, "Source : " + c.Sources[0]} {
		if !strings.Contains(r, want) {
			t.Errorf("Render sans %q :\n%s", want, r)
		}
	}
	// Two cards when the second is close.
	two := []Match{{Card: ByID("cpf"), Score: 3}, {Card: ByID("vae"), Score: 2.9}, {Card: ByID("ptp"), Score: 2.8}}
	r = Render(two)
	if !strings.Contains(r, ByID("vae").Title) || strings.Contains(r, ByID("ptp").Title) {
		t.Errorf("deux fiches attendues :\n%s", r)
	}
	one := []Match{{Card: ByID("cpf"), Score: 3}, {Card: ByID("vae"), Score: 1}}
	if r := Render(one); strings.Contains(r, ByID("vae").Title) {
		t.Errorf("une fiche attendue :\n%s", r)
	}
	if n := len([]rune(Render(two))); n > 2*MaxBody+600 {
		t.Errorf("réponse trop longue : %d", n)
	}
}

func TestForOrientation(t *testing.T) {
	for _, p := range append(cloneS(Projects), "", "autre") {
		for _, st := range append(cloneS(Statuses), "") {
			cs := ForOrientation(p, st)
			if len(cs) == 0 || len(cs) > 3 {
				t.Errorf("ForOrientation(%q, %q) : %d fiches", p, st, len(cs))
			}
			seen := map[string]bool{}
			for _, c := range cs {
				if c.Kind == KindCEP || c.Kind == KindOperator {
					t.Errorf("ForOrientation(%q, %q) : fiche %s", p, st, c.ID)
				}
				if !c.AppliesTo(st) {
					t.Errorf("ForOrientation(%q, %q) : %s ne s'applique pas", p, st, c.ID)
				}
				if seen[c.ID] {
					t.Errorf("doublon %s", c.ID)
				}
				seen[c.ID] = true
			}
		}
	}
	ids := func(cs []*Card) string {
		var s []string
		for _, c := range cs {
			s = append(s, c.ID)
		}
		return strings.Join(s, ",")
	}
	for _, tc := range []struct{ project, status, want string }{
		{"reconversion", "salarie_prive", "demission_reconversion,ptp,periode_reconversion"},
		{"reconversion", "agent_public", "bilan_competences,cpf,vae"},
		{"reconversion", "demandeur_emploi", "formation_demandeurs_emploi,bilan_competences,cpf"},
		{"creation_activite", "demandeur_emploi", "creation_reprise,cpf"},
		{"vae", "", "vae,cpf"},
		{"bilan", "agent_public", "bilan_competences,cpf"},
	} {
		if got := ids(ForOrientation(tc.project, tc.status)); got != tc.want {
			t.Errorf("ForOrientation(%q, %q) = %s, attendu %s", tc.project, tc.status, got, tc.want)
		}
	}
}

func cloneS(s []string) []string { return append([]string(nil), s...) }

func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 50 {
				q := []string{"c'est quoi la vae", "mon cpf", "démission ?", "bilan de competance"}[(i+j)%4]
				_ = Render(Answer(q, Statuses[j%len(Statuses)]))
				_ = IsQuestion(q)
				_ = ForOrientation(Projects[j%len(Projects)], "")
			}
		}()
	}
	wg.Wait()
}

func TestTypoTolerance(t *testing.T) {
	for q, want := range map[string]string{
		"bilan de competance":            "bilan_competences",
		"validasion des acquis":          "vae",
		"la demision reconvertion":       "demission_reconversion",
		"transitoin ecologique":          "transition_ecologique",
		"missoin locale pour les jeunes": "mission_locale",
	} {
		m := Answer(q, "")
		if len(m) == 0 || m[0].Card.ID != want {
			t.Errorf("Answer(%q) = %v, attendu %s", q, m, want)
		}
	}
}

func TestLongInputBounded(t *testing.T) {
	big := strings.Repeat("je voudrais savoir comment utiliser mon compte formation pour une VAE ", 1000) // ~70 KiB
	start := time.Now()
	_ = IsQuestion(big)
	_ = Answer(big, "salarie_prive")
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("64 KiB : %v", d)
	}
}
