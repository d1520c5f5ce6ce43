package main

// The persona check: each persona of testdata/personas.jsonl (or of the
// file named by CEPBOT_PERSONAS) talks to `cepbot chat` through a pipe, one
// line per turn, answering what the bot asks — the answer is chosen by
// reading the question, never by its position in the script. It reports the
// turns to a booking (median, max) and every dead end: a persona that does
// not reach its expected end, or that gets the same message three times in
// a row.

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// persona is one line of the personas file.
type persona struct {
	Name         string `json:"name"`
	Lang         string `json:"lang"`     // "en" for English speakers
	Request      string `json:"request"`  // first description of the situation
	Status       string `json:"status"`   // answer to the status question
	Age          int    `json:"age"`      // answer to the age question
	Handicap     bool   `json:"handicap"` // answer to the disability question
	Cadre        bool   `json:"cadre"`
	Place        string `json:"place"`
	Modality     string `json:"modality"` // sur_place, telephone, visio ("" = first offered)
	Phone        string `json:"phone"`
	Email        string `json:"email"`
	Consent      string `json:"consent"` // "refuse" to refuse; else accept
	AfterRefusal string `json:"after_refusal"`
	Book         *bool  `json:"book"`        // false: « Pas maintenant » at the orientation
	Human        bool   `json:"human"`       // the persona asks for a human
	HumanLine    string `json:"human_line"`  // how they ask (default: the request itself)
	HumanAfter   int    `json:"human_after"` // ask after this many turns (0: in the request)
	Proxy        bool   `json:"proxy"`       // writes for a relative
	Expect       string `json:"expect"`      // booking, human, exit or any
	// Detours are lines sent the first time a kind of question is asked
	// instead of its answer (a greeting at the consent, a phone number at
	// the place question, a person asked for at the modality question);
	// keys are those of detourQuestions.
	Detours map[string]string `json:"detours"`
}

// detourQuestions recognise the kinds of question a detour answers.
var detourQuestions = map[string][]string{
	"consent":  {"d accord", "do you agree"},
	"place":    {"ou habitez", "ou habite", "code postal", "where do you live", "where does", "postcode"},
	"age":      {"quel age", "how old"},
	"status":   {"situation professionnelle", "work situation"},
	"modality": {"rencontrer", "like to meet"},
	"contact":  {"vous joindre", "reach you", "contact you", "recontacte", "be contacted"},
	"phone":    {"numero de telephone", "votre numero", "phone number"},
}

func loadPersonas(t *testing.T) []persona {
	path := os.Getenv("CEPBOT_PERSONAS")
	if path == "" {
		path = "testdata/personas.jsonl"
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []persona
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var p persona
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, p)
	}
	return out
}

// turnPipe is the chat's stdin: each Read that finds no pending input
// tells the driver that the bot has finished answering the previous line
// (the console reads the next line only after sending every reply).
type turnPipe struct {
	lines chan string
	ready chan struct{}
	buf   []byte
}

func (p *turnPipe) Read(b []byte) (int, error) {
	if len(p.buf) == 0 {
		p.ready <- struct{}{}
		line, ok := <-p.lines
		if !ok {
			return 0, io.EOF
		}
		p.buf = []byte(line + "\n")
	}
	n := copy(b, p.buf)
	p.buf = p.buf[n:]
	return n, nil
}

type syncBuf struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) take(from int) (string, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	all := s.b.String()
	return all[from:], len(all)
}

// outcome of one persona.
type outcome struct {
	turns      int
	end        string // booking, human, exit, or "" (dead end)
	reason     string // why it is a dead end
	transcript []string
}

var optionRe = regexp.MustCompile(`(?m)^  (\d+)\. (.+)$`)

// chooser reads the bot's last reply and picks the persona's answer.
type chooser struct {
	p          persona
	turn       int
	askedHuman bool
	refused    bool
	contactSet bool
	detoured   map[string]bool
}

func fold(s string) string { return " " + geo.Key(s) + " " }

func has(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, fold(w)) {
			return true
		}
	}
	return false
}

// option returns the number of the first option whose label contains one
// of the words, or "".
func option(reply string, words ...string) string {
	for _, m := range optionRe.FindAllStringSubmatch(reply, -1) {
		if has(fold(m[2]), words...) {
			return m[1]
		}
	}
	return ""
}

func (c *chooser) en() bool { return c.p.Lang == "en" }

