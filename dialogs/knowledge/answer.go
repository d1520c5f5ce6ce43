package knowledge

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// Match is a card found for a question.
type Match struct {
	Card  *Card
	Score float64
	// Note is set when the card does not apply to the visitor's status
	// (for example démission-reconversion for a public agent); Render
	// prints it under the card.
	Note string
}

// Calibration of Answer, on testdata/questions.jsonl (see answer_test.go).
const (
	// MinScore is the score from which the best card is relevant whatever
	// the share of the question it covers.
	MinScore = 2.4
	// minCoverage and minShortScore: below MinScore, the best card must
	// cover this share of the question's words and score at least this.
	minCoverage   = 0.5
	minShortScore = 0.8
	// unknownIDF is the weight of a question word found in no card.
	unknownIDF = 1.5
	// minTopicalIDF is the least summed idf of the query words the best
	// card must have in its title or keywords: a word met in passing in a
	// body (« 24 heures » for « quelle heure est-il ») is not enough.
	minTopicalIDF = 0.8
	// minLongCoverage: even a high-scoring card must cover this share of
	// the question.
	minLongCoverage = 0.15
	// keepRatio: cards scoring less than this share of the best are not
	// returned.
	keepRatio  = 0.3
	maxMatches = 5
	// closeRatio: Render shows the second card when it scores at least
	// this share of the best.
	closeRatio = 0.85

	demoteNotFor = 0.75 // a card that does not apply to the status
	boostFor     = 1.15 // a card meant for the status
	// concernBoost: a worry stated about the employer learning of the
	// request (isConcern) is what the message asks, however long the
	// description around it (« prof dans un collège public…, je ne veux
	// pas que mon principal le sache »): the confidentiality card leads.
	concernBoost = 3.0
)

// anchors are the names of the schemes and operators: a question naming
// one is on topic.
const anchors = "cep cpf vae ptp apec arce acre aif aref cej poei poec afpr rqth demission " +
	"transitionspro proa cif opco avenir actifs mission locale cap emploi handicap bilan " +
	"reconversion france travail pole"

var anchorStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range tokens(anchors) {
		m[t.stem] = true
	}
	return m
})

// statusWords are the words by which visitors state their status. When the
// status is already known, such a word in a question mostly restates it
// (« je suis fonctionnaire, je peux démissionner ? ») and weighs less.
var statusWords = map[string]string{
	"agent_public":        "fonctionnaire fonctionnaires agent agents public publique titulaire contractuel contractuelle vacataire",
	"demandeur_emploi":    "chomage chomeur demandeur demandeuse inscrit inscrite",
	"salarie_prive":       "salarie salariee salaries cdi employe employee prive",
	"independant":         "independant independante",
	"artisan":             "artisan artisane",
	"profession_liberale": "liberal liberale liberales profession",
	"auto_entrepreneur":   "auto micro entrepreneur entrepreneuse",
	"etudiant":            "etudiant etudiante etudiants",
}

// statusWordFactor scales the weight of a status word when the status is
// known.
const statusWordFactor = 0.4

// confidentialityCard answers whether the employer will know.
const confidentialityCard = "cep_confidentiel"

var statusStems = sync.OnceValue(func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for st, ws := range statusWords {
		m[st] = map[string]bool{}
		for _, w := range strings.Fields(ws) {
			m[st][stem(w)] = true
		}
	}
	return m
})

// Answer returns the cards that answer question, best first, adapted to the
// visitor's status (one of Statuses, or "" when unknown): a card whose
// NotFor lists the status is demoted and carries a Note, a card whose For
// lists it is slightly preferred. It returns nil when no card is relevant
// enough: an honest « je ne sais pas » beats a wrong card. Only the first
// MaxRunes runes of question are read.
func Answer(question string, status string) []Match {
	ms, r := rank(question, status)
	if !r.relevant() {
		return nil
	}
	if r.priceOnly && ms[0].Card.ID == confidentialityCard {
		// « c'est payant ? » is answered by the CEP being free; the
		// CPF's « payer » would come second on the price word alone
		return ms[:1:1]
	}
	best := ms[0].Score
	n := 1
	for n < len(ms) && n < maxMatches && ms[n].Score >= keepRatio*best {
		n++
	}
	return ms[:n:n]
}

