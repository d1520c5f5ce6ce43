package texts

// The global commands, by name: the one list. The dialogue recognises them
// (typed as /name or pressed as a button) in every state; the Telegram menu
// shows them in this order with the descriptions of Commands.
const (
	CmdStart   = "start"
	CmdHelp    = "aide"
	CmdHuman   = "conseiller"
	CmdBooking = "rdv"
	CmdData    = "mesdonnees"
	CmdErase   = "supprimer"
	CmdStop    = "stop"
)

// CommandNames lists the global commands in menu order.
var CommandNames = []string{CmdStart, CmdHelp, CmdHuman, CmdBooking, CmdData, CmdErase, CmdStop}

// Commands holds the command menu shown by Telegram and the help.
// French values sit under the type; a field with fmt verbs says so in its comment.
type Commands struct {
	CommandStart   string // menu description of /start
	CommandHelp    string // of /aide
	CommandHuman   string // of /conseiller
	CommandBooking string // of /rdv
	CommandData    string // of /mesdonnees
	CommandErase   string // of /supprimer
	CommandStop    string // of /stop
	// CommandGroupNotice is said once in a group chat: the dialogue and its
	// commands are served in private only.
	CommandGroupNotice string
	// The console's note for an attachment saved to a file.
	CommandConsoleAttachment      string // %s the file's name, %s where it was saved
	CommandConsoleAttachmentError string // %s the file's name, %v why it could not be saved
}

var frCommands = Commands{
	CommandStart:       "Recommencer",
	CommandHelp:        "Aide",
	CommandHuman:       "Parler à un conseiller",
	CommandBooking:     "Mon rendez-vous",
	CommandData:        "Mes données",
	CommandErase:       "Effacer mes données",
	CommandStop:        "Arrêter",
	CommandGroupNotice: "Écrivez-moi en message privé : je ne réponds pas dans les groupes.",

	CommandConsoleAttachment:      "[pièce jointe : %s, enregistrée dans %s]",
	CommandConsoleAttachmentError: "[pièce jointe %s : impossible de l'enregistrer (%v)]",
}

// MenuEntry is one line of the command menu.
type MenuEntry struct {
	Command     string // name, without the slash
	Description string
}

// Menu is the command menu of the catalogue's language: every command of
// CommandNames, in order, with its description.
func (c *Catalog) Menu() []MenuEntry {
	desc := map[string]string{
		CmdStart: c.CommandStart, CmdHelp: c.CommandHelp, CmdHuman: c.CommandHuman, CmdBooking: c.CommandBooking,
		CmdData: c.CommandData, CmdErase: c.CommandErase, CmdStop: c.CommandStop,
	}
	out := make([]MenuEntry, 0, len(CommandNames))
	for _, name := range CommandNames {
		out = append(out, MenuEntry{Command: name, Description: desc[name]})
	}
	return out
}