// answer returns the next line, or "" to stop.
func (c *chooser) answer(reply string) string {
	c.turn++
	r := fold(reply)
	last := lastQuestion(reply)
	// The question's words, without its options' labels.
	q := fold(optionRe.ReplaceAllString(last, ""))
	for k, line := range c.p.Detours {
		if !c.detoured[k] && has(q, detourQuestions[k]...) {
			if c.detoured == nil {
				c.detoured = map[string]bool{}
			}
			c.detoured[k] = true
			return line
		}
	}
	if c.p.Human && !c.askedHuman && c.p.HumanAfter > 0 && c.turn > c.p.HumanAfter {
		c.askedHuman = true
		return c.p.HumanLine
	}
	switch {
	case has(q, "ne s adresse pas encore", "is not for you yet", "is not for them yet"):
		// A student not looking for a job: the end offered.
		return pick(option(reply, "terminer", "finish"), "terminer")
	case has(q, "d accord", "do you agree", "do you accept", "acceptez vous"):
		if c.p.Consent == "refuse" && !c.refused {
			c.refused = true
			return pick(option(reply, "je refuse", "refuse", "no"), "2")
		}
		return pick(option(reply, "j accepte", "accept", "i agree", "yes"), "1")
	case c.refused:
		if c.p.AfterRefusal != "" && c.turn < 4 {
			return c.p.AfterRefusal
		}
		return ""
	case has(q, "decrivez", "describe", "votre situation et votre projet", "your situation and your project"):
		if c.p.Human && c.p.HumanAfter == 0 {
			c.askedHuman = true
		}
		return c.p.Request
	case has(q, "confirmez vous", "do you confirm", "confirm this"):
		return pick(option(reply, "je confirme", "confirm"), "1")
	case has(q, "si j ai bien compris", "if i understood", "is this right", "est ce exact", "c est bien"):
		return pick(option(reply, "c est exact", "that s right", "correct", "oui"), "1")
	case has(q, "numero de telephone", "votre numero", "phone number", "your number", "quel numero", "a quel numero"):
		return pick(c.p.Phone, "06 00 00 00 01")
	case has(q, "adresse e mail", "adresse mail", "votre e mail", "e mail address", "email address", "votre courriel"):
		if c.p.Email != "" {
			return c.p.Email
		}
		return "prenom.nom@exemple.fr"
	case has(q, "vouliez vous dire", "did you mean"):
		return pick(option(reply, "oui", "yes"), "oui")
	case has(q, "avant 16 ans", "before 16", "apprenti est un salarie", "apprentice is an employee"):
		if c.p.Age < 16 {
			return pick(option(reply, "terminer", "finish"), "terminer")
		}
		return pick(option(reply, "trompe", "wrong age"), "1")
	case has(q, "cherchez vous un emploi", "are you looking for a job"):
		if has(fold(c.p.Request), "cherche", "looking", "emploi", "job", "reprendre", "retravailler", "travailler", "work") {
			return pick(option(reply, "oui", "yes"), "oui")
		}
		return pick(option(reply, "non", "no"), "non")
	case has(q, "etre recontacte", "recontacte e", "like to be contacted", "be contacted"):
		switch {
		case c.p.Phone != "":
			return c.p.Phone
		case c.p.Email != "":
			return c.p.Email
		}
		return pick(option(reply, "conversation", "here"), "ici")
	case has(q, "ou voulez vous le recevoir", "receive it", "recevoir le lien"):
		switch {
		case c.p.Email != "":
			return c.p.Email
		case c.p.Phone != "":
			return c.p.Phone
		}
		return pick(option(reply, "e mail", "email"), "1")
	case has(q, "vous joindre", "reach you", "contact you", "vous contacter", "send you the link", "the link"):
		switch {
		case c.p.Modality == "telephone" || c.p.Phone != "" && c.p.Email == "":
			return pick(option(reply, "telephone", "phone"), "2")
		case c.p.Email != "":
			return pick(option(reply, "e mail", "email"), "3")
		}
		return pick(option(reply, "cette conversation", "this conversation", "chat"), "1")
	case has(q, "rencontrer votre conseiller", "rencontrer le conseiller", "like to meet", "comment souhaitez vous", "how would you like", "sur place", "in person"):
		words := map[string][]string{"sur_place": {"sur place", "in person"}, "telephone": {"telephone", "phone"}, "visio": {"visio", "video"}}[c.p.Modality]
		return pick(option(reply, words...), "1")
	case has(q, "creneau", "creneaux", "slot", "slots", "prochains", "available times"):
		return pick(optionRe.FindStringSubmatch(reply)[1:2]...)
	case has(r, "l organisme qui peut vous accompagner", "who can help you", "the organisation", "prendre rendez vous", "book an appointment") && len(optionRe.FindAllString(reply, -1)) > 0 && option(reply, "rendez vous", "appointment") != "":
		if c.p.Book != nil && !*c.p.Book {
			return pick(option(reply, "pas maintenant", "not now"), "pas maintenant")
		}
		return option(reply, "rendez vous", "appointment")
	case has(q, "handicap", "disability", "rqth"):
		if c.p.Handicap {
			return pick(option(reply, "oui", "yes"), "oui")
		}
		return pick(option(reply, "non", "no"), "non")
	case has(q, "cadre", "bac 3", "manager", "degree"):
		if c.p.Cadre {
			return pick(option(reply, "oui cadre", "yes manager", "cadre"), "oui, cadre")
		}
		return pick(option(reply, "non", "no"), "non")
	case has(q, "quel age", "votre age", "how old", "age"):
		if c.en() {
			return fmt.Sprintf("I am %d", c.p.Age)
		}
		if c.p.Proxy {
			return fmt.Sprintf("%d ans", c.p.Age)
		}
		return fmt.Sprintf("j'ai %d ans", c.p.Age)
	case has(q, "ou habitez", "ou habite", "code postal", "commune", "departement", "where do you live", "where does", "postcode", "town", "city", "ou vit"):
		return c.p.Place
	case has(q, "situation", "statut", "status", "etes vous", "are you", "travaillez vous"):
		return c.p.Status
	}
	return ""
}

