package dialogs

import (
	"encoding/json"
	"strings"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/dialogs/routing"
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
	"aide": cmdHelp, "help": cmdHelp, "au secours": cmdHelp,
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

func (t *turn) command(cmd string) error {
	s := t.s
	switch cmd {
	case cmdStart:
		keep := map[string]string{varSource: t.in.Payload}
		if keep[varSource] == "" {
			keep[varSource] = s.Get(varSource)
		}
		// The active booking survives a restart of the dialogue.
		keep[varPrevAdvsr], keep[varBooking] = s.Get(varPrevAdvsr), s.Get(varBooking)
		s.Vars = nil
		for k, v := range keep {
			s.Set(k, v)
		}
		t.say(txtWelcome)
		return t.goTo(EvStart)
	case cmdHelp:
		t.say(txtHelp)
		return t.ask()
	case cmdHuman:
		return t.human()
	case cmdBooking:
		b, err := t.activeBooking()
		if err != nil {
			return err
		}
		if b == nil {
			t.say(txtNoBooking)
			return t.ask()
		}
		return t.goTo(EvManage)
	case cmdData:
		return t.exportData()
	case cmdErase:
		if t.state() != StateEraseAsk {
			s.Set(varResume, s.State)
		}
		return t.goTo(EvAskErase)
	case cmdStop:
		t.say(txtStop)
		return t.goTo(EvStop)
	}
	return t.ask()
}

// human creates an urgent handoff without a slot (/conseiller).
func (t *turn) human() error {
	if !t.consented() || t.d.deps.Bookings == nil {
		t.say(txtHumanNoCons)
		return t.ask()
	}
	f := factsOf(t.s)
	kind := t.s.Get(varOperator)
	if kind == "" {
		kind = routing.Route(f).Operator
	}
	if kind == "" {
		kind = "france_travail"
	}
	agency := ""
	if ags := t.d.deps.Bookings.Directory().AgenciesFor(kind, f.Departement); len(ags) > 0 {
		agency = ags[0].ID
	}
	req := t.request(kind)
	req.Ref = booking.Reference(t.visitor(), "urgent", t.s.Created.String(), stepToken(t.s))
	req.Slot.AgencyID = agency
	if _, err := t.d.deps.Bookings.Urgent(t.ctx, req); err != nil {
		return err
	}
	t.say(strings.Replace(txtHuman, "%s", "de "+operatorShort[kind], 1))
	return t.ask()
}

// request builds the handoff of the current conversation.
func (t *turn) request(kind string) booking.Request {
	s := t.s
	f := factsOf(s)
	dec := routing.Route(f)
	facts := map[string]string{}
	for k, v := range map[string]string{
		"status": f.Status, "age": s.Get(varAge), "departement": f.Departement, "region": f.Region,
		"commune": f.Commune, "project": f.Project, "cadre": s.Get(varCadre), "jeune_diplome": s.Get(varGraduate),
	} {
		if v != "" {
			facts[k] = v
		}
	}
	share := s.Get(varShare) == "1"
	if share {
		facts["handicap"] = s.Get(varHandicap)
	}
	h := bot.Handoff{
		Request: s.Get(varRequest), Facts: facts, Reasons: dec.Reasons, Alternatives: dec.Alternatives,
		ShareHealth: share, ConsentText: ConsentVersion, Source: s.Get(varSource),
	}
	h.ConsentAt = parseTime(s.Get(varConsent))
	return booking.Request{
		Visitor: t.visitor(), Channel: s.Channel, Conversation: strings.TrimPrefix(s.Key, s.Channel+":"),
		OperatorKind: kind, Modality: s.Get(varModality), Contact: s.Get(varContact), Handoff: h,
	}
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
	if len(t.s.Vars) == 0 && len(bookings) == 0 {
		t.say(txtDataNone)
		return t.ask()
	}
	export := map[string]any{
		"conversation": map[string]any{"canal": t.s.Channel, "etape": t.s.State, "debut": t.s.Created, "derniere_activite": t.s.Updated},
		"informations": exportVars(t.s.Vars),
	}
	if len(bookings) > 0 {
		export["rendez_vous"] = bookings
	}
	data, err := json.MarshalIndent(export, "", "  ")
	if err != nil {
		return err
	}
	t.say(txtDataIntro)
	t.attach(bot.Attachment{Name: txtDataName, MIME: "application/json", Data: data})
	return t.ask()
}

var exportNames = map[string]string{
	varConsent: "consentement", varRequest: "demande", varStatus: "situation", varCadre: "cadre",
	varGraduate: "bac_plus_3", varAge: "age", varHandicap: "handicap", varShare: "partage_handicap",
	varDep: "departement", varRegion: "region", varCommune: "commune", varProject: "projet",
	varOperator: "organisme_choisi", varAgency: "agence", varModality: "modalite", varContact: "contact",
	varSource: "source", varPick: "creneau_choisi",
}

func exportVars(vars map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range vars {
		if name, ok := exportNames[k]; ok {
			out[name] = v
		}
	}
	return out
}
