package dialogs

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// cmdPrefix marks a button value that runs a command.
const cmdPrefix = "cmd:"

// Global commands, usable in every state: the one list is texts.CommandNames.
const (
	cmdStart   = texts.CmdStart
	cmdHelp    = texts.CmdHelp
	cmdHuman   = texts.CmdHuman
	cmdBooking = texts.CmdBooking
	cmdData    = texts.CmdData
	cmdErase   = texts.CmdErase
	cmdStop    = texts.CmdStop
)

// commandWords are the same commands typed as words (the whole message).
var commandWords = map[string]string{
	"start": cmdStart, "recommencer": cmdStart, "redemarrer": cmdStart,
	"aide": cmdHelp, "help": cmdHelp, "au secours": cmdHelp, "menu": cmdHelp,
	"menu principal": cmdHelp, "retour au menu": cmdHelp, "revenir au menu": cmdHelp, "le menu": cmdHelp,
	"conseiller": cmdHuman, "parler a un conseiller": cmdHuman, "un conseiller": cmdHuman, "humain": cmdHuman,
	"rdv": cmdBooking, "mon rdv": cmdBooking, "rendez vous": cmdBooking, "mon rendez vous": cmdBooking,
	"mesdonnees": cmdData, "mes donnees": cmdData,
	"supprimer": cmdErase, "supprimer mes donnees": cmdErase, "effacer mes donnees": cmdErase,
	"stop": cmdStop, "arreter": cmdStop, "arret": cmdStop,
}

// slashCommands also accepts a few English and Telegram habits.
var slashCommands = map[string]string{
	"start": cmdStart, "aide": cmdHelp, "help": cmdHelp, "conseiller": cmdHuman, "rdv": cmdBooking,
	"mesdonnees": cmdData, "supprimer": cmdErase, "stop": cmdStop, "recommencer": cmdStart,
}

// commandOf recognises a command: a command button, "/cmd" (with an optional
// "@botname" and arguments), or the command's words as the whole message.
func commandOf(choice, text string) string {
	if strings.HasPrefix(choice, cmdPrefix) {
		return strings.TrimPrefix(choice, cmdPrefix)
	}
	if choice != "" {
		return ""
	}
	if strings.HasPrefix(text, "/") {
		word, _, _ := strings.Cut(text[1:], " ")
		word, _, _ = strings.Cut(word, "@")
		return slashCommands[strings.ToLower(word)]
	}
	if len(text) > 40 {
		return ""
	}
	return commandWords[normalise(text)]
}

// unknownCommand reports a typed « /word » that is no command (« /cep », the
// staff's Slack command tried in the chat, « /rdvv »): said so with the list
// of commands, rather than « je n'ai pas compris » or read as a situation.
func unknownCommand(choice, text string) (string, bool) {
	if choice != "" || len(text) < 2 || text[0] != '/' {
		return "", false
	}
	word, _, _ := strings.Cut(text[1:], " ")
	word, _, _ = strings.Cut(word, "@")
	if len(word) == 0 || len(word) > 20 {
		return "", false
	}
	for _, r := range word {
		if !unicode.IsLetter(r) {
			return "", false
		}
	}
	return "/" + word, slashCommands[strings.ToLower(word)] == ""
}

func (t *turn) command(cmd string) error {
	s := t.s
	switch cmd {
	case cmdStart:
		if err := t.leaveCaller(); err != nil {
			return err
		}
		// The active booking and the language survive a restart of the
		// dialogue.
		old := t.r
		t.r = record{Source: t.in.Payload, PrevAdvisor: old.PrevAdvisor, Booking: old.Booking, Lang: old.Lang}
		if t.r.Source == "" {
			t.r.Source = old.Source
		}
		t.factsChanged()
		t.say(t.x.Welcome)
		return t.goTo(EvStart)
	case cmdHelp:
		t.say(t.x.Help)
		return t.ask()
	case cmdHuman:
		return t.humanRequest()
	case cmdBooking:
		b, err := t.activeBooking()
		if err != nil {
			return err
		}
		if b == nil {
			switch t.state() {
			case StateConfirm:
				// the appointment shown is not booked yet: said, rather
				// than « no appointment » above it
				t.say(t.x.NotBookedYet)
			case StateContact, StateContactDetail:
				// a slot is held: « no appointment » would deny it
				t.say(t.x.NotBookedContact)
			default:
				t.say(t.x.NoBooking)
			}
			return t.ask()
		}
		return t.goTo(EvManage)
	case cmdData:
		return t.exportData()
	case cmdErase:
		if t.state() != StateEraseAsk {
			t.r.Resume = State(s.State)
		}
		return t.goTo(EvAskErase)
	case cmdStop:
		b, err := t.activeBooking()
		booked := err == nil && b != nil
		if d := t.def(); !booked && d != nil && d.Resumable && t.consented() {
			// « reprendre » later continues at this question, the facts
			// kept (it was « La conversation est terminée. Écrivez
			// /start », which starts again from the consent)
			t.r.Resume = State(s.State)
			t.say(t.x.StopResumable)
			return t.goTo(EvStop)
		}
		t.say(t.x.Stop)
		if booked {
			// /stop after booking: the appointment is not cancelled by
			// it, and a visitor may think so (persona pe4)
			t.say(t.x.StopBooked)
		}
		return t.goTo(EvStop)
	}
	return t.ask()
}

