package telegram

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"
)

// kind is what the adapter does with an update.
type kind int

const (
	kindIgnored  kind = iota // unknown or unwanted update types
	kindMessage              // a message in a private chat
	kindGroup                // a message in a group or channel: answered once
	kindCallback             // a pressed inline button
	kindMember               // my_chat_member: the bot was blocked, added to a group…
)

var errNoUpdateID = errors.New("update without update_id")

// decodeUpdate reads one update as Telegram posts it.
func decodeUpdate(data []byte) (*models.Update, error) {
	var u models.Update
	if err := json.Unmarshal(data, &u); err != nil {
		return nil, err
	}
	if u.ID <= 0 {
		return nil, errNoUpdateID
	}
	return &u, nil
}

// route classifies an update and names the chat it belongs to (its ordering
// key).
func route(u *models.Update) (kind, int64) {
	switch {
	case u.Message != nil:
		if u.Message.Chat.Type == models.ChatTypePrivate {
			// A private chat's id is the visitor's user id: positive. 0
			// or a negative id is forged or damaged, never a session.
			if u.Message.From != nil && u.Message.From.IsBot || u.Message.Chat.ID <= 0 {
				return kindIgnored, 0
			}
			return kindMessage, u.Message.Chat.ID
		}
		if u.Message.Chat.ID == 0 {
			return kindIgnored, 0
		}
		return kindGroup, u.Message.Chat.ID
	case u.ChannelPost != nil:
		if u.ChannelPost.Chat.ID == 0 {
			return kindIgnored, 0
		}
		return kindGroup, u.ChannelPost.Chat.ID
	case u.CallbackQuery != nil:
		if u.CallbackQuery.ID == "" {
			return kindIgnored, 0
		}
		// Inline-mode messages have no chat: answered, otherwise ignored.
		c := callbackChat(u.CallbackQuery)
		if c.Type == models.ChatTypePrivate && c.ID < 0 {
			return kindIgnored, 0
		}
		return kindCallback, c.ID
	case u.MyChatMember != nil:
		if u.MyChatMember.Chat.ID == 0 {
			return kindIgnored, 0
		}
		return kindMember, u.MyChatMember.Chat.ID
	}
	return kindIgnored, 0
}

func callbackChat(cq *models.CallbackQuery) models.Chat {
	switch {
	case cq.Message.Message != nil:
		return cq.Message.Message.Chat
	case cq.Message.InaccessibleMessage != nil:
		return cq.Message.InaccessibleMessage.Chat
	}
	return models.Chat{}
}

// parseCommand splits "/cmd@Bot arg…" into "cmd" and "arg…".
func parseCommand(text string) (cmd, arg string, ok bool) {
	if !strings.HasPrefix(text, "/") {
		return "", "", false
	}
	head, rest, _ := strings.Cut(text[1:], " ")
	if i := strings.IndexAny(head, "\n\t"); i >= 0 {
		head, rest = head[:i], head[i+1:]+" "+rest
	}
	head, _, _ = strings.Cut(head, "@")
	if head == "" || len(head) > 32 {
		return "", "", false
	}
	for _, r := range head {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return "", "", false
		}
	}
	return strings.ToLower(head), strings.TrimSpace(rest), true
}

// validPayload: deep-link payloads are 1–64 of [A-Za-z0-9_-].
func validPayload(p string) bool { return len(p) <= 64 && validSecret(p) }

// Callback data carries the step token and the choice value:
//
//	s<step>|<value>   the value itself, when it fits in 64 bytes
//	s<step>#<i>       the index of the choice otherwise; the value is kept
//	                  in memory by the adapter that sent the keyboard
//
// Steps must not contain '|' or '#' (they are replaced by '_').
const maxCallbackData = 64

func encodeCallback(step, value string, index int) (data string, byIndex bool) {
	step = strings.NewReplacer("|", "_", "#", "_").Replace(strings.ToValidUTF8(step, "_"))
	d := "s" + step + "|" + value
	if len(d) <= maxCallbackData && utf8.ValidString(d) && value != "" {
		return d, false
	}
	d = "s" + step + "#" + strconv.Itoa(index)
	if len(d) > maxCallbackData { // absurdly long step: keep the index only
		d = "s#" + strconv.Itoa(index)
	}
	return d, true
}

// parseCallback reads callback data. index is -1 when the value is inline.
func parseCallback(data string) (step, value string, index int, ok bool) {
	if len(data) < 2 || len(data) > maxCallbackData || data[0] != 's' || !utf8.ValidString(data) {
		return "", "", -1, false
	}
	i := strings.IndexAny(data, "|#")
	if i < 0 {
		return "", "", -1, false
	}
	step, rest := data[1:i], data[i+1:]
	if data[i] == '|' {
		if rest == "" {
			return "", "", -1, false
		}
		return step, rest, -1, true
	}
	n, err := strconv.Atoi(rest)
	if err != nil || n < 0 || n > 99 || strconv.Itoa(n) != rest {
		return "", "", -1, false
	}
	return step, "", n, true
}
