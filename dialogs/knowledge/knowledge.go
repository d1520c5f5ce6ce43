// Package knowledge is the chatbot's level-1 information base: short French
// cards on the CEP, its operators and the schemes a visitor asks about (CPF,
// VAE, bilan de compétences, PTP, démission-reconversion…), each with its
// sources and review date, and a small question-answering layer over them.
//
// The cards are Markdown files embedded in the binary (cards/*.md). Each one
// starts with a YAML front matter:
//
//	---
//	id: vae
//	kind: scheme            # cep | operator | scheme | info
//	title: La validation des acquis de l'expérience (VAE)
//	for: []                 # statuses it applies to; empty = all
//	not_for: []             # statuses it does not apply to
//	projects: [vae, formation]
//	sources: [https://…]
//	reviewed: 2026-11-27
//	keywords: [vae, diplome] # extra retrieval words (optional)
//	---
//	Body: plain French, at most ~800 characters.
//
// Retrieval is BM25F over accent-folded, French-stemmed tokens (Snowball
// French stemmer) with stop words removed and typo tolerance against the
// index vocabulary; title and keywords weigh more than the body. The index
// is built once, on first use.
//
// Entry points for the dialogue: IsQuestion to decide whether a message is a
// question rather than an answer to the current reception step, Answer and
// Render to reply, ForOrientation for the cards shown at the orientation
// step. All functions are safe for concurrent use and never touch the
// network.
package knowledge

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"
)

//go:embed cards/*.md
var cardFS embed.FS

// Statuses a card's For and NotFor may name (SPEC §3).
var Statuses = []string{
	"demandeur_emploi", "salarie_prive", "agent_public", "independant",
	"artisan", "profession_liberale", "auto_entrepreneur", "etudiant",
}

// Projects a card's Projects may name.
var Projects = []string{
	"reconversion", "formation", "creation_activite", "reprise_activite",
	"vae", "bilan", "mobilite", "information",
}

// Kinds of card.
const (
	KindCEP      = "cep"      // the CEP itself (what, who, free, confidential)
	KindOperator = "operator" // an operator of the CEP
	KindScheme   = "scheme"   // a scheme (CPF, VAE, PTP…)
	KindInfo     = "info"     // general information (jobs, territory)
)

// Card is one information card.
type Card struct {
	ID    string
	Kind  string
	Title string
	Body  string
	// For lists the statuses the card applies to (empty: all); NotFor the
	// statuses it explicitly does not apply to.
	For, NotFor []string
	Projects    []string
	// Sources are URLs, the first one being the one shown to the visitor.
	Sources  []string
	Keywords []string
	Reviewed time.Time
	// Conditions on the visitor's profile (see profile.go): an age range
	// (0 = no bound), situations the card is only for, situations it is
	// not for, and whether the status must be known and in For.
	MinAge, MaxAge int
	Situations     []string
	NotSituations  []string
	StatusRequired bool
}

// AppliesTo reports whether the card is meant for status ("" = unknown,
// which every card accepts).
func (c *Card) AppliesTo(status string) bool {
	if status == "" {
		return true
	}
	if slices.Contains(c.NotFor, status) {
		return false
	}
	return len(c.For) == 0 || slices.Contains(c.For, status)
}

type frontMatter struct {
	ID       string   `yaml:"id"`
	Kind     string   `yaml:"kind"`
	Title    string   `yaml:"title"`
	For      []string `yaml:"for"`
	NotFor   []string `yaml:"not_for"`
	Projects []string `yaml:"projects"`
	Sources  []string `yaml:"sources"`
	Reviewed string   `yaml:"reviewed"`
	Keywords []string `yaml:"keywords"`
	MinAge   int      `yaml:"min_age"`
	MaxAge   int      `yaml:"max_age"`
	// Situations and NotSituations name intent situations (profile.go).
	Situations     []string `yaml:"situations"`
	NotSituations  []string `yaml:"not_situations"`
	StatusRequired bool     `yaml:"status_required"`
}

