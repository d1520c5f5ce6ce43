package slack

import (
	"fmt"
	"strconv"
	"strings"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// ct is the catalogue's part for the card's prepared sections and the
// caller mode (French, as the rest of the staff texts).
func (a *Adapter) ct() *texts.Caller { return &texts.FR().Caller }

// preparedBlocks are the card's sections on what the visitor asked the
// bot, the information cards they were shown and the fields they
// corrected at the recap (issue 15 §7).
func (a *Adapter) preparedBlocks(b *bot.Booking) []slackapi.Block {
	p := &b.Handoff.Prepared
	var blocks []slackapi.Block
	section := func(id, title string, lines []string) {
		if len(lines) > 0 {
			text := truncate("*"+Escape(title)+"*\n"+strings.Join(lines, "\n"), maxSectionText)
			blocks = append(blocks, slackapi.NewSectionBlock(mrkdwn(text), nil, nil, slackapi.SectionBlockOptionBlockID(id)))
		}
	}
	var qs []string
	for _, q := range p.Questions {
		if q = strings.TrimSpace(q); q != "" {
			qs = append(qs, ">"+strings.ReplaceAll(Escape(q), "\n", "\n>"))
		}
	}
	section("card-questions", a.ct().SlackSecQuestions, qs)
	var cs []string
	for _, c := range p.Cards {
		title := c.Title
		if title == "" {
			title = c.ID
		}
		cs = append(cs, "• "+Escape(title))
	}
	section("card-cards", a.ct().SlackSecCards, cs)
	var fixes []string
	for _, c := range p.Corrections {
		if c.Field == "handicap" && !b.Handoff.ShareHealth {
			continue
		}
		line := fmt.Sprintf(a.ct().SlackCorrectionLine, a.factLabel(c.Field), a.factValue(c.Field, c.Before), a.factValue(c.Field, c.After))
		fixes = append(fixes, "• "+Escape(line))
	}
	section("card-corrections", a.ct().SlackSecCorrections, fixes)
	return blocks
}

// factLabel is the French label of a fact key.
func (a *Adapter) factLabel(key string) string {
	if key == "place" {
		return a.ct().SlackFactPlace
	}
	for _, f := range factLabels(a.tx) {
		if f.key == key {
			return f.label
		}
	}
	return key
}

// factValue is a fact's value in French, as on the card's facts
// (unescaped: the caller escapes).
func (a *Adapter) factValue(key, v string) string {
	t := a.tx
	if v == "" {
		return a.ct().SlackValueUnknown
	}
	switch key {
	case "cadre", "jeune_diplome", "handicap":
		switch v {
		case "1", "true", "oui":
			return t.SlackYes
		case "0", "false", "non":
			return t.SlackNo
		}
	case "age":
		if n, err := strconv.Atoi(v); err == nil {
			return fmt.Sprintf(t.SlackAgeYears, n)
		}
	case "departement":
		if d := directory.LookupDepartement(v); d != nil {
			return d.Code + " — " + d.Name
		}
	case "place":
		return v
	}
	return valueText(t, v)
}

// enteredText is who entered the booking from a Slack DM, as the card's
// « Saisi par » says it: « <@U…> pour un appelant » in the caller mode.
func (a *Adapter) enteredText(b *bot.Booking, entered string) string {
	if b.Handoff.EnteredBy != "" {
		entered = b.Handoff.EnteredBy
	}
	if entered == "" {
		return ""
	}
	m := "<@" + entered + ">"
	if b.Handoff.ForCaller {
		return fmt.Sprintf(a.ct().SlackEnteredForCaller, m)
	}
	return m
}
