package reach

import (
	"time"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// HumanRoute says to whom a request for a human goes, from what is known.
// It never defaults to one network: when the routing table decides (an
// operator kind, from the status, the age or a disability), that kind;
// when the visitor is out of the CEP's scope (under 16, a student, a place
// outside the 18 regions), the general reception queue; when only the
// status is missing, askStatus is true — the one fact that decides — unless
// it was already asked (statusAsked), and then the reception queue.
func HumanRoute(f analysis.Facts, statusAsked bool) (kind string, askStatus bool) {
	d := routing.Route(f)
	switch {
	case d.OutOfScope != "":
		return directory.KindAccueil, false
	case d.Operator != "":
		return d.Operator, false
	case f.Status == "" && !statusAsked:
		return "", true
	}
	return directory.KindAccueil, false
}

// ForMessage reads a message written without consent (nothing is kept)
// and returns the contacts of the operator it points to, or the general
// reception queue and mon-cep.org when it does not say enough, and whether
// the message said enough to name an operator.
func ForMessage(d *directory.Directory, text string, now time.Time) (Contacts, bool) {
	f := analysis.Analyse(text, now)
	dec := routing.Route(f)
	if dec.Operator == "" || dec.OutOfScope != "" {
		return Find(d, "", f.Departement, f.Region), false
	}
	return Find(d, dec.Operator, f.Departement, f.Region), true
}