// parseCard reads one card file. It checks the syntax only; Validate checks
// the content.
func parseCard(name string, data []byte) (*Card, error) {
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	rest, ok := bytes.CutPrefix(data, []byte("---\n"))
	if !ok {
		return nil, fmt.Errorf("%s: la fiche doit commencer par une ligne « --- »", name)
	}
	head, body, ok := bytes.Cut(rest, []byte("\n---\n"))
	if !ok {
		return nil, fmt.Errorf("%s: fin de l'en-tête « --- » introuvable", name)
	}
	var fm frontMatter
	dec := yaml.NewDecoder(bytes.NewReader(head))
	dec.KnownFields(true)
	if err := dec.Decode(&fm); err != nil {
		return nil, fmt.Errorf("%s: en-tête YAML: %w", name, err)
	}
	c := &Card{
		ID: fm.ID, Kind: fm.Kind, Title: strings.TrimSpace(fm.Title),
		Body: strings.TrimSpace(string(body)),
		For:  fm.For, NotFor: fm.NotFor, Projects: fm.Projects,
		Sources: fm.Sources, Keywords: fm.Keywords,
		MinAge: fm.MinAge, MaxAge: fm.MaxAge, Situations: fm.Situations,
		NotSituations: fm.NotSituations, StatusRequired: fm.StatusRequired,
	}
	if fm.Reviewed != "" {
		t, err := time.Parse(time.DateOnly, fm.Reviewed)
		if err != nil {
			return nil, fmt.Errorf("%s: reviewed %q: date AAAA-MM-JJ attendue", name, fm.Reviewed)
		}
		c.Reviewed = t
	}
	return c, nil
}

// MaxBody is the longest body a card may have, in characters.
const MaxBody = 900

// Validate checks a card's content: required fields, known statuses and
// projects, body length, at least one http(s) source, a review date.
func (c *Card) Validate() error {
	var errs []string
	add := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	if c.ID == "" {
		add("id manquant")
	}
	if c.Title == "" {
		add("title manquant")
	}
	switch c.Kind {
	case KindCEP, KindOperator, KindScheme, KindInfo:
	default:
		add("kind %q inconnu", c.Kind)
	}
	if c.Body == "" {
		add("texte vide")
	}
	// What a reader sees: status markers of scoped lines do not count.
	if n := len([]rune(body(c, "", ""))); n > MaxBody {
		add("texte trop long : %d caractères (maximum %d)", n, MaxBody)
	}
	for _, s := range append(slices.Clone(c.For), c.NotFor...) {
		if !slices.Contains(Statuses, s) {
			add("statut %q inconnu", s)
		}
	}
	for _, p := range c.Projects {
		if !slices.Contains(Projects, p) {
			add("projet %q inconnu", p)
		}
	}
	for _, s := range append(slices.Clone(c.Situations), c.NotSituations...) {
		if !slices.Contains(Situations, s) {
			add("situation %q inconnue", s)
		}
	}
	if c.MinAge < 0 || c.MaxAge < 0 || c.MaxAge > 0 && c.MaxAge < c.MinAge {
		add("âges min_age %d / max_age %d incohérents", c.MinAge, c.MaxAge)
	}
	if c.StatusRequired && len(c.For) == 0 {
		add("status_required sans liste for")
	}
	if len(c.Sources) == 0 {
		add("aucune source")
	}
	for _, s := range c.Sources {
		if !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "http://") {
			add("source %q : URL http(s) attendue", s)
		}
	}
	if c.Reviewed.IsZero() {
		add("date reviewed manquante")
	}
	if len(errs) > 0 {
		return fmt.Errorf("fiche %q : %s", c.ID, strings.Join(errs, " ; "))
	}
	return nil
}

var (
	loadOnce sync.Once
	cards    []*Card
	byID     map[string]*Card
	loadErr  error
)

// loadCards parses every embedded card, sorted by id. It is called through
// loadOnce; the embedded cards are checked by the package tests, so an error
// here is a build defect and makes the accessors panic.
func loadCards(fsys fs.FS) ([]*Card, error) {
	names, err := fs.Glob(fsys, "cards/*.md")
	if err != nil {
		return nil, err
	}
	var out []*Card
	seen := map[string]string{}
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		c, err := parseCard(path.Base(n), data)
		if err != nil {
			return nil, err
		}
		if err := c.Validate(); err != nil {
			return nil, fmt.Errorf("%s: %w", path.Base(n), err)
		}
		if prev, dup := seen[c.ID]; dup {
			return nil, fmt.Errorf("%s: id %q déjà utilisé par %s", path.Base(n), c.ID, prev)
		}
		seen[c.ID] = path.Base(n)
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b *Card) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

func load() {
	loadOnce.Do(func() {
		cards, loadErr = loadCards(cardFS)
		byID = make(map[string]*Card, len(cards))
		for _, c := range cards {
			byID[c.ID] = c
		}
	})
	if loadErr != nil {
		panic("knowledge: fiches embarquées invalides: " + loadErr.Error())
	}
}

// Cards returns every card, sorted by id. The cards are shared: do not
// modify them.
func Cards() []*Card {
	load()
	return slices.Clone(cards)
}

// ByID returns the card with that id, or nil.
func ByID(id string) *Card {
	load()
	return byID[id]
}
