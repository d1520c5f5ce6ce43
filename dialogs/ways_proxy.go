package dialogs

// Writing for a relative, round 2 (issue 14): every sentence about the
// person speaks of them in the third person — the routing's reasons, the
// orientation, the options, the modality question and the confirmation.
// The texts are the catalogue's Proxy* variants, with the relative's noun
// and gender from the record.

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/routing"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// proxyFeminine tells whether the relative is a woman (« votre fille »).
func (t *turn) proxyFeminine() bool { return strings.HasPrefix(t.r.Proxy, "f:") }

// proxyReasons are the routing's reasons about the relative (« Votre fils
// a moins de 26 ans : … »), or "" when the visitor writes for themselves
// or the catalogue has no form for the row.
func (t *turn) proxyReasons(dec *routing.Decision) string {
	your, _ := t.proxy()
	if your == "" {
		return ""
	}
	key := strconv.Itoa(dec.Rule)
	switch dec.OutOfScope {
	case "moins_de_16":
		key = "16"
	case "hors_regions":
		key = "hors"
	}
	if dec.Operator == "" && dec.OutOfScope == "" {
		key = "9"
	}
	if sub := t.apecSub(dec); sub != "" && t.x.ProxyReasons[key+sub] != "" {
		key += sub
	}
	r := t.x.ProxyReasons[key+"f"]
	if r == "" || !t.proxyFeminine() {
		r = t.x.ProxyReasons[key]
	}
	if r == "" {
		return ""
	}
	out := fmt.Sprintf(r, texts.UpperFirst(your), t.proxyStatusBeing())
	if key != "hors" && t.facts().Outside {
		if h := t.x.ProxyReasons["hors"]; h != "" {
			out += " " + fmt.Sprintf(h, your, "")
		}
	}
	return out
}

// publicReasons are row 1's reasons (whom to contact in the branch, the
// confidential alternatives) in the conversation's language or about a
// relative; "" for another row, or when the routing's French ones fit.
func (t *turn) publicReasons(dec *routing.Decision) string {
	if dec.Rule != 1 || dec.Operator != routing.EmployeurPublic {
		return ""
	}
	if your, _ := t.proxy(); your == "" && (t.r.Lang == "" || t.r.Lang == texts.French) {
		return ""
	}
	return strings.Join(routing.PublicReasons(t.publicUnderstanding(), t.facts(), dec.Alternatives), " ")
}

// publicUnderstanding is the catalogue's texts of row 1, about the
// relative when the visitor writes for one (« Votre fils est agent
// territorial : … »).
func (t *turn) publicUnderstanding() texts.Understanding {
	u := t.x.Understanding
	if your, pronoun := t.proxy(); your != "" {
		yours := texts.UpperFirst(your)
		u.ContactEtat = t.proxyAgreed(texts.Fill(u.ProxyContactEtat, yours))
		u.ContactEducation = t.proxyAgreed(texts.Fill(u.ProxyContactEducation, yours))
		u.ContactTerritoriale = t.proxyAgreed(texts.Fill(u.ProxyContactTerritoriale, yours))
		u.ContactHospitaliere = t.proxyAgreed(texts.Fill(u.ProxyContactHospitaliere, yours))
		u.ContactArmees = texts.Fill(u.ProxyContactArmees, yours)
		u.ContactBranchless = t.proxyAgreed(texts.Fill(u.ProxyContactBranchless, yours))
		u.ConfidentialAlternatives = texts.Fill(u.ProxyConfidentialAlternatives, your, pronoun)
	}
	return u
}

// proxyStatusBeing is the relative's status after « … est », agreed with
// their gender (« Votre fille est salariée du privé », « Votre fils est
// salarié du privé »), not the inclusive « salarié(e) ».
func (t *turn) proxyStatusBeing() string {
	st := t.facts().Status
	if t.proxyFeminine() {
		if n := t.x.StatusWoman[st]; n != "" {
			return n
		}
	}
	return strings.NewReplacer("(e)", "", "(le)", "").Replace(t.statusBeing())
}

// proxyAgreed agrees a sentence about the relative with a woman
// (« agente hospitalière »); about a man, or in a language without the
// agreements, it is unchanged.
func (t *turn) proxyAgreed(s string) string {
	if !t.proxyFeminine() {
		return s
	}
	for m, f := range t.x.Understanding.ProxyFeminine {
		s = strings.Replace(s, m, f, 1)
	}
	return s
}

