package dialogs

// Persona round pe5 (issue 13): facts the dialogue completes or keeps
// that were lost or misread in whole conversations.

import (
	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// situationStatus sets the status a situation outside the boxes stands for
// (a retiree who looks for work, a soldier, someone at home or out of
// detention) with where it came from. Without an origin the recap showed
// the situation but left it out of « Compris dans vos messages » and
// « Précisé en réponse à mes questions », as if it had come from nowhere.
// Typed in the description it was understood; chosen or typed at a
// question (the status, « Autre situation », the retiree's question) it
// was an answer.
func (t *turn) situationStatus(status string) {
	t.r.Facts.Status = status
	t.r.Facts.Why.Status = analysis.Origin{How: analysis.HowPattern, Conf: 80}
	switch t.state() {
	case StateRequest, StateNew, StateConsent:
	default:
		t.r.Facts.Why.Status = askedOrigin
	}
	t.factsChanged()
}
