package telegram

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
)

func FuzzDecodeUpdate(f *testing.F) {
	f.Add(telegramtest.TextUpdate(1, 42, "/start promo"))
	f.Add(telegramtest.TextUpdate(2, -100, "groupe"))
	f.Add([]byte(`{"update_id":3,"callback_query":{"id":"c","from":{"id":5},"data":"s3|oui","message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"text":"Q","reply_markup":{"inline_keyboard":[[{"text":"Oui","callback_data":"s3|oui"}]]}}}}`))
	f.Add([]byte(`{"update_id":4,"callback_query":{"id":"c","from":{"id":5},"data":"s3#1","message":{"message_id":1,"date":0,"chat":{"id":5,"type":"private"}}}}`))
	f.Add([]byte(`{"update_id":5,"my_chat_member":{"chat":{"id":5,"type":"private"},"from":{"id":5},"date":1,"old_chat_member":{"status":"member","user":{"id":1}},"new_chat_member":{"status":"kicked","user":{"id":1}}}}`))
	f.Add([]byte(`{"update_id":6,"poll":{"id":"p"}}`))
	f.Add([]byte(`{"update_id":7,"message":{"message_id":1,"date":1,"chat":{"id":7,"type":"private"},"caption":"/aide@bot\tx"}}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"update_id":-1}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		u, err := decodeUpdate(body)
		if err != nil {
			return
		}
		if u.ID <= 0 {
			t.Fatal("accepted an update without id")
		}
		k, chat := route(u)
		switch k {
		case kindMessage:
			in := messageInbound(u.ID, u.Message)
			if !utf8.ValidString(in.Text) || strings.ContainsRune(in.Text, 0) {
				t.Fatalf("invalid text %q", in.Text)
			}
			if in.Conversation != strconv.FormatInt(chat, 10) || in.UpdateID != strconv.FormatInt(u.ID, 10) {
				t.Fatalf("inbound %+v for chat %d", in, chat)
			}
			if in.Payload != "" && (in.Text != "/start" || !validPayload(in.Payload)) {
				t.Fatalf("payload %q with %q", in.Payload, in.Text)
			}
		case kindCallback:
			cq := u.CallbackQuery
			if callbackChat(cq).ID != chat {
				t.Fatal("callback routed to another chat")
			}
			_, _, _, _ = parseCallback(cq.Data)
			_ = buttonLabel(cq.Message.Message, cq.Data)
		case kindGroup, kindMember:
			if chat == 0 {
				t.Fatal("no chat")
			}
		}
	})
}

func FuzzCallbackData(f *testing.F) {
	f.Add("s3|oui", "3", "oui", 0)
	f.Add("s12#4", "12", strings.Repeat("x", 70), 4)
	f.Add("s|", "", "", 1)
	f.Add("s#99", "a|b#c", "é", 99)
	f.Add("x", strings.Repeat("9", 70), "v", 2)
	f.Fuzz(func(t *testing.T, data, step, value string, index int) {
		// Arbitrary data: never panics, outputs are well-formed.
		if s, v, i, ok := parseCallback(data); ok {
			if len(data) > maxCallbackData || (i < 0) == (v == "") || i > 99 || strings.ContainsAny(s, "|#") {
				t.Fatalf("parse(%q) = %q %q %d", data, s, v, i)
			}
		}
		// Round trip of what the adapter sends.
		if index < 0 || index > 99 {
			return
		}
		d, byIndex := encodeCallback(step, value, index)
		if len(d) > maxCallbackData || !utf8.ValidString(d) || d == "" {
			t.Fatalf("encode(%q, %q) = %q", step, value, d)
		}
		s, v, i, ok := parseCallback(d)
		if !ok {
			t.Fatalf("cannot parse own data %q", d)
		}
		if byIndex {
			if i != index || v != "" {
				t.Fatalf("index: %q → %d %q", d, i, v)
			}
		} else if v != value || i != -1 {
			t.Fatalf("value: %q → %q", d, v)
		}
		clean := strings.NewReplacer("|", "_", "#", "_").Replace(strings.ToValidUTF8(step, "_"))
		if s != clean && s != "" {
			t.Fatalf("step %q → %q", step, s)
		}
	})
}

func FuzzSplitText(f *testing.F) {
	f.Add("a\nb c", 3)
	f.Add("😀😀😀 é\n\n x", 2)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 2 || limit > 5000 {
			return
		}
		s = cleanText(s)
		parts := splitText(s, limit)
		var all strings.Builder
		for _, p := range parts {
			if utf16Len(p) > limit || p == "" || !utf8.ValidString(p) {
				t.Fatalf("part %q (limit %d)", p, limit)
			}
			all.WriteString(p)
		}
		strip := func(x string) string { return strings.Join(strings.Fields(x), "") }
		if strip(all.String()) != strip(s) {
			t.Fatalf("content changed: %q → %q", s, parts)
		}
	})
}
