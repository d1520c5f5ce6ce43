// Package telegramtest is a fake Telegram Bot API server for tests. It
// listens on 127.0.0.1 only, records every call, keeps the messages the bot
// sent (with their inline keyboards, edits included), lets tests inject
// updates as a visitor typing or pressing a button — served by getUpdates,
// or posted to the registered webhook with its secret, in order, redelivered
// until answered 2xx — and can fail the next calls of a method (429 with
// retry_after, 403, 500…).
package telegramtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
)

// Token is a well-formed bot token accepted by a Server from NewServer.
const Token = "123456:TEST-token_for-telegramtest"

// Call is one Bot API request received.
type Call struct {
	Method string
	Params map[string]string // form values; JSON-typed values as JSON text
	Files  map[string]File
	At     time.Time
}

// File is an uploaded file.
type File struct {
	Name string
	Data []byte
}

// Message is a message the bot sent, in its current state.
type Message struct {
	ID        int
	Chat      int64
	Text      string // as displayed: HTML entities decoded
	Raw       string // as sent
	ParseMode string
	Keyboard  [][]Button
	Edited    bool
	Document  *File
}

// Button is an inline keyboard button.
type Button struct {
	Text string `json:"text"`
	Data string `json:"callback_data"`
}

// Delivery is one webhook POST made by the server.
type Delivery struct {
	UpdateID int64
	Status   int // 0: transport error
}

type failure struct {
	code       int
	desc       string
	retryAfter int
}

// Server is a fake Bot API.
type Server struct {
	URL   string // base URL: Config.APIURL
	Token string

	// MaxPoll caps getUpdates long polling (default 300 ms).
	MaxPoll time.Duration
	// Now dates the injected messages (default time.Now).
	Now func() time.Time
	// RetryDelay is the pause before redelivering a refused webhook update
	// (default 20 ms).
	RetryDelay time.Duration

	srv *httptest.Server

	mu         sync.Mutex
	notify     chan struct{} // closed and replaced when updates arrive
	queue      []queued      // updates not yet confirmed (polling) or delivered (webhook)
	nextUpdate int64
	nextMsg    map[int64]int
	messages   map[int64][]*Message
	calls      []Call
	fail       map[string][]failure
	blocked    map[int64]bool
	webhook    string
	secret     string
	deliveries []Delivery
	closed     chan struct{}
	deliverer  bool
	client     *http.Client
	files      map[string][]byte // file_id → content (files.go)
}

type queued struct {
	id   int64
	body []byte
}

