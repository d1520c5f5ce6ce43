package dialogs

// What an advisor prepares from beyond the facts (issue 15 §7): the
// visitor's questions to the knowledge base, the cards they were shown, the
// fields they corrected at the recap. Kept in the reception record under
// tags of their own, bounded so that a stored conversation stays under
// 2 KiB (SPEC §10), and carried into the booking's handoff.

import (
	"encoding/binary"
	"slices"
	"strconv"
	"strings"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
)

// Bounds of what is kept: the last questions, the first cards, one
// correction per field.
const (
	maxQuestions     = 3
	maxQuestionRunes = 120
	maxCardsShown    = 5
	maxCorrections   = 6
	maxCorrValueLen  = 60 // bytes of a value before or after a correction
)

// The tags of the prepared part of the record. They are numbered apart
// from the iota sequence of record.go so that tags added there never
// collide with them.
const (
	tagQuestions   byte = 60
	tagCardsShown  byte = 61
	tagCorrections byte = 62
	tagRecapped    byte = 63
	tagCaller      byte = 64 // stage_caller.go
	tagCardsSeen   byte = 65
)

// prepared is the record's part for the advisor's card and the caller mode.
type prepared struct {
	Questions []string // the last questions to the knowledge base, oldest first
	Cards     []string // ids of the cards shown in answer, oldest first
	// Seen are all the cards shown in answer in this conversation, as
	// cardKey: Cards stops at maxCardsShown for the advisor, and a card
	// asked again after five others was printed in full again instead of
	// « already shown » (persona q26a, issue 13). Two bytes a card, and
	// there are about twenty cards: the session stays small.
	Seen        []uint16
	Corrections []correction // one per field, in the order first corrected
	Recapped    bool         // the recap has been shown: later changes are corrections
	// Caller is set while a member of staff books for someone else (the
	// caller mode, stage_caller.go): a token unique to that caller.
	Caller string
}

// correction is a field corrected at the recap: values as stored (codes).
type correction struct {
	Field, Before, After string
}

// encode appends the prepared part's fields to an encoded record.
func (p *prepared) encode(b []byte) []byte {
	field := func(tag byte, payload func([]byte) []byte) {
		b = append(b, tag, 0, 0)
		start := len(b)
		b = payload(b)
		binary.BigEndian.PutUint16(b[start-2:], uint16(len(b)-start))
	}
	strs := func(tag byte, ss []string) {
		if len(ss) > 0 {
			field(tag, func(b []byte) []byte {
				for _, s := range ss {
					b = appendStr(b, s)
				}
				return b
			})
		}
	}
	strs(tagQuestions, p.Questions)
	strs(tagCardsShown, p.Cards)
	if len(p.Corrections) > 0 {
		field(tagCorrections, func(b []byte) []byte {
			for _, c := range p.Corrections {
				b = appendStr(appendStr(appendStr(b, c.Field), c.Before), c.After)
			}
			return b
		})
	}
	if len(p.Seen) > 0 {
		field(tagCardsSeen, func(b []byte) []byte {
			for _, k := range p.Seen {
				b = binary.BigEndian.AppendUint16(b, k)
			}
			return b
		})
	}
	if p.Recapped {
		field(tagRecapped, func(b []byte) []byte { return b })
	}
	if p.Caller != "" {
		field(tagCaller, func(b []byte) []byte { return append(b, p.Caller...) })
	}
	return b
}

// decode reads one field of the prepared part; other tags are ignored.
func (p *prepared) decode(tag byte, rd *reader) {
	switch tag {
	case tagQuestions:
		for len(rd.b) > 0 && rd.err == nil {
			p.Questions = append(p.Questions, rd.str())
		}
	case tagCardsShown:
		for len(rd.b) > 0 && rd.err == nil {
			p.Cards = append(p.Cards, rd.str())
		}
	case tagCorrections:
		for len(rd.b) > 0 && rd.err == nil {
			p.Corrections = append(p.Corrections, correction{Field: rd.str(), Before: rd.str(), After: rd.str()})
		}
	case tagCardsSeen:
		if len(rd.b)%2 != 0 {
			rd.err = errRecord
			return
		}
		for i := 0; i+1 < len(rd.b); i += 2 {
			p.Seen = append(p.Seen, binary.BigEndian.Uint16([]byte(rd.b[i:i+2])))
		}
	case tagRecapped:
		p.Recapped = true
	case tagCaller:
		p.Caller = rd.b
	}
}

