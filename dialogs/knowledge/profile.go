package knowledge

import (
	"slices"
)

// Situations a card's situations and not_situations may name: the
// situations dialogs/intent recognises (intent.Situation values).
var Situations = []string{
	"retraite", "esat", "arret_maladie", "militaire", "conge_parental", "au_foyer", "ne_sait_pas",
	"apprenti", "intermittent", "cdd", "interim", "en_formation", "cdi", "scolaire", StudentJob,
}

// StudentJob is the situation of a student who holds a job beside the
// studies (set by the dialogue, not by dialogs/intent).
const StudentJob = "etudiant_emploi"

// Profile is what the dialogue knows of the visitor when it chooses cards.
type Profile struct {
	Status     string   // one of Statuses, "" unknown
	Age        int      // 0 unknown
	Situations []string // stated situations (intent.Situation values)
	Project    string   // one of Projects, "" unknown
}

// Fits reports whether the card applies to the profile. Unlike AppliesTo
// (used to adapt answers to a question), it is strict about the
// conditions a card states: a card with an age range needs a known age in
// it, a card with situations needs one of them stated, a card whose status
// is required needs that status known. A card is never pushed to someone
// it may not concern: démission-reconversion is for employees on a CDI,
// not for an apprentice, an intermittent or a person on sick leave.
func (c *Card) Fits(p Profile) bool {
	if !c.AppliesTo(p.Status) {
		return false
	}
	if c.StatusRequired && (p.Status == "" || !slices.Contains(c.For, p.Status)) {
		return false
	}
	if c.MinAge > 0 || c.MaxAge > 0 {
		if p.Age == 0 || p.Age < c.MinAge || c.MaxAge > 0 && p.Age > c.MaxAge {
			return false
		}
	}
	for _, s := range c.NotSituations {
		if slices.Contains(p.Situations, s) {
			return false
		}
	}
	if len(c.Situations) > 0 {
		ok := false
		for _, s := range c.Situations {
			if slices.Contains(p.Situations, s) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// situationCards come first for a stated situation, whatever the project:
// they answer what the situation itself raises (sick leave: the médecin du
// travail; a young person neither working nor training: the CEJ).
var situationCards = []string{"arret_maladie", "cej"}

// ForProfile returns the one to three cards to show at the orientation step
// for the visitor's profile: the cards of their situation first, then the
// cards of the project (ForOrientation's order), keeping only the cards
// that fit the profile (Fits).
func ForProfile(p Profile) []*Card {
	load()
	order, ok := orientationOrder[p.Project]
	if !ok {
		order = defaultOrientation
	}
	out := make([]*Card, 0, 3)
	for _, ids := range [2][]string{situationCards, order} {
		for _, id := range ids {
			c := byID[id]
			if c == nil || c.Kind == KindCEP || c.Kind == KindOperator || slices.Contains(out, c) || !c.Fits(p) {
				continue
			}
			if out = append(out, c); len(out) == 3 {
				return out
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// AnswerFor is Answer for a profile: cards that do not fit the profile are
// demoted with a note like cards not for the status (« Attention : cela ne
// concerne pas… » is only said for the status; for other conditions the
// card simply comes after the ones that fit).
func AnswerFor(question string, p Profile) []Match {
	ms := Answer(question, p.Status)
	if len(ms) < 2 {
		return ms
	}
	fit := make([]Match, 0, len(ms))
	var rest []Match
	for _, m := range ms {
		if m.Card.Fits(p) || m.Card.Kind == KindCEP || m.Card.Kind == KindOperator {
			fit = append(fit, m)
		} else {
			rest = append(rest, m)
		}
	}
	if len(fit) == 0 {
		return ms
	}
	return append(fit, rest...)
}

// MentionsScheme reports whether a message names a scheme or an operator
// the cards describe (CPF, VAE, bilan de compétences…): a message that is
// not an answer but names one is worth answering with its card; a mere
// description (« il a arrêté l'école ») is not.
func MentionsScheme(text string) bool { return hasScheme(normQ(cut(text))) }

// StatesConcern reports whether a message states or asks whether the
// employer will learn of the request (« je ne veux pas que ma hiérarchie le
// sache », « mon patron sera au courant ? »): the reading that makes the
// confidentiality card lead.
func StatesConcern(text string) bool { return isConcern(normQ(cut(text))) }