// relevance describes how well the best card covers a question.
type relevance struct {
	score   float64 // BM25F score of the best card, before status adaptation
	matched float64 // summed idf of the query words the best card contains
	topical float64 // the same for the words in its title or keywords
	// anchored: the question names a scheme or operator (CPF, VAE, CEP…)
	// that the best card has in its title or keywords; the question is
	// then on topic however many other words it has.
	anchored bool
	// priceOnly: the question asks a price without naming what has it
	// (« c'est payant ? »): the CEP's own.
	priceOnly bool
	coverage  float64 // matched / summed idf of every content word of the query
}

// relevant is the « je ne sais pas » rule, calibrated on
// testdata/questions.jsonl: the best card must contain a rare enough part
// of the question, and either score high (long questions) or cover most of
// the question's words (short ones).
func (r relevance) relevant() bool {
	if r.topical < minTopicalIDF {
		return false
	}
	if r.anchored {
		return r.score >= minShortScore
	}
	return r.score >= MinScore && r.coverage >= minLongCoverage ||
		r.coverage >= minCoverage && r.score >= minShortScore
}

// rank scores every card containing a word of the question, best first.
func rank(question, status string) ([]Match, relevance) {
	ix := getIndex()
	q := ix.resolve(cut(question))
	if len(q.terms) == 0 {
		return nil, relevance{}
	}
	priceOnly := asksPriceOnly(q.terms)
	q.terms = priceOf(ix, q.terms)
	// Relevance is judged on the question as asked; the status only
	// reorders the cards (a job seeker's « chômage » says little about
	// which card, but it is still part of the question).
	_, matched, topical := ix.score(q.terms)
	if st := statusStems()[status]; st != nil {
		for i, t := range q.terms {
			if st[t.stem] {
				q.terms[i].weight *= statusWordFactor
			}
		}
	}
	scores, _, _ := ix.score(q.terms)
	total := float64(q.unknown) * unknownIDF
	for _, t := range q.terms {
		total += t.weight * ix.idf[t.stem]
	}
	var ms []Match
	raw := map[*Card]int{}
	concern := isConcern(normQ(cut(question)))
	for d, c := range ix.cards {
		s := scores[d]
		if s == 0 {
			continue
		}
		var note string
		if status != "" {
			switch {
			case slices.Contains(c.NotFor, status):
				s *= demoteNotFor
				if who, ok := texts.FR().KnowledgeAudience[status]; ok {
					note = fmt.Sprintf(texts.FR().KnowledgeNotFor, who)
				}
			case len(c.For) == 0 && c.Kind == KindCEP, slices.Contains(c.For, status):
				// A card on the CEP itself is for every status: « c'est
				// payant ? » from an employee is about the CEP, not about
				// the démission-reconversion meant for employees.
				s *= boostFor
			}
		}
		if concern && c.ID == confidentialityCard {
			s *= concernBoost
		}
		raw[c] = d
		ms = append(ms, Match{Card: c, Score: s, Note: note})
	}
	if len(ms) == 0 {
		return nil, relevance{}
	}
	slices.SortFunc(ms, func(a, b Match) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.Card.ID, b.Card.ID)
	})
	// Whether the question is answerable at all does not depend on the
	// status: judge it on the best card before status adaptation.
	d := raw[ms[0].Card]
	for _, x := range ms {
		if i := raw[x.Card]; scores[i] > scores[d] {
			d = i
		}
	}
	r := relevance{score: scores[d], matched: matched[d], topical: topical[d], priceOnly: priceOnly}
	for _, t := range q.terms {
		if anchorStems()[t.stem] && ix.topicalIn(t.stem, d) {
			r.anchored = true
		}
	}
	if total > 0 {
		r.coverage = matched[d] / total
	}
	return ms, r
}