// NewServer starts a server on 127.0.0.1 that accepts Token.
func NewServer() *Server {
	s := &Server{
		Token:      Token,
		MaxPoll:    300 * time.Millisecond,
		RetryDelay: 20 * time.Millisecond,
		Now:        time.Now,
		notify:     make(chan struct{}),
		nextUpdate: 1000,
		nextMsg:    map[int64]int{},
		messages:   map[int64][]*Message{},
		fail:       map[string][]failure{},
		blocked:    map[int64]bool{},
		closed:     make(chan struct{}),
		client:     &http.Client{Timeout: 5 * time.Second},
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL
	return s
}

// Close stops the server and the webhook deliveries.
func (s *Server) Close() {
	s.mu.Lock()
	select {
	case <-s.closed:
	default:
		close(s.closed)
	}
	s.mu.Unlock()
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// ---- injection -------------------------------------------------------------

// User names the fake visitor of a private chat: its user id is the chat id.
func user(id int64) map[string]any {
	return map[string]any{"id": id, "is_bot": false, "first_name": "Visiteur"}
}

func chatOf(id int64) map[string]any {
	if id < 0 {
		return map[string]any{"id": id, "type": "group", "title": "Groupe"}
	}
	return map[string]any{"id": id, "type": "private", "first_name": "Visiteur"}
}

// Inject queues an update made of fields (update_id is added) and returns
// its update_id.
func (s *Server) Inject(fields map[string]any) int64 {
	s.mu.Lock()
	s.nextUpdate++
	id := s.nextUpdate
	s.mu.Unlock()
	fields["update_id"] = id
	body, err := json.Marshal(fields)
	if err != nil {
		panic(err)
	}
	s.enqueue(id, body)
	return id
}

// InjectRaw queues a raw update body as is (id is only used for
// bookkeeping: pass the body's update_id).
func (s *Server) InjectRaw(id int64, body []byte) { s.enqueue(id, bytes.Clone(body)) }

// Redeliver queues update id again, as Telegram does when it did not get an
// answer (polling: as if the offset had not been confirmed).
func (s *Server) Redeliver(id int64, body []byte) { s.enqueue(id, bytes.Clone(body)) }

func (s *Server) enqueue(id int64, body []byte) {
	s.mu.Lock()
	s.queue = append(s.queue, queued{id, body})
	close(s.notify)
	s.notify = make(chan struct{})
	s.mu.Unlock()
}

// TextUpdate is the JSON of a text message from the visitor of chat (a
// negative chat is a group). Commands get their bot_command entity.
func TextUpdate(id, chat int64, text string) []byte {
	b, _ := json.Marshal(textFields(id, chat, text))
	return b
}

func textFields(id, chat int64, text string) map[string]any {
	return textFieldsAt(id, chat, text, time.Now())
}

func textFieldsAt(id, chat int64, text string, at time.Time) map[string]any {
	from := chat
	if chat < 0 {
		from = -chat
	}
	msg := map[string]any{
		"message_id": int(id % 1_000_000), "date": at.Unix(),
		"chat": chatOf(chat), "from": user(from), "text": text,
	}
	if strings.HasPrefix(text, "/") {
		n := strings.IndexAny(text, " \n")
		if n < 0 {
			n = len(text)
		}
		msg["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": len(utf16.Encode([]rune(text[:n])))}}
	}
	f := map[string]any{"message": msg}
	if id != 0 {
		f["update_id"] = id
	}
	return f
}

// SendText queues a text message typed by the visitor of chat.
func (s *Server) SendText(chat int64, text string) int64 {
	return s.Inject(textFieldsAt(0, chat, text, s.Now()))
}

// PressIndex presses button i (0-based, rows read in order) of the latest
// message of chat that has a keyboard; it returns the update id and that
// message.
func (s *Server) PressIndex(chat int64, i int) (int64, Message, error) {
	s.mu.Lock()
	var m *Message
	for j := len(s.messages[chat]) - 1; j >= 0 && m == nil; j-- {
		if len(s.messages[chat][j].Keyboard) > 0 {
			m = s.messages[chat][j]
		}
	}
	var cp Message
	var data string
	if m != nil {
		cp = *m
		n := 0
		for _, row := range m.Keyboard {
			for _, b := range row {
				if n == i {
					data = b.Data
				}
				n++
			}
		}
	}
	s.mu.Unlock()
	if data == "" {
		return 0, cp, fmt.Errorf("telegramtest: no button %d shown in chat %d", i, chat)
	}
	return s.PressData(cp, data), cp, nil
}

// Press queues a press on the button labelled label of the latest message
// of chat that has one. It returns the update id, or an error if no such
// button is shown.
func (s *Server) Press(chat int64, label string) (int64, error) {
	s.mu.Lock()
	msgs := s.messages[chat]
	var m *Message
	var data string
	for i := len(msgs) - 1; i >= 0 && m == nil; i-- {
		for _, row := range msgs[i].Keyboard {
			for _, b := range row {
				if b.Text == label && m == nil {
					m, data = msgs[i], b.Data
				}
			}
		}
	}
	var cp Message
	if m != nil {
		cp = *m
	}
	s.mu.Unlock()
	if m == nil {
		return 0, fmt.Errorf("telegramtest: no button %q in chat %d", label, chat)
	}
	return s.PressData(cp, data), nil
}

// PressData queues a callback query with data on message m (as displayed
// then: its keyboard is sent along, as Telegram does).
func (s *Server) PressData(m Message, data string) int64 {
	return s.Inject(CallbackFields(m, data))
}

// CallbackFields are the fields of a callback_query update on m.
func CallbackFields(m Message, data string) map[string]any {
	msg := map[string]any{
		"message_id": m.ID, "date": time.Now().Unix(), "chat": chatOf(m.Chat),
		"from": map[string]any{"id": 1, "is_bot": true, "first_name": "cepbot"}, "text": m.Text,
	}
	if len(m.Keyboard) > 0 {
		msg["reply_markup"] = map[string]any{"inline_keyboard": m.Keyboard}
	}
	from := m.Chat
	if from < 0 {
		from = -from
	}
	return map[string]any{"callback_query": map[string]any{
		"id": "cq" + strconv.FormatInt(time.Now().UnixNano(), 36), "from": user(from),
		"chat_instance": "ci", "data": data, "message": msg,
	}}
}

// ---- failures and state ----------------------------------------------------

// FailNext makes the next n calls of method ("" for any method) fail with
// 429 and retry_after seconds.
func (s *Server) FailNext(method string, n, retryAfter int) {
	s.failNext(method, n, failure{code: 429, desc: "Too Many Requests: retry after " + strconv.Itoa(retryAfter), retryAfter: retryAfter})
}

// FailNextCode makes the next n calls of method ("" for any) fail with code.
func (s *Server) FailNextCode(method string, n, code int, description string) {
	s.failNext(method, n, failure{code: code, desc: description})
}

func (s *Server) failNext(method string, n int, f failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.fail[method] = append(s.fail[method], f)
	}
}