// operatorName is the operator's name in the orientation; a relative's
// public employer is theirs (« son employeur public »).
func (t *turn) operatorName(kind string, short bool) string {
	if kind == routing.EmployeurPublic {
		your, _ := t.proxy()
		if !short {
			// The door of the branch known (cep-domain.md §1.5), not a
			// generic one the reason below contradicts (« conseiller
			// mobilité-carrière » then « Défense mobilité »).
			names := t.x.EmployerNames
			if your != "" {
				names = t.x.ProxyEmployerNames
			}
			if n := names[t.facts().Branch]; n != "" {
				return n
			}
		}
		if short && your == "" {
			if n := t.x.EmployerShortNames[t.facts().Branch]; n != "" {
				return n
			}
		}
		if your != "" {
			if short {
				return t.x.ProxyEmployerShort
			}
			return t.x.ProxyEmployerName
		}
	}
	if short {
		return t.x.OperatorShort[kind]
	}
	return t.x.OperatorNames[kind]
}

// noPublicAgency says the directory books no appointment with the public
// employer, to the visitor or about their relative.
func (t *turn) noPublicAgency() string {
	if your, _ := t.proxy(); your != "" {
		return texts.Fill(t.x.ProxyNoPublicAgency, your)
	}
	return t.x.NoPublicAgency
}

// employedNouns are the proxy nouns (intent.Proxy) of a person written for
// by their employer or manager.
var employedNouns = map[string]bool{
	"salarié": true, "salariée": true, "collaborateur": true, "collaboratrice": true,
	"agent": true, "agente": true, "apprenti": true, "apprentie": true,
}

// proxyEmployed tells whether the visitor writes for someone they employ
// or manage.
func (t *turn) proxyEmployed() bool {
	_, noun, _ := strings.Cut(t.r.Proxy, ":")
	return employedNouns[noun]
}

// orientIntro names the organisation that can accompany the visitor, or
// their relative.
func (t *turn) orientIntro(label string) string {
	if your, pronoun := t.proxy(); your != "" {
		s := texts.Fill(t.x.ProxyOrientIntro, your, label)
		if t.proxyEmployed() {
			s += " " + texts.Fill(t.x.ProxyEmployerNote, your, pronoun)
		}
		return s
	}
	return texts.Fill(t.x.OrientIntro, label)
}

// modalityAsk asks how the visitor, or their relative, meets the advisor.
func (t *turn) modalityAsk(agency string) string {
	if your, pronoun := t.proxy(); your != "" {
		return texts.Fill(t.x.ProxyModalityAsk, your, pronoun, agency)
	}
	return texts.Fill(t.x.ModalityAsk, agency)
}

// bookedText is the confirmation: « Le conseiller recevra la demande de
// votre fils » when the visitor writes for a relative.
func (t *turn) bookedText(booked string) string {
	if your, _ := t.proxy(); your != "" {
		return strings.Replace(booked, t.x.BookedHandoff, texts.Fill(t.x.ProxyBookedHandoff, your), 1)
	}
	return booked
}

// proxyOptions relabels the options written in the first person (« Je
// cherche un emploi », « Me former ») when the questions are about a
// relative; the words that match a typed answer stay.
func (t *turn) proxyOptions(st State, opts []option) []option {
	if t.r.Proxy == "" || len(opts) == 0 {
		return opts
	}
	var labels map[string]string
	switch st {
	case StateStatus, StateHumanStatus:
		labels = map[string]string{"demandeur_emploi": t.x.ProxyJobSeeker}
	case StateRetired:
		_, pronoun := t.proxy()
		labels = map[string]string{"oui": texts.Fill(t.x.ProxyRetiredSeek, pronoun),
			"emploi": texts.Fill(t.x.ProxyRetiredWorking, texts.UpperFirst(pronoun))}
	case StateProject:
		labels = map[string]string{
			"formation": t.x.ProxyProjectTrain, "mobilite": t.x.ProxyProjectEvolve,
			"vae": t.x.ProxyProjectVAE, "autre": t.x.ProxyProjectUnsure,
		}
	default:
		return opts
	}
	out := make([]option, len(opts))
	for i, o := range opts {
		if l := labels[o.Value]; l != "" {
			o.Words = append(append([]string(nil), o.Words...), normalise(o.Label))
			o.Label = l
		}
		out[i] = o
	}
	return out
}

// dayYear is a date with its year in the conversation's language (« 1er
// décembre 2026 », "1 December 2026").
func (t *turn) dayYear(at time.Time) string {
	if t.r.Lang == "" || t.r.Lang == texts.French || len(t.x.Months) != 12 {
		return texts.DayYear(at)
	}
	return fmt.Sprintf("%d %s %d", at.Day(), t.x.Months[at.Month()-1], at.Year())
}

// orientCards introduces the information cards: for the visitor's project,
// or their relative's.
func (t *turn) orientCards() string {
	if your, _ := t.proxy(); your != "" {
		return texts.Fill(t.x.ProxyOrientCards, your)
	}
	return t.x.OrientCards
}

// studentText says the CEP is not for a student not looking for a job: the
// visitor, or their relative.
func (t *turn) studentText() string {
	if your, _ := t.proxy(); your != "" {
		return texts.Fill(t.x.ProxyStudent, your)
	}
	return t.x.Student
}