// Render writes the French answer for the chat: the best card, or the two
// best when the second scores close to the first, each as title, an optional note,
// text and « Source : <url> ». It returns "" for no match.
func Render(m []Match) string { return RenderFor(m, "") }

// RenderFor is Render for a visitor whose status is known: a card line
// scoped to statuses (« [agent_public] Agent public : … ») is shown only to
// them, so a civil servant does not read the private-sector answer. With
// an unknown status every line is shown.
func RenderFor(m []Match, status string) string { return RenderWith(m, status, "") }

// RenderWith is RenderFor for a visitor whose own alternatives are known:
// the braced list of a card line (« adressez-vous {à France Travail, à
// l'Apec (cadres)…} ») is replaced by alternatives, the organisations open
// to this visitor (cep-domain.md §1.3, alternatives column), so that a
// 45-year-old agent with no RQTH is not sent to the Mission locale. With
// alternatives "" the card's full list is shown.
func RenderWith(m []Match, status, alternatives string) string {
	var b strings.Builder
	for i, x := range Shown(m) {
		if i > 0 {
			b.WriteString("\n\n")
		}
		renderOne(&b, x, status, alternatives)
	}
	return b.String()
}

// NoAlternatives tells RenderWith that no alternative is open to the
// visitor (France Travail's own agent, with no RQTH, under no other
// organisation's mandate): the clause that names them is left out.
const NoAlternatives = "-"

// fillAlternatives replaces the braced list of a line with alternatives,
// or keeps the list without its braces when alternatives is "".
func fillAlternatives(line, alternatives string) string {
	i := strings.IndexByte(line, '{')
	j := strings.IndexByte(line, '}')
	if i < 0 || j < i {
		return line
	}
	if alternatives == NoAlternatives {
		if k := strings.LastIndex(line[:i], " ; "); k >= 0 {
			return line[:k] + "."
		}
		return line
	}
	if alternatives == "" {
		alternatives = line[i+1 : j]
	}
	return line[:i] + alternatives + line[j+1:]
}

// scopedLine splits a body line « [s1,s2] text » into its statuses and text;
// a line without the marker has no statuses.
func scopedLine(line string) (statuses []string, text string) {
	if !strings.HasPrefix(line, "[") {
		return nil, line
	}
	end := strings.Index(line, "] ")
	if end < 0 {
		return nil, line
	}
	return strings.Split(line[1:end], ","), line[end+2:]
}

// body is the card's text for a status: scoped lines of other statuses
// left out, the markers removed.
func body(c *Card, status, alternatives string) string {
	if !strings.Contains(c.Body, "[") && !strings.Contains(c.Body, "{") {
		return c.Body
	}
	lines := strings.Split(c.Body, "\n")
	out := lines[:0:0]
	for _, l := range lines {
		sts, text := scopedLine(l)
		if len(sts) > 0 && status != "" && !slices.Contains(sts, status) {
			continue
		}
		out = append(out, fillAlternatives(text, alternatives))
	}
	return strings.Join(out, "\n")
}

// Shown returns the matches Render shows: the best one, and the second
// when it scores close to the best.
func Shown(m []Match) []Match {
	switch {
	case len(m) == 0:
		return nil
	case len(m) > 1 && m[1].Score >= closeRatio*m[0].Score:
		return m[:2:2]
	default:
		return m[:1:1]
	}
}

func renderOne(b *strings.Builder, m Match, status, alternatives string) {
	c := m.Card
	b.WriteString(c.Title)
	b.WriteString("\n")
	if m.Note != "" {
		b.WriteString(m.Note)
		b.WriteString("\n")
	}
	b.WriteString(body(c, status, alternatives))
	if len(c.Sources) > 0 {
		b.WriteString("\n")
		fmt.Fprintf(b, texts.FR().KnowledgeSource, c.Sources[0])
	}
}