// ClearFailures drops the failures not yet served.
func (s *Server) ClearFailures() {
	s.mu.Lock()
	s.fail = map[string][]failure{}
	s.mu.Unlock()
}

// Block makes the visitor of chat block the bot: sends get 403.
func (s *Server) Block(chat int64) {
	s.mu.Lock()
	s.blocked[chat] = true
	s.mu.Unlock()
}

// Calls returns the calls received, of the given methods (all if none).
func (s *Server) Calls(methods ...string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if len(methods) == 0 || contains(methods, c.Method) {
			out = append(out, c)
		}
	}
	return out
}

// Count returns how many calls of method were received.
func (s *Server) Count(method string) int { return len(s.Calls(method)) }

// Messages returns the messages the bot sent in chat, in order, as they are
// now.
func (s *Server) Messages(chat int64) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Message, 0, len(s.messages[chat]))
	for _, m := range s.messages[chat] {
		out = append(out, *m)
	}
	return out
}

// Webhook returns the registered webhook URL and secret.
func (s *Server) Webhook() (url, secret string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.webhook, s.secret
}

// Deliveries returns the webhook POSTs made so far.
func (s *Server) Deliveries() []Delivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Delivery(nil), s.deliveries...)
}

// Pending is the number of updates not yet confirmed or delivered.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue)
}

// WaitFor polls cond every few milliseconds until it holds or timeout.
func WaitFor(timeout time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(timeout)
	for {
		if cond() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// ---- HTTP ------------------------------------------------------------------

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if rest, ok := strings.CutPrefix(r.URL.Path, "/file/bot"); ok {
		s.serveFile(w, rest)
		return
	}
	path := strings.TrimPrefix(r.URL.Path, "/bot")
	token, method, ok := strings.Cut(path, "/")
	if !ok || r.Method != http.MethodPost {
		writeErr(w, 404, "Not Found", 0)
		return
	}
	if token != s.Token {
		writeErr(w, 401, "Unauthorized", 0)
		return
	}
	params, files, err := parseParams(r)
	if err != nil {
		writeErr(w, 400, "Bad Request: "+err.Error(), 0)
		return
	}
	s.mu.Lock()
	s.calls = append(s.calls, Call{Method: method, Params: params, Files: files, At: time.Now()})
	var f *failure
	for _, key := range []string{method, ""} {
		if q := s.fail[key]; len(q) > 0 {
			f, s.fail[key] = &q[0], q[1:]
			break
		}
	}
	s.mu.Unlock()
	if f != nil {
		writeErr(w, f.code, f.desc, f.retryAfter)
		return
	}
	switch method {
	case "getMe":
		writeOK(w, map[string]any{"id": 123456, "is_bot": true, "first_name": "cepbot", "username": "cepbot_test_bot"})
	case "getUpdates":
		s.getUpdates(w, r, params)
	case "setWebhook":
		s.mu.Lock()
		s.webhook, s.secret = params["url"], params["secret_token"]
		start := !s.deliverer && s.webhook != ""
		s.deliverer = s.deliverer || start
		s.mu.Unlock()
		if start {
			go s.deliver()
		}
		writeOK(w, true)
	case "deleteWebhook":
		s.mu.Lock()
		s.webhook, s.secret = "", ""
		s.mu.Unlock()
		writeOK(w, true)
	case "setMyCommands", "answerCallbackQuery":
		writeOK(w, true)
	case "sendMessage", "sendDocument":
		s.send(w, method, params, files)
	case "editMessageText", "editMessageReplyMarkup":
		s.edit(w, method, params)
	case "getFile":
		s.getFile(w, params)
	default:
		writeErr(w, 404, "Not Found: method not found", 0)
	}
}

func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, p map[string]string) {
	offset, _ := strconv.ParseInt(p["offset"], 10, 64)
	limit, _ := strconv.Atoi(p["limit"])
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout, _ := strconv.Atoi(p["timeout"])
	wait := min(time.Duration(timeout)*time.Second, s.MaxPoll)
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		if s.webhook != "" {
			s.mu.Unlock()
			writeErr(w, 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", 0)
			return
		}
		if offset > 0 { // confirm
			keep := s.queue[:0]
			for _, q := range s.queue {
				if q.id >= offset {
					keep = append(keep, q)
				}
			}
			s.queue = keep
		}
		var out []json.RawMessage
		for _, q := range s.queue {
			if len(out) < limit {
				out = append(out, q.body)
			}
		}
		notify := s.notify
		s.mu.Unlock()
		if len(out) > 0 {
			writeOK(w, out)
			return
		}
		select {
		case <-notify:
		case <-deadline.C:
			writeOK(w, []json.RawMessage{})
			return
		case <-r.Context().Done():
			return
		case <-s.closed:
			return
		}
	}
}

