package dialogs_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs"
	"github.com/cep-accueil/cepbot/store/memory"
)

// A story is a scripted conversation (dialogs/testdata/stories/*.story):
//
//	# title                      a comment
//	now 2026-12-01T09:00:00+01:00 pins the clock; "wait 25h" moves it
//	user alice                   who speaks next (default "visiteur")
//	channel slack                the channel they speak on (default "test")
//	> text                       the visitor types text
//	>> 2                         the visitor presses button 2 of the last question
//	>> stale 1                   presses button 1 of the question before it
//	= state                      the dialogue is now in this state
//	~ fragment                   the bot's last answer contains it
//	!~ fragment                  … does not contain it
//	@ name                       the last answer has an attachment of that name
//	booking taken                the slot offered first is booked by someone else now
//	booking taken all            … and every other advisor of the agency at that time
//	booking full                 every free slot of the agency chosen is booked by others
//	directory roubaix.yaml       before any turn: the sample directory with the agencies of that file too
type storyRunner struct {
	t       *testing.T
	file    string
	now     time.Time
	user    string
	channel string
	store   *memory.Store
	svc     *booking.Service
	engine  *bot.Engine
	last    map[string][]bot.Reply // per user: replies of the last turn
	choices map[string][2]bot.Reply
	line    int
	update  int
}

func TestStories(t *testing.T) {
	files, err := filepath.Glob("testdata/stories/*.story")
	if err != nil || len(files) == 0 {
		t.Fatalf("no stories found: %v", err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".story"), func(t *testing.T) {
			t.Parallel()
			runStory(t, f)
		})
	}
}

func newRunner(t *testing.T, file string) *storyRunner {
	r := &storyRunner{t: t, file: file, user: "visiteur", channel: "test", now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600)),
		last: map[string][]bot.Reply{}, choices: map[string][2]bot.Reply{}}
	clock := func() time.Time { return r.now }
	r.engine, r.store, r.svc = newEngine(clock)
	return r
}

func runStory(t *testing.T, file string) {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := newRunner(t, file)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		r.line++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r.step(line)
		if t.Failed() {
			return
		}
	}
}

func (r *storyRunner) fatalf(format string, args ...any) {
	r.t.Helper()
	r.t.Fatalf("%s:%d: %s", r.file, r.line, fmt.Sprintf(format, args...))
}

func (r *storyRunner) step(line string) {
	r.t.Helper()
	verb, arg, _ := strings.Cut(line, " ")
	switch verb {
	case "now":
		t, err := time.Parse(time.RFC3339, arg)
		if err != nil {
			r.fatalf("bad time: %v", err)
		}
		r.now = t
	case "wait":
		d, err := time.ParseDuration(arg)
		if err != nil {
			r.fatalf("bad duration: %v", err)
		}
		r.now = r.now.Add(d)
	case "user":
		r.user = arg
	case "channel":
		r.channel = arg
	case ">":
		r.send(bot.Inbound{Text: arg})
	case ">>":
		stale := false
		if rest, ok := strings.CutPrefix(arg, "stale "); ok {
			stale, arg = true, rest
		}
		n, err := strconv.Atoi(arg)
		if err != nil {
			r.fatalf("bad button number %q", arg)
		}
		q := r.choices[r.user][1]
		if stale {
			q = r.choices[r.user][0]
		}
		if n < 1 || n > len(q.Choices) {
			r.fatalf("no button %d in %q (choices %v)", n, q.Text, q.Choices)
		}
		r.send(bot.Inbound{Text: q.Choices[n-1].Label, Choice: q.Choices[n-1].Value, Step: q.Step})
	case "=":
		data, v, err := r.store.LoadSession(context.Background(), r.channel+":"+r.user)
		if err != nil {
			r.fatalf("loading session: %v", err)
		}
		s, _ := bot.DecodeSession("", v, data)
		if s.State != arg {
			r.fatalf("state = %q, want %q\nlast answer:\n%s", s.State, arg, r.transcript())
		}
	case "~":
		if !strings.Contains(r.transcript(), arg) {
			r.fatalf("answer does not contain %q:\n%s", arg, r.transcript())
		}
	case "!~":
		if strings.Contains(r.transcript(), arg) {
			r.fatalf("answer contains %q:\n%s", arg, r.transcript())
		}
	case "@":
		for _, rep := range r.last[r.user] {
			for _, a := range rep.Attachments {
				if a.Name == arg && len(a.Data) > 0 {
					return
				}
			}
		}
		r.fatalf("no attachment %q in:\n%s", arg, r.transcript())
	case "directory":
		if r.update > 0 {
			r.fatalf("directory after the conversation began")
		}
		r.withAgencies(arg)
	case "booking":
		if arg == "full" {
			r.fillAgency()
			return
		}
		r.takeFirstOffer(strings.HasSuffix(arg, " all"))
	default:
		r.fatalf("unknown story line %q", line)
	}
}

