// Package bot is the engine of cepbot and its seams: the messages exchanged
// with channels, the Adapter and store interfaces, the turn loop (load the
// session, step the dialogue, save, send), and the booking and handoff
// service. It holds no CEP wording and imports no channel SDK.
package bot

import "time"

// Inbound is one thing a person did on a channel: a typed message, a pressed
// button or a command.
type Inbound struct {
	Channel      string    // "console", "telegram", "slack"
	Conversation string    // channel-scoped conversation (chat) id
	User         string    // channel-scoped user id
	UpdateID     string    // unique per channel; redelivered updates carry the same id; "" disables dedupe
	Time         time.Time // when the channel received it; the engine sets it to its own clock (Config.Now) for the turn
	Text         string    // typed text (commands included, e.g. "/aide")
	Choice       string    // value of a pressed button; "" when typed
	Step         string    // step token carried by the pressed button; "" when typed
	Payload      string    // deep-link payload of /start (the visitor's source)
	Name         string    // display name, for staff channels; never logged
	Files        []FileRef // files sent with the message (files.go)
}

// Address names a conversation on a channel.
type Address struct {
	Channel      string
	Conversation string
}

// Addr returns where replies to m go.
func (m Inbound) Addr() Address { return Address{Channel: m.Channel, Conversation: m.Conversation} }

// Key is the store key of the conversation.
func (a Address) Key() string { return a.Channel + ":" + a.Conversation }

// Reply is one message the bot sends.
type Reply struct {
	Text        string
	Choices     []Choice     // offered as buttons where the channel has them, numbered otherwise
	Step        string       // step token to attach to the buttons (stale-button detection)
	Attachments []Attachment // e.g. an .ics calendar file
	// HTML, when set, is Text with Telegram-HTML markup (<b>, <i>, <a
	// href>…, everything else escaped), for channels that render it (an
	// advisor's formatted reply); others send Text.
	HTML string
}

// Choice is one option offered to the visitor. Value is what comes back in
// Inbound.Choice when pressed; Label is shown.
type Choice struct {
	Label string
	Value string
}

// Attachment is a file sent with a reply.
type Attachment struct {
	Name string // file name, e.g. "rendez-vous.ics"
	MIME string
	Data []byte
}