// deliver posts queued updates to the webhook, one at a time and in order;
// an update refused (non-2xx) is posted again after RetryDelay.
func (s *Server) deliver() {
	for {
		s.mu.Lock()
		url, secret, notify := s.webhook, s.secret, s.notify
		var next *queued
		if url != "" && len(s.queue) > 0 {
			next = &s.queue[0]
		}
		s.mu.Unlock()
		if next == nil {
			select {
			case <-notify:
				continue
			case <-s.closed:
				return
			case <-time.After(50 * time.Millisecond):
				continue
			}
		}
		status := 0
		req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(next.body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		if resp, err := s.client.Do(req); err == nil {
			status = resp.StatusCode
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		s.mu.Lock()
		s.deliveries = append(s.deliveries, Delivery{UpdateID: next.id, Status: status})
		if status/100 == 2 && len(s.queue) > 0 && s.queue[0].id == next.id {
			s.queue = s.queue[1:]
		}
		s.mu.Unlock()
		if status/100 != 2 {
			select {
			case <-s.closed:
				return
			case <-time.After(s.RetryDelay):
			}
		}
	}
}

func (s *Server) send(w http.ResponseWriter, method string, p map[string]string, files map[string]File) {
	chat, err := strconv.ParseInt(p["chat_id"], 10, 64)
	if err != nil || chat == 0 {
		writeErr(w, 400, "Bad Request: chat not found", 0)
		return
	}
	s.mu.Lock()
	blocked := s.blocked[chat]
	s.mu.Unlock()
	if blocked {
		writeErr(w, 403, "Forbidden: bot was blocked by the user", 0)
		return
	}
	m := &Message{Chat: chat}
	if method == "sendDocument" {
		f, ok := files["document"]
		if !ok {
			writeErr(w, 400, "Bad Request: there is no document in the request", 0)
			return
		}
		m.Document = &f
	} else {
		text, err := parseText(p["text"], p["parse_mode"])
		if err != nil {
			writeErr(w, 400, "Bad Request: "+err.Error(), 0)
			return
		}
		m.Text, m.Raw, m.ParseMode = text, p["text"], p["parse_mode"]
	}
	if rm := p["reply_markup"]; rm != "" {
		kb, err := parseKeyboard(rm)
		if err != nil {
			writeErr(w, 400, "Bad Request: "+err.Error(), 0)
			return
		}
		m.Keyboard = kb
	}
	s.mu.Lock()
	s.nextMsg[chat]++
	m.ID = s.nextMsg[chat]
	s.messages[chat] = append(s.messages[chat], m)
	out := messageJSON(m)
	s.mu.Unlock()
	writeOK(w, out)
}

func (s *Server) edit(w http.ResponseWriter, method string, p map[string]string) {
	chat, _ := strconv.ParseInt(p["chat_id"], 10, 64)
	id, _ := strconv.Atoi(p["message_id"])
	var kb [][]Button
	if rm := p["reply_markup"]; rm != "" {
		var err error
		if kb, err = parseKeyboard(rm); err != nil {
			writeErr(w, 400, "Bad Request: "+err.Error(), 0)
			return
		}
	}
	var text string
	if method == "editMessageText" {
		var err error
		if text, err = parseText(p["text"], p["parse_mode"]); err != nil {
			writeErr(w, 400, "Bad Request: "+err.Error(), 0)
			return
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var m *Message
	for _, x := range s.messages[chat] {
		if x.ID == id {
			m = x
		}
	}
	if m == nil {
		writeErr(w, 400, "Bad Request: message to edit not found", 0)
		return
	}
	if method == "editMessageText" {
		m.Text, m.Raw, m.ParseMode = text, p["text"], p["parse_mode"]
	}
	m.Keyboard, m.Edited = kb, true
	writeOK(w, messageJSON(m))
}

func messageJSON(m *Message) map[string]any {
	out := map[string]any{"message_id": m.ID, "date": time.Now().Unix(), "chat": chatOf(m.Chat), "text": m.Text}
	if len(m.Keyboard) > 0 {
		out["reply_markup"] = map[string]any{"inline_keyboard": m.Keyboard}
	}
	return out
}

// parseText checks text like Telegram: not empty, at most 4096 UTF-16 code
// units once parsed; in HTML mode no tag (the adapter sends none) and only
// known entities.
func parseText(raw, mode string) (string, error) {
	text := raw
	if mode == "HTML" {
		stripped, err := stripHTML(raw)
		if err != nil {
			return "", err
		}
		for i := strings.IndexByte(raw, '&'); i >= 0; {
			rest := raw[i:]
			if !(strings.HasPrefix(rest, "&amp;") || strings.HasPrefix(rest, "&lt;") || strings.HasPrefix(rest, "&gt;") ||
				strings.HasPrefix(rest, "&quot;") || strings.HasPrefix(rest, "&#")) {
				return "", fmt.Errorf("can't parse entities: unsupported entity at byte %d", i)
			}
			j := strings.IndexByte(raw[i+1:], '&')
			if j < 0 {
				break
			}
			i += 1 + j
		}
		text = decodeHTML(stripped)
	}
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("message text is empty")
	}
	if n := len(utf16.Encode([]rune(text))); n > 4096 {
		return "", fmt.Errorf("message is too long (%d)", n)
	}
	return text, nil
}

func parseKeyboard(raw string) ([][]Button, error) {
	var rm struct {
		Rows [][]map[string]any `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(raw), &rm); err != nil {
		return nil, fmt.Errorf("can't parse reply keyboard markup JSON object")
	}
	var out [][]Button
	for _, row := range rm.Rows {
		var r []Button
		for _, b := range row {
			text, _ := b["text"].(string)
			data, _ := b["callback_data"].(string)
			if text == "" {
				return nil, fmt.Errorf("BUTTON_TEXT_INVALID")
			}
			if len(data) == 0 || len(data) > 64 {
				return nil, fmt.Errorf("BUTTON_DATA_INVALID")
			}
			if ct, ok := b["copy_text"]; ok {
				if m, _ := ct.(map[string]any); m["text"] == "" {
					return nil, fmt.Errorf("BUTTON_COPY_TEXT_INVALID")
				}
			}
			r = append(r, Button{Text: text, Data: data})
		}
		out = append(out, r)
	}
	return out, nil
}

func parseParams(r *http.Request) (map[string]string, map[string]File, error) {
	params, files := map[string]string{}, map[string]File{}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "multipart/form-data":
		if err := r.ParseMultipartForm(32 << 20); err != nil {
			if err == io.EOF || strings.Contains(err.Error(), "EOF") {
				return params, files, nil // no-argument call
			}
			return nil, nil, err
		}
		for k, v := range r.MultipartForm.Value {
			if len(v) > 0 {
				params[k] = v[0]
			}
		}
		for k, fhs := range r.MultipartForm.File {
			if len(fhs) == 0 {
				continue
			}
			f, err := fhs[0].Open()
			if err != nil {
				return nil, nil, err
			}
			data, _ := io.ReadAll(f)
			f.Close()
			files[k] = File{Name: fhs[0].Filename, Data: data}
		}
	case "application/json":
		var m map[string]json.RawMessage
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil && err != io.EOF {
			return nil, nil, err
		}
		for k, v := range m {
			var s string
			if json.Unmarshal(v, &s) == nil {
				params[k] = s
			} else {
				params[k] = string(v)
			}
		}
	default:
		if err := r.ParseForm(); err != nil {
			return nil, nil, err
		}
		for k, v := range r.PostForm {
			params[k] = v[0]
		}
	}
	return params, files, nil
}

func writeOK(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func writeErr(w http.ResponseWriter, code int, desc string, retryAfter int) {
	body := map[string]any{"ok": false, "error_code": code, "description": desc}
	if retryAfter > 0 {
		body["parameters"] = map[string]any{"retry_after": retryAfter}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(body)
}
