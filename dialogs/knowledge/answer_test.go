package knowledge

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
)

var minQuestions = 150

var dump = flag.Bool("dump", false, "print the scores of every labelled question")

type labelled struct {
	Q      string  `json:"q"`
	Card   *string `json:"card"`
	Status string  `json:"status"`
}

func readQuestions(t testing.TB) []labelled {
	t.Helper()
	f, err := os.Open("testdata/questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var l labelled
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("questions.jsonl:%d: %v", n, err)
		}
		if l.Card != nil && ByID(*l.Card) == nil {
			t.Fatalf("questions.jsonl:%d: fiche %q inconnue", n, *l.Card)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestAccuracy measures Answer on the labelled questions: top-1 and top-2
// accuracy, counting a null label as right when Answer returns nil and a
// card label as wrong when Answer returns nil.
func TestAccuracy(t *testing.T) {
	qs := readQuestions(t)
	if len(qs) < minQuestions {
		t.Fatalf("%d questions, 150 au moins attendues", len(qs))
	}
	var top1, top2, nulls int
	for _, l := range qs {
		ms, r := rank(l.Q, l.Status)
		got := Answer(l.Q, l.Status)
		want := "∅"
		if l.Card != nil {
			want = *l.Card
		} else {
			nulls++
		}
		g1, g2 := "∅", "∅"
		if len(got) > 0 {
			g1 = got[0].Card.ID
		}
		if len(got) > 1 {
			g2 = got[1].Card.ID
		}
		ok1 := g1 == want
		ok2 := ok1 || (l.Card != nil && g2 == want)
		if ok1 {
			top1++
		}
		if ok2 {
			top2++
		}
		if *dump {
			best := ""
			if len(ms) > 0 {
				best = ms[0].Card.ID
			}
			t.Logf("%-5v want=%-28s best=%-28s score=%.2f matched=%.2f top=%.2f cov=%.2f  %q", ok1, want, best, r.score, r.matched, r.topical, r.coverage, l.Q)
		} else if !ok1 {
			t.Logf("raté : %q (statut %q) : attendu %s, obtenu %s puis %s", l.Q, l.Status, want, g1, g2)
		}
	}
	n := float64(len(qs))
	a1, a2 := float64(top1)/n, float64(top2)/n
	t.Logf("%d questions (%d sans réponse attendue) : top-1 %.1f %%, top-2 %.1f %%", len(qs), nulls, 100*a1, 100*a2)
	if a1 < 0.90 || a2 < 0.97 {
		t.Errorf("précision insuffisante : top-1 %.1f %% (min 90), top-2 %.1f %% (min 97)", 100*a1, 100*a2)
	}
}

// A civil servant worried that the employer will learn of it reads the
// answer for civil servants, not the private-sector one; the worry is
// recognised though it is stated, not asked.
func TestConfidentialityConcernByStatus(t *testing.T) {
	for _, msg := range []string{
		"je ne veux pas que mon employeur soit au courant",
		"j'ai peur que mon patron l'apprenne",
		"sans que ma hiérarchie le sache",
		"est-ce que mon directeur sera prévenu ?",
		"ma supérieure va être au courant ?",
		// the worry inside a long description that names the public employer
		"Je suis prof dans un collège public à Lyon, 45 ans, je veux changer de métier mais je ne veux pas que mon principal le sache",
	} {
		if !IsQuestion(msg) {
			t.Errorf("%q not taken for a question", msg)
		}
		m := Answer(msg, "agent_public")
		if len(m) == 0 || m[0].Card.ID != "cep_confidentiel" {
			t.Fatalf("%q: no confidentiality card: %+v", msg, m)
		}
		out := RenderFor(m, "agent_public")
		if !strings.Contains(out, "Agent public :") || strings.Contains(out, "Salarié du privé :") || strings.Contains(out, "[") {
			t.Errorf("%q rendered for agent_public:\n%s", msg, out)
		}
		if all := RenderFor(m, ""); !strings.Contains(all, "Salarié du privé :") || !strings.Contains(all, "Agent public :") {
			t.Errorf("unknown status should see every line:\n%s", all)
		}
	}
	for _, msg := range []string{"mon employeur est une PME", "je suis au courant de rien"} {
		if isConcern(normQ(msg)) {
			t.Errorf("%q taken for a worry", msg)
		}
	}
}

// « c'est payant ? » is about the CEP whatever the status: the card on the
// CEP is for everyone, so it is boosted like a card listing the status,
// and an employee is not first told about the démission-reconversion.
func TestCEPCardFirstForAnyStatus(t *testing.T) {
	for _, st := range []string{"", "salarie_prive", "demandeur_emploi", "agent_public"} {
		for _, q := range []string{"c'est payant ?", "est-ce que c'est payant ?", "c'est combien ?", "c combien",
			"ça coûte combien", "ça fait combien ?", "il faut payer ?", "je dois payer quelque chose ?", "c'est cher ?"} {
			if m := Answer(q, st); len(m) == 0 || m[0].Card.ID != "cep_confidentiel" {
				t.Errorf("%q (%q): first card %v, want cep_confidentiel", q, st, m)
			}
		}
	}
}

// An age in a description that is also a question says who asks, not what
// about: « 48 ans » must not pick the card that mentions « 48 heures ».
func TestAgeIsNotATopic(t *testing.T) {
	for _, tc := range []struct{ q, status, want string }{
		{"je suis professeure des écoles, j'ai 48 ans et je voudrais changer de métier sans que mon employeur le sache", "agent_public", "cep_confidentiel"},
		{"j'ai 48 ans, je ne veux pas que mon patron l'apprenne", "salarie_prive", "cep_confidentiel"},
		{"combien d'heures pour un congé VAE ? 48 heures ?", "salarie_prive", "vae"},
	} {
		m := Answer(tc.q, tc.status)
		if len(m) == 0 || m[0].Card.ID != tc.want {
			got := "∅"
			if len(m) > 0 {
				got = m[0].Card.ID
			}
			t.Errorf("%q: card %s, want %s", tc.q, got, tc.want)
		}
	}
}

// A price asked of a named thing is about its funding, not about the CEP
// being free; a price alone, or of the appointment, is about the CEP.
func TestPriceOfAThingIsFunding(t *testing.T) {
	for _, tc := range []struct{ q, status, notCard, card string }{
		{"combien coûte une formation ?", "", "cep_confidentiel", ""},
		{"la formation est chère ?", "salarie_prive", "cep_confidentiel", ""},
		{"c'est payant un bilan de compétences ?", "", "", "bilan_competences"},
		{"combien coûte une VAE ?", "", "", "vae"},
		{"ça coûte combien le rdv avec le conseiller ?", "", "", "cep_confidentiel"},
		{"c'est gratuit ?", "demandeur_emploi", "", "cep_confidentiel"},
	} {
		m := Answer(tc.q, tc.status)
		if len(m) == 0 {
			t.Errorf("%q: no card", tc.q)
			continue
		}
		if tc.card != "" && m[0].Card.ID != tc.card {
			t.Errorf("%q: first card %s, want %s", tc.q, m[0].Card.ID, tc.card)
		}
		if tc.notCard != "" && m[0].Card.ID == tc.notCard {
			t.Errorf("%q: first card %s", tc.q, m[0].Card.ID)
		}
	}
}