// noteQuestion keeps a question asked to the knowledge base and the cards
// shown in answer (m as answered; none when the bot did not know).
func (t *turn) noteQuestion(m []knowledge.Match) {
	p := &t.r.prep
	q := t.text
	if r := []rune(q); len(r) > maxQuestionRunes {
		q = string(r[:maxQuestionRunes-1]) + "…"
	}
	if q != "" {
		p.Questions = append(p.Questions, q)
		if n := len(p.Questions); n > maxQuestions {
			p.Questions = append(p.Questions[:0:0], p.Questions[n-maxQuestions:]...)
		}
	}
	for _, x := range knowledge.Shown(m) {
		if k := cardKey(x.Card.ID); !slices.Contains(p.Seen, k) {
			p.Seen = append(p.Seen, k)
		}
		if len(p.Cards) >= maxCardsShown {
			continue
		}
		seen := false
		for _, id := range p.Cards {
			seen = seen || id == x.Card.ID
		}
		if !seen {
			p.Cards = append(p.Cards, x.Card.ID)
		}
	}
}

// cardKey is a card's id in two bytes (FNV-1a folded), as the session
// keeps the cards seen: stable when cards are added, unlike a position, and
// distinct for every card (TestCardKeysDistinct).
func cardKey(id string) uint16 {
	h := uint32(2166136261)
	for i := 0; i < len(id); i++ {
		h = (h ^ uint32(id[i])) * 16777619
	}
	return uint16(h>>16) ^ uint16(h)
}

// cardSeen tells whether the card was shown in answer in this
// conversation.
func (p *prepared) cardSeen(id string) bool { return slices.Contains(p.Seen, cardKey(id)) }

// correctable lists the facts whose changes after the recap are
// corrections, with their stored value.
// sameCorrectable compares what correctable renders, without rendering it
// (most turns change no fact).
func sameCorrectable(a, b *analysis.Facts) bool {
	return a.Status == b.Status && a.Age == b.Age && a.Commune == b.Commune && a.Departement == b.Departement &&
		a.Project == b.Project && sameBool(a.Cadre, b.Cadre) && sameBool(a.JeuneDiplome, b.JeuneDiplome) && sameBool(a.Handicap, b.Handicap)
}

func sameBool(a, b *bool) bool { return a == b || (a != nil && b != nil && *a == *b) }

func correctable(f *analysis.Facts) [7][2]string {
	age := ""
	if f.Age > 0 {
		age = strconv.Itoa(f.Age)
	}
	place := placeLabel(f.Commune, f.Departement)
	return [7][2]string{
		{"status", f.Status}, {"age", age}, {"place", place}, {"project", f.Project},
		{"cadre", boolString(f.Cadre)}, {"jeune_diplome", boolString(f.JeuneDiplome)}, {"handicap", boolString(f.Handicap)},
	}
}

// notePrepared runs at the end of a turn: once the recap has been shown,
// every change of a fact is a correction (the « Corriger » button or
// plain words), kept as first value → last value per field.
func (t *turn) notePrepared(before analysis.Facts, recapped bool) {
	p := &t.r.prep
	if recapped && p.Recapped && !sameCorrectable(&before, &t.r.Facts) {
		old, cur := correctable(&before), correctable(&t.r.Facts)
		for i := range old {
			if old[i][1] != cur[i][1] {
				p.correct(old[i][0], old[i][1], cur[i][1])
			}
		}
	}
	if t.state() == StateRecap {
		p.Recapped = true
	}
}

func (p *prepared) correct(field, before, after string) {
	capped := func(s string) string {
		if len(s) > maxCorrValueLen {
			s = strings.ToValidUTF8(s[:maxCorrValueLen], "") // a cut rune is dropped
		}
		return s
	}
	before, after = capped(before), capped(after)
	for i, c := range p.Corrections {
		if c.Field == field {
			if c.Before == after { // back to the first value: no correction
				p.Corrections = append(p.Corrections[:i], p.Corrections[i+1:]...)
			} else {
				p.Corrections[i].After = after
			}
			return
		}
	}
	if len(p.Corrections) < maxCorrections {
		p.Corrections = append(p.Corrections, correction{Field: field, Before: before, After: after})
	}
}

// preparedHandoff is the prepared part as the booking's handoff carries it.
// The disability's correction is left out unless the visitor shares it.
func (t *turn) preparedHandoff(share bool) bot.Prepared {
	p := &t.r.prep
	var out bot.Prepared
	out.Questions = append(out.Questions, p.Questions...)
	for _, id := range p.Cards {
		if c := knowledge.ByID(id); c != nil {
			out.Cards = append(out.Cards, bot.ShownCard{ID: id, Title: c.Title})
		}
	}
	for _, c := range p.Corrections {
		if c.Field == "handicap" && !share {
			continue
		}
		out.Corrections = append(out.Corrections, bot.Correction{Field: c.Field, Before: c.Before, After: c.After})
	}
	if p.Caller != "" {
		out.ForCaller, out.EnteredBy = true, t.s.User
	}
	return out
}

// export adds the prepared part to /mesdonnees.
func (p *prepared) export(put func(k, v string)) {
	put("questions_posees", strings.Join(p.Questions, "\n"))
	put("fiches_montrees", strings.Join(p.Cards, ", "))
	var cs []string
	for _, c := range p.Corrections {
		cs = append(cs, c.Field+" : "+c.Before+" → "+c.After)
	}
	put("corrections", strings.Join(cs, "\n"))
}