func (r *storyRunner) send(in bot.Inbound) {
	r.t.Helper()
	r.update++
	in.Channel, in.Conversation, in.User = r.channel, r.user, r.user
	in.UpdateID, in.Time = strconv.Itoa(r.update), r.now
	replies, err := r.engine.Turn(context.Background(), in)
	if err != nil {
		r.fatalf("turn %q: %v", in.Text, err)
	}
	r.last[r.user] = replies
	if t := r.transcript(); strings.Contains(t, "%!") {
		// a catalogue text filled with the wrong arguments, in any story
		r.fatalf("turn %q: formatting left in the answer:\n%s", in.Text, t)
	}
	for _, rep := range replies {
		if len(rep.Choices) > 0 {
			c := r.choices[r.user]
			r.choices[r.user] = [2]bot.Reply{c[1], rep}
		}
	}
	if testing.Verbose() {
		r.t.Logf("%s> %s\n%s", r.user, in.Text, r.transcript())
	}
}

// transcript is the last answer as the visitor sees it.
func (r *storyRunner) transcript() string {
	var b strings.Builder
	for _, rep := range r.last[r.user] {
		b.WriteString(rep.Text)
		b.WriteByte('\n')
		for i, c := range rep.Choices {
			fmt.Fprintf(&b, "  %d. %s\n", i+1, c.Label)
		}
		for _, a := range rep.Attachments {
			fmt.Fprintf(&b, "  [%s]\n", a.Name)
		}
	}
	return b.String()
}

// takeFirstOffer books the first offered slot for another visitor, as if
// someone took it between the offer and the choice; with all, every
// advisor of the agency at that time too.
func (r *storyRunner) takeFirstOffer(all bool) {
	r.t.Helper()
	data, v, err := r.store.LoadSession(context.Background(), "test:"+r.user)
	if err != nil {
		r.fatalf("loading session: %v", err)
	}
	s, _ := bot.DecodeSession("", v, data)
	agency, advisor, start, end, ok := dialogs.OfferedSlot(s)
	if !ok {
		r.fatalf("no offered slot in session")
	}
	advisors := []string{advisor}
	if all {
		for _, ad := range r.svc.Directory().AdvisorsOf(agency) {
			if ad.ID != advisor {
				advisors = append(advisors, ad.ID)
			}
		}
	}
	for i, id := range advisors {
		b := &bot.Booking{Ref: fmt.Sprint("CEP-RIVAL", i), Visitor: fmt.Sprint("rival", i), AgencyID: agency, AdvisorID: id,
			Start: start, End: end, Status: bot.StatusBooked, Created: r.now}
		if err := r.store.Book(context.Background(), b, nil); err != nil {
			r.fatalf("rival booking: %v", err)
		}
	}
}

// fillAgency books every free slot of the agency the visitor chose for
// other visitors, as if it had been full for weeks.
func (r *storyRunner) fillAgency() {
	r.t.Helper()
	ctx := context.Background()
	data, v, err := r.store.LoadSession(ctx, r.channel+":"+r.user)
	if err != nil {
		r.fatalf("loading session: %v", err)
	}
	s, _ := bot.DecodeSession("", v, data)
	agency := dialogs.ChosenAgency(s)
	if agency == "" {
		r.fatalf("no agency chosen in session")
	}
	n := 0
	for range 1000 {
		sl, err := r.svc.FreeSlots(ctx, agency, time.Time{}, 50, "")
		if err != nil {
			r.fatalf("free slots: %v", err)
		}
		if len(sl) == 0 {
			return
		}
		for _, x := range sl {
			n++
			b := &bot.Booking{Ref: fmt.Sprint("CEP-FULL", n), Visitor: fmt.Sprint("full", n), AgencyID: agency, AdvisorID: x.AdvisorID,
				Start: x.Start, End: x.End, Status: bot.StatusBooked, Created: r.now}
			if err := r.store.Book(ctx, b, nil); err != nil {
				r.fatalf("filling booking: %v", err)
			}
		}
	}
	r.fatalf("agency %s still has free slots after %d bookings", agency, n)
}

// withAgencies starts the story again on the sample directory with the
// agencies of a file of testdata/stories added at the head of its list.
func (r *storyRunner) withAgencies(file string) {
	r.t.Helper()
	sample, err := os.ReadFile("../bot/directory/sample.yaml")
	if err != nil {
		r.fatalf("sample directory: %v", err)
	}
	extra, err := os.ReadFile(filepath.Join("testdata/stories", file))
	if err != nil {
		r.fatalf("agencies: %v", err)
	}
	head, tail, ok := bytes.Cut(sample, []byte("\nagencies:\n"))
	if !ok {
		r.fatalf("no agencies in the sample directory")
	}
	data := slices.Concat(head, []byte("\nagencies:\n"), extra, tail)
	dir, err := directory.Parse("sample.yaml+"+file, data)
	if err != nil {
		r.fatalf("directory: %v", err)
	}
	r.engine, r.store, r.svc = newEngineWith(func() time.Time { return r.now }, dir)
}
