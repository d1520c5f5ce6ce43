package dialogs

// An agent public who says the employer must not know (« je ne veux pas que
// ma hiérarchie le sache »): row 1 of cep-domain.md §1.3 sends them to their
// employer, but lets them turn, confidentially, to the other L6111-6
// organisations (never the regional operator). Once they have said so, the
// orientation leads with those, and the employer comes after.

import (
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
	"github.com/cep-accueil/cepbot/dialogs/routing"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// flagDiscreet: the visitor said their employer must not learn of the
// request.
const flagDiscreet = flagAckAngry << 1

// flagOutsideSaid: « Votre lieu de résidence n'est pas couvert… » was
// said (at the place question, at the homonym choice); the orientation
// then goes on to the contacts instead of saying it again (persona q28a,
// issue 13).
const flagOutsideSaid = flagDiscreet << 1

// flagAckExhausted: « j'en peux plus » was acknowledged once (ways.go).
const flagAckExhausted = flagOutsideSaid << 1

// noteDiscreet remembers, once consented, a typed message stating the
// worry that the employer learns of the request (the same reading as the
// confidentiality card's: the employer, or the hierarchy, and someone
// learning of it).
func (t *turn) noteDiscreet() {
	if t.in.Choice != "" || !t.consented() || t.r.Flags&flagDiscreet != 0 || !mayBeQuestion(t.text) {
		return
	}
	m := &t.memo
	if m.notConcernOK && m.notConcern == t.text {
		return
	}
	n := t.paddedNorm()
	// « je travaille à la mairie, je voudrais savoir comment changer de
	// métier »: an employer and « savoir », but no wish that they do not
	// know (persona pe2): the worry must be said.
	if containsAny(n, discreetCues) && (knowledge.StatesConcern(t.text) || containsAny(n, publicEmployerWho) && containsAny(n, discreetKnow)) {
		t.r.Flags |= flagDiscreet
		return
	}
	m.notConcern, m.notConcernOK = t.text, true
}

// discreetCues: the worry is said (a negation, a fear, secrecy), not a
// wish to know something (normalised, between spaces).
var discreetCues = []string{" pas ", " sans que ", " sans qu ", " peur ", " crains ", " craint ", " discret", " confidenti",
	" secret", " jamais ", " not ", " don t ", " doesn t ", " without "}

// publicEmployerWho are the public employers named as the one who must not
// know (« je veux pas que l'Éducation nationale sache »), beside the
// knowledge cues' employer words; discreetKnow their learning of it.
var (
	publicEmployerWho = []string{" education nationale ", " l education ", " ministere ", " academie ", " prefecture ", " collectivite ",
		" departement ", " region ", " hopital ", " chu ", " ehpad ", " armee ", " caserne ", " unite ", " gendarmerie ", " commissariat "}
	discreetKnow = []string{" sache ", " sachent ", " savoir ", " au courant ", " apprenne ", " apprennent ", " informe ", " informee ",
		" prevenu ", " prevenue "}
)

// discreetAlternatives are the confidential alternatives that lead the
// orientation: row 1 routed to the employer, the visitor asked for
// discretion, and the employer can be booked here (otherwise the
// alternatives are already all that is offered). For a relative too: the
// lines then say « il peut… » (discreetLines) — the ordering was skipped
// for them (persona q26a, issue 13).
func (t *turn) discreetAlternatives(dec *routing.Decision) []string {
	// (also when the employer cannot be booked here: the orientation led
	// with the employer the visitor had just said must not know — persona
	// pe4, a hospital nurse; its button is then left out, orientQuestion)
	if t.r.Flags&flagDiscreet == 0 || dec.Rule != 1 || dec.Operator != routing.EmployeurPublic {
		return nil
	}
	var alts []string
	for _, a := range dec.Alternatives {
		if a != dec.Operator && a != routing.OperateurRegional && t.x.OperatorShort[a] != "" {
			alts = append(alts, a)
		}
	}
	return alts
}

// discreetLines are the orientation's lines when the confidential
// alternatives lead: them, then the employer's door (label) with the
// branch's contact as the reason; the « Si vous préférez ne pas passer par
// votre employeur » sentence is not repeated.
func (t *turn) discreetLines(label string, alts []string) []string {
	u := t.publicUnderstanding()
	names := routing.PublicAlternativeNames(u, alts, t.facts().Age > 0)
	contact := routing.PublicReasons(u, t.facts(), nil)
	if your, pronoun := t.proxy(); your != "" {
		return []string{
			texts.Fill(t.x.ProxyOrientDiscreet, texts.UpperFirst(your), pronoun, t.x.ListOr(names...)),
			texts.Fill(t.x.ProxyOrientDiscreetEmployer, texts.UpperFirst(pronoun), label, your),
			texts.Fill(t.x.OrientWhy, contact[0]),
		}
	}
	return []string{
		texts.Fill(t.x.OrientDiscreet, t.x.ListOr(names...)),
		texts.Fill(t.x.OrientDiscreetEmployer, label),
		texts.Fill(t.x.OrientWhy, contact[0]),
	}
}
