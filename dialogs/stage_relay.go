package dialogs

import (
	"log/slog"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
)

// suggestToAdvisor sends the advisor, when the relay can show it to them
// only, the knowledge base's answer to a relayed question. The visitor's
// message is already with the advisor: a failure here is only logged.
func (t *turn) suggestToAdvisor(b *bot.Booking) {
	sg, ok := t.d.deps.Relay.(Suggester)
	if !ok || !mayBeQuestion(t.text) || !t.isQuestion() {
		return
	}
	m := knowledge.Answer(t.text, t.r.Facts.Status)
	if len(m) == 0 {
		return
	}
	if err := sg.SuggestToAdvisor(t.ctx, b, knowledge.Render(m)); err != nil {
		slog.Warn("suggesting an answer to the advisor failed", "reference", b.Ref, "err", err)
	}
}