// request builds the handoff of the current conversation.
func (t *turn) request(kind string) booking.Request {
	s, r := t.s, &t.r
	f := r.Facts
	dec := t.route()
	facts := handoffFacts(f)
	if _, noun, ok := strings.Cut(r.Proxy, ":"); ok && noun != "" {
		// Written by a relative or a professional (« mon frère », « une
		// personne que j'accompagne »): the advisor knows whom the facts
		// are about and who will answer the phone (persona pe1).
		facts["pour"] = noun
	}
	share := r.Share != nil && *r.Share
	if share {
		facts["handicap"] = boolString(f.Handicap)
	}
	h := bot.Handoff{
		Request: r.Request, Facts: facts, Reasons: dec.Reasons, Alternatives: dec.Alternatives,
		ShareHealth: share, ConsentText: ConsentVersion, Source: r.Source, ConsentAt: r.Consent,
		Prepared: t.preparedHandoff(share),
	}
	return booking.Request{
		Visitor: t.visitor(), Channel: s.Channel, Conversation: strings.TrimPrefix(s.Key, s.Channel+":"),
		OperatorKind: kind, Modality: r.Modality, Contact: r.Contact, Handoff: h,
	}
}

// handoffFacts are the facts of the handoff, those known. The pairs are in
// an array: a map literal here was eight insertions into a map built only
// to be read once, then dropped.
func handoffFacts(f analysis.Facts) map[string]string {
	facts := map[string]string{}
	for _, kv := range [...][2]string{
		{"status", f.Status}, {"age", ageString(f.Age)}, {"departement", f.Departement}, {"region", f.Region},
		{"commune", f.Commune}, {"project", f.Project}, {"cadre", boolString(f.Cadre)}, {"jeune_diplome", boolString(f.JeuneDiplome)},
	} {
		if kv[1] != "" {
			facts[kv[0]] = kv[1]
		}
	}
	return facts
}

// exportData answers /mesdonnees with everything held about the visitor.
func (t *turn) exportData() error {
	var bookings []*bot.Booking
	if t.d.deps.Bookings != nil {
		var err error
		if bookings, err = t.d.deps.Bookings.VisitorBookings(t.ctx, t.visitor()); err != nil {
			return err
		}
	}
	info := t.r.export()
	if len(info) == 0 && len(bookings) == 0 {
		t.say(t.x.DataNone)
		return t.ask()
	}
	export := map[string]any{
		"conversation": map[string]any{"canal": t.s.Channel, "etape": t.s.State, "debut": t.s.Created, "derniere_activite": t.s.Updated},
		"informations": info,
	}
	if len(bookings) > 0 {
		export["rendez_vous"] = bookings
	}
	data, err := json.MarshalIndent(export, "", "  ")
	if err != nil {
		return err
	}
	t.say(t.dataSummary(bookings))
	t.attach(bot.Attachment{Name: t.x.DataName, MIME: "application/json", Data: data})
	return t.ask()
}

func ageString(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func boolString(b *bool) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return "1"
	}
	return "0"
}

// export is what the record holds about the visitor, by the names of
// /mesdonnees.
func (r *record) export() map[string]string {
	out := map[string]string{}
	put := func(k, v string) {
		if v != "" {
			out[k] = v
		}
	}
	if !r.Consent.IsZero() {
		put("consentement", r.Consent.UTC().Format(time.RFC3339))
	}
	f := r.Facts
	put("demande", r.Request)
	put("situation", f.Status)
	put("cadre", boolString(f.Cadre))
	put("bac_plus_3", boolString(f.JeuneDiplome))
	put("age", ageString(f.Age))
	put("handicap", boolString(f.Handicap))
	put("partage_handicap", boolString(r.Share))
	put("departement", f.Departement)
	put("region", f.Region)
	put("commune", f.Commune)
	put("projet", f.Project)
	put("organisme_choisi", r.Operator)
	put("agence", r.Agency)
	put("modalite", r.Modality)
	put("contact", r.Contact)
	put("source", r.Source)
	if r.Pick != nil {
		put("creneau_choisi", time.Unix(r.Pick.Start, 0).UTC().Format(time.RFC3339))
	}
	r.prep.export(put)
	return out
}
