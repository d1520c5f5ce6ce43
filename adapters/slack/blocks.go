package slack

import (
	"strings"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
)

// Block Kit limits.
const (
	maxSectionText = 3000
	maxButtonText  = 75
	maxButtonValue = 2000
	maxActionID    = 255
	maxButtons     = 25
	maxBlocks      = 50
)

// Action id prefixes.
const (
	choicePrefix = "choice:" // choice:<step>:<i>, value = choice value
	cardPrefix   = "card:"   // card:<action>, value = reference
	choicesBlock = "choices"
)

// Escape escapes text for Slack mrkdwn (&, < and >).
func Escape(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// unescape reverses Slack's escaping of message text.
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// chunks splits escaped text at line breaks into pieces of at most n bytes.
func chunks(s string, n int) []string {
	var out []string
	for len(s) > n {
		cut := strings.LastIndex(s[:n], "\n")
		if cut <= 0 {
			cut = n
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
			// never split an escape sequence
			if amp := strings.LastIndex(s[:cut], "&"); amp >= 0 && cut-amp < 5 && !strings.Contains(s[amp:cut], ";") {
				cut = amp
			}
		}
		out = append(out, s[:cut])
		s = strings.TrimLeft(s[cut:], "\n")
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

func mrkdwn(s string) *slackapi.TextBlockObject {
	return slackapi.NewTextBlockObject(slackapi.MarkdownType, s, false, false)
}

func plain(s string) *slackapi.TextBlockObject {
	return slackapi.NewTextBlockObject(slackapi.PlainTextType, s, false, false)
}

func fallbackText(s string) string {
	return truncate(Escape(s), 3000)
}

// ChoiceActionID is the action_id of the i-th choice button of a reply.
func ChoiceActionID(step string, i int) string {
	return truncate(choicePrefix+step+":"+itoa(i), maxActionID)
}

// replyBlocks renders a reply: sections with the escaped text, then the
// choices as buttons (action_id "choice:<step>:<i>", value = choice value).
func replyBlocks(r bot.Reply) []slackapi.Block {
	var blocks []slackapi.Block
	for _, c := range chunks(Escape(r.Text), maxSectionText) {
		blocks = append(blocks, slackapi.NewSectionBlock(mrkdwn(c), nil, nil))
	}
	var els []slackapi.BlockElement
	for i, c := range r.Choices {
		label := strings.TrimSpace(c.Label)
		if label == "" {
			label = c.Value
		}
		els = append(els, slackapi.NewButtonBlockElement(ChoiceActionID(r.Step, i), truncate(c.Value, maxButtonValue), plain(truncate(label, maxButtonText))))
	}
	for n := 0; len(els) > 0; n++ {
		k := min(len(els), maxButtons)
		id := choicesBlock
		if n > 0 {
			id += itoa(n)
		}
		blocks = append(blocks, slackapi.NewActionBlock(id, els[:k]...))
		els = els[k:]
	}
	if len(blocks) > maxBlocks {
		blocks = blocks[:maxBlocks]
	}
	return blocks
}

// parseChoiceAction splits "choice:<step>:<i>".
func parseChoiceAction(id string) (step string, ok bool) {
	rest, ok := strings.CutPrefix(id, choicePrefix)
	if !ok {
		return "", false
	}
	i := strings.LastIndexByte(rest, ':')
	if i < 0 {
		return "", false
	}
	return rest[:i], true
}

// answeredBlocks is the clicked message with its buttons replaced by
// "✔ <label>", so that old buttons cannot be pressed again.
func answeredBlocks(old []slackapi.Block, label string) []slackapi.Block {
	var out []slackapi.Block
	for _, b := range old {
		if b == nil || b.BlockType() == slackapi.MBTAction {
			continue
		}
		if s, ok := b.(*slackapi.SectionBlock); ok && s.Text == nil && len(s.Fields) == 0 {
			continue
		}
		out = append(out, b)
	}
	if len(out) >= maxBlocks {
		out = out[:maxBlocks-1]
	}
	return append(out, slackapi.NewContextBlock("answered", mrkdwn("✔ "+Escape(truncate(label, 200)))))
}
