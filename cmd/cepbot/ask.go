package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/cep-accueil/cepbot/dialogs/knowledge"
)

func init() {
	register(command{name: "ask", usage: "ask [--json] [--statut STATUT] \"question\"", summary: "répond à une question sur les dispositifs (fiche et source)", run: runAsk})
}

// askUnknown is the answer when no card is relevant enough.
const askUnknown = "Je ne sais pas répondre à cette question. Un conseiller pourra vous renseigner : écrivez /conseiller."

type askMatch struct {
	ID     string  `json:"id"`
	Title  string  `json:"title"`
	Score  float64 `json:"score"`
	Note   string  `json:"note,omitempty"`
	Source string  `json:"source"`
}

type askResult struct {
	Question   string     `json:"question"`
	Status     string     `json:"status,omitempty"`
	IsQuestion bool       `json:"is_question"`
	Matches    []askMatch `json:"matches"`
	Answer     string     `json:"answer"`
}

// runAsk answers one question from the knowledge cards: the card text, its
// source and, on the last line, the card id; or the « je ne sais pas »
// sentence. --json prints the ranked cards with their scores. An unknown
// question is not an error (exit 0).
func runAsk(ctx context.Context, env *Env, args []string) int {
	jsonOut := false
	status := ""
	var words []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--json" || a == "-json":
			jsonOut = true
		case a == "--statut" || a == "--status" || a == "-statut":
			if i+1 >= len(args) {
				fmt.Fprintln(env.Stderr, "ask: --statut demande une valeur")
				return 2
			}
			i++
			status = args[i]
		case strings.HasPrefix(a, "--statut=") || strings.HasPrefix(a, "--status="):
			status = a[strings.IndexByte(a, '=')+1:]
		case a == "--":
			words = append(words, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "--"):
			fmt.Fprintf(env.Stderr, "ask: option inconnue %q (usage : cepbot ask [--json] [--statut STATUT] \"question\")\n", a)
			return 2
		default:
			words = append(words, a)
		}
	}
	if status != "" && !slices.Contains(knowledge.Statuses, status) {
		fmt.Fprintf(env.Stderr, "ask: statut %q inconnu (valeurs : %s)\n", status, strings.Join(knowledge.Statuses, ", "))
		return 2
	}
	q := strings.TrimSpace(strings.Join(words, " "))
	if q == "" {
		fmt.Fprintln(env.Stderr, "ask: question manquante (usage : cepbot ask [--json] [--statut STATUT] \"question\")")
		return 2
	}
	m := knowledge.Answer(q, status)
	if jsonOut {
		res := askResult{Question: q, Status: status, IsQuestion: knowledge.IsQuestion(q), Matches: []askMatch{}, Answer: askUnknown}
		if len(m) > 0 {
			res.Answer = knowledge.Render(m)
		}
		for _, x := range m {
			res.Matches = append(res.Matches, askMatch{ID: x.Card.ID, Title: x.Card.Title, Score: roundScore(x.Score), Note: x.Note, Source: x.Card.Sources[0]})
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			fmt.Fprintf(env.Stderr, "ask: %v\n", err)
			return 1
		}
		return 0
	}
	if len(m) == 0 {
		fmt.Fprintln(env.Stdout, askUnknown)
		return 0
	}
	var ids []string
	for _, x := range knowledge.Shown(m) {
		ids = append(ids, x.Card.ID)
	}
	fmt.Fprintln(env.Stdout, knowledge.Render(m))
	fmt.Fprintln(env.Stdout)
	fmt.Fprintf(env.Stdout, "fiche : %s\n", strings.Join(ids, ", "))
	return 0
}

func roundScore(s float64) float64 { return float64(int64(s*1000+0.5)) / 1000 }