func pick(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

// lastQuestion is the part of the reply the visitor answers: its last
// paragraph with its options.
func lastQuestion(reply string) string {
	parts := strings.Split(strings.TrimSpace(reply), "\n\n")
	for i := len(parts) - 1; i >= 0; i-- {
		if p := strings.TrimSpace(parts[i]); p != "" && !strings.HasPrefix(p, "[pièce jointe") {
			return p
		}
	}
	return ""
}

// endOf says whether the reply ends the persona's conversation.
func endOf(reply string) string {
	r := fold(reply)
	switch {
	case has(r, "votre rendez vous est confirme", "your appointment is confirmed"):
		return "booking"
	case has(r, "demande est transmise", "demande de contact est enregistree", "request has been passed", "contact request is recorded", "your request has been"):
		return "human"
	}
	return ""
}

const maxTurns = 30

func runPersona(t *testing.T, p persona) outcome {
	pipe := &turnPipe{lines: make(chan string), ready: make(chan struct{})}
	out := &syncBuf{}
	env := &Env{Stdin: pipe, Stdout: out, Stderr: io.Discard,
		Getenv: func(k string) string { return map[string]string{"CEPBOT_NOW": "2026-12-01T09:00:00+01:00"}[k] }}
	done := make(chan int, 1)
	go func() {
		done <- run(context.Background(), env, []string{"chat", "--store", "memory", "--user", p.Name})
	}()
	var o outcome
	seen := 0
	c := &chooser{p: p}
	line := "bonjour"
	if p.Lang == "en" {
		line = "hello"
	}
	repeats, prev := 0, ""
	exitSeen := false
	for {
		<-pipe.ready
		var reply string
		reply, seen = out.take(seen)
		if o.turns > 0 {
			o.transcript = append(o.transcript, "BOT: "+strings.TrimSpace(reply))
			if e := endOf(reply); e != "" {
				o.end = e
				break
			}
			if has(fold(reply), "mon cep org", "telephone", "phone", "ecrivez start", "write start") {
				exitSeen = true
			}
			if strings.TrimSpace(reply) == prev {
				repeats++
			} else {
				repeats = 0
			}
			prev = strings.TrimSpace(reply)
			if repeats >= 2 {
				o.reason = "the same message three times"
				break
			}
			line = c.answer(reply)
			if line == "" {
				if exitSeen {
					o.end = "exit"
				} else {
					o.reason = "no question to answer and no way forward given"
				}
				break
			}
		}
		if o.turns >= maxTurns {
			o.reason = fmt.Sprintf("no end after %d turns", maxTurns)
			break
		}
		o.turns++
		o.transcript = append(o.transcript, "VISITOR: "+line)
		pipe.lines <- line
	}
	close(pipe.lines)
	// Let the console see the end of input.
	go func() {
		for range pipe.ready {
		}
	}()
	<-done
	close(pipe.ready)
	return o
}

func TestPersonas(t *testing.T) {
	if testing.Short() {
		t.Skip("persona check skipped in -short mode")
	}
	ps := loadPersonas(t)
	// The console saves attachments (.ics, /mesdonnees) under the user's
	// data directory: keep them in the test's own.
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	var turns []int
	var dead, other []string
	for _, p := range ps {
		o := runPersona(t, p)
		ok := o.end != "" && (p.Expect == "any" || p.Expect == o.end || p.Expect == "exit" && o.end == "human")
		if o.end == "booking" {
			turns = append(turns, o.turns)
		}
		switch {
		case o.end == "":
			dead = append(dead, p.Name+": "+o.reason)
			t.Logf("transcript of %s:\n%s", p.Name, strings.Join(o.transcript, "\n"))
		case !ok:
			// A way forward, but not the one the persona came for.
			other = append(other, fmt.Sprintf("%s: ended with %q, expected %q", p.Name, o.end, p.Expect))
		}
		if os.Getenv("CEPBOT_PERSONAS_TRANSCRIPTS") != "" {
			t.Logf("transcript of %s (%s in %d turns):\n%s", p.Name, o.end, o.turns, strings.Join(o.transcript, "\n"))
		}
	}
	slices.Sort(turns)
	med, max := 0.0, 0
	if n := len(turns); n > 0 {
		med = float64(turns[n/2])
		if n%2 == 0 {
			med = float64(turns[n/2-1]+turns[n/2]) / 2
		}
		max = turns[n-1]
	}
	t.Logf("personas: %d; bookings: %d; turns to a booking: median %s, max %d; other way forward than expected: %d; dead ends: %d",
		len(ps), len(turns), strconv.FormatFloat(med, 'f', -1, 64), max, len(other), len(dead))
	for _, o := range other {
		t.Logf("other way forward: %s", o)
	}
	for _, d := range dead {
		t.Errorf("dead end: %s", d)
	}
}