// orientationOrder lists, per project, the cards worth showing at the
// orientation step, most useful first. ForOrientation filters them by
// status.
var orientationOrder = map[string][]string{
	"reconversion":      {"demission_reconversion", "ptp", "formation_demandeurs_emploi", "periode_reconversion", "bilan_competences", "cpf", "vae"},
	"formation":         {"formation_demandeurs_emploi", "cpf", "ptp", "vae"},
	"creation_activite": {"creation_reprise", "demission_reconversion", "cpf"},
	"reprise_activite":  {"formation_demandeurs_emploi", "infos_territoire", "vae", "cpf"},
	"vae":               {"vae", "cpf"},
	"bilan":             {"bilan_competences", "cpf"},
	"mobilite":          {"bilan_competences", "periode_reconversion", "infos_territoire", "cpf"},
	"information":       {"cpf", "vae", "bilan_competences"},
}

// defaultOrientation is used for an unknown or empty project.
var defaultOrientation = []string{"bilan_competences", "cpf", "vae"}

// ForOrientation returns the one to three cards to show at the orientation
// step for a project (one of Projects; anything else gets general cards)
// and a status ("" when unknown). Cards that do not apply to the status are
// left out; the CEP and operator cards never appear (the orientation step
// already names the operator).
func ForOrientation(project, status string) []*Card {
	load()
	order, ok := orientationOrder[project]
	if !ok {
		order = defaultOrientation
	}
	var out []*Card
	for _, id := range order {
		c := byID[id]
		if c == nil || c.Kind == KindCEP || c.Kind == KindOperator || !c.AppliesTo(status) {
			continue
		}
		out = append(out, c)
		if len(out) == 3 {
			break
		}
	}
	return out
}

// priceOf reads a price asked of a named thing as a question of funding:
// « combien coûte une formation ? », « c'est payant un bilan de
// compétences ? » are about who pays for the training or the bilan, not
// about the CEP being free, which « c'est payant ? », « ça coûte
// combien ? » alone ask. The price words then weigh for the funding words
// (« financer »), which the cards on the schemes carry.
func priceOf(ix *index, terms []queryTerm) []queryTerm {
	pw := priceWords()
	price, object := false, false
	for _, t := range terms {
		price = price || pw.price[t.stem]
		object = object || pw.object[t.stem]
	}
	if !price || !object {
		return terms
	}
	out := make([]queryTerm, 0, len(terms)+1)
	w := 0.0
	for _, t := range terms {
		if pw.price[t.stem] {
			w = max(w, t.weight)
			continue
		}
		out = append(out, t)
	}
	if _, ok := ix.postings[pw.fund]; ok && !slices.ContainsFunc(out, func(t queryTerm) bool { return t.stem == pw.fund }) {
		out = append(out, queryTerm{pw.fund, w})
	}
	return out
}

// asksPriceOnly tells whether a short question has a price word and
// nothing with a price of its own (« c'est payant ? », « il faut payer
// ? »); a longer one (« … un conseil gratuit pour les salariés qui veulent
// changer, vous pouvez m'en dire plus ? ») asks more than the price.
func asksPriceOnly(terms []queryTerm) bool {
	if len(terms) > 2 {
		return false
	}
	pw := priceWords()
	price := false
	for _, t := range terms {
		if pw.object[t.stem] {
			return false
		}
		price = price || pw.price[t.stem]
	}
	return price
}

type priceStems struct {
	price, object map[string]bool
	fund          string
}

var priceWords = sync.OnceValue(func() priceStems {
	set := func(words string) map[string]bool {
		m := map[string]bool{}
		for _, t := range tokens(words) {
			m[t.stem] = true
		}
		return m
	}
	return priceStems{
		price: set("prix coût coûte coûtent tarif tarifs cher chère chers payant payante payer paye paie gratuit gratuite"),
		// Things with a price of their own that the cards cover.
		object: set("formation formations bilan vae cpf permis diplôme diplômes certification titre stage cours école apprentissage concours"),
		fund:   tokens("financer")[0].stem,
	}
})
