package dialogs

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/store/memory"
)

// Sessions stored in the format before the record (testdata/legacy,
// captured at 74376d5) load: the record read from their vars holds what
// they held, it survives its own codec, and the dialogue goes on from them.
func TestLegacySessionsLoad(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 5, 0, 0, time.FixedZone("CET", 3600))
	clock := func() time.Time { return now }
	d := New(Deps{Bookings: booking.New(memory.New(clock), directory.Sample(), booking.WithClock(clock))})
	files, err := filepath.Glob("testdata/legacy/*.bin")
	if err != nil || len(files) == 0 {
		t.Fatalf("no legacy sessions: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".bin")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s, err := bot.DecodeSession("test:v", 1, data)
			if err != nil {
				t.Fatal(err)
			}
			var want struct {
				State string            `json:"state"`
				Vars  map[string]string `json:"vars"`
			}
			js, err := os.ReadFile(strings.TrimSuffix(f, ".bin") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(js, &want); err != nil {
				t.Fatal(err)
			}
			r, err := loadRecord(s)
			if err != nil {
				t.Fatal(err)
			}
			v := want.Vars
			check := func(field, got, want string) {
				t.Helper()
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("request", r.Request, v["req"])
			check("status", r.Facts.Status, v["st"])
			check("age", ageString(r.Facts.Age), v["age"])
			check("handicap", boolString(r.Facts.Handicap), v["hc"])
			check("share", boolString(r.Share), v["hcs"])
			check("cadre", boolString(r.Facts.Cadre), v["cad"])
			check("departement", r.Facts.Departement, v["dep"])
			check("region", r.Facts.Region, v["reg"])
			check("commune", r.Facts.Commune, v["com"])
			check("project", r.Facts.Project, v["prj"])
			check("candidates", strings.Join(r.Candidates, "|"), v["cand"])
			check("operator", r.Operator, v["op"])
			check("agency", r.Agency, v["ag"])
			check("contact", r.Contact, v["ct"])
			check("booking", r.Booking, v["bref"])
			check("consent", r.Consent.Format(time.RFC3339), v["ok"])
			if v["sl"] != "" && len(r.Offers) != strings.Count(v["sl"], ";")+1 {
				t.Errorf("offers %v from %q", r.Offers, v["sl"])
			}
			if (v["pick"] != "") != (r.Pick != nil) {
				t.Errorf("pick %v from %q", r.Pick, v["pick"])
			}
			if v["ses"] != "" && len(r.Sessions) != strings.Count(v["ses"], ";")+1 {
				t.Errorf("sessions %v from %q", r.Sessions, v["ses"])
			}
			if strings.Contains(v["ask"], "h") != (r.Asked&askedHandicap != 0) {
				t.Errorf("asked %b from %q", r.Asked, v["ask"])
			}
			// The record survives its codec, in the session codec too.
			saveRecord(s, &r)
			if len(s.Vars) != 0 || s.Record == "" {
				t.Errorf("legacy vars kept: %v (record %d bytes)", s.Vars, len(s.Record))
			}
			enc, err := bot.EncodeSession(s)
			if err != nil {
				t.Fatal(err)
			}
			s2, err := bot.DecodeSession("test:v", 2, enc)
			if err != nil {
				t.Fatal(err)
			}
			r2, err := loadRecord(s2)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(r, r2) {
				t.Errorf("record changed by its codec:\n%+v\n%+v", r, r2)
			}
			if len(enc) >= len(data)+8 {
				t.Errorf("stored session grew from %d to %d bytes", len(data), len(enc))
			}
			// The dialogue goes on from the legacy session: its question
			// again, and an answer to /aide.
			legacy, _ := bot.DecodeSession("test:v", 1, data)
			if want.State != string(StateFollow) && len(d.Reprompt(legacy)) == 0 {
				t.Error("no question asked again")
			}
			if _, err := d.Step(context.Background(), legacy, bot.Inbound{Text: "/aide", Time: now}); err != nil {
				t.Errorf("/aide: %v", err)
			}
			if State(legacy.State) != State(want.State) || len(legacy.Vars) != 0 || legacy.Record == "" {
				t.Errorf("after /aide: state %s, vars %v, record %d bytes", legacy.State, legacy.Vars, len(legacy.Record))
			}
		})
	}
}

func TestRecordCodecRoundTrip(t *testing.T) {
	r := record{
		Consent: time.Unix(1796203800, 0).UTC(), Request: "Je suis au chômage à Orléans",
		Facts: analysis.Facts{Status: "demandeur_emploi", Cadre: new(false), JeuneDiplome: new(true), Age: 41,
			Handicap: new(true), Departement: "45", Region: "24", Commune: "Orléans", Outside: true, Project: "vae",
			Branch: analysis.BranchTerritoriale, Workplace: "59", Doubts: analysis.DoubtHome | analysis.DoubtBranch,
			Why: analysis.Origins{Status: analysis.Origin{How: analysis.HowQuestion, Conf: 100}, Age: analysis.Origin{How: analysis.HowPattern, Conf: 90},
				Place: analysis.Origin{How: analysis.HowCorrection, Conf: 100}}},
		Candidates: []string{"Saint-Denis (93)", "Saint-Denis (974)"}, Share: new(false),
		Asked: askedStatus | askedCadre, Correcting: true, Operator: "apec", Agency: "a1", Modality: "visio",
		Offers: []slotRef{{"adv1", 10, 20}, {"adv2", -5, 99999999999}}, Pick: &slotRef{"adv1", 10, 20},
		Contact: "0612345678", DetailKind: "tel", Moving: true, PrevAdvisor: "adv0", Booking: "CEP-X",
		Sessions: []sessionRef{{"s@2026-12-08", 25}, {"t", 0}}, Resume: StateSlot, Source: "salon", Lang: "en",
		Situation: "arret_maladie", Proxy: "f:fille", HumanRef: "CEP-U", HumanKind: "mission_locale", Flags: flagAckLoss | flagProxyNoted,
		Wish: newWish(time.Thursday, morning), WishedWay: "visio",
	}
	got, err := decodeRecord(string(r.encode(nil)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, r) {
		t.Fatalf("round trip:\n%+v\n%+v", got, r)
	}
	// An unknown tag (a field added by a later version) is skipped.
	b := append(r.encode(nil), 250, 0, 2, 'h', 'i')
	if got, err := decodeRecord(string(b)); err != nil || !reflect.DeepEqual(got, r) {
		t.Fatalf("unknown tag: %v", err)
	}
	if _, err := decodeRecord("\x09"); err == nil {
		t.Fatal("unknown version accepted")
	}
}

// The record comes from the store: a damaged one is an error, never a panic.
func FuzzDecodeRecord(f *testing.F) {
	r := record{Request: "x", Offers: []slotRef{{"a", 1, 2}}, Sessions: []sessionRef{{"s", 3}}, Candidates: []string{"c"}}
	f.Add(r.encode(nil))
	f.Add([]byte{1, tagOffers, 0, 1, 5})
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := decodeRecord(string(data))
		if err != nil {
			return
		}
		if _, err := decodeRecord(string(r.encode(nil))); err != nil {
			t.Fatalf("re-encoding a decoded record: %v", err)
		}
	})
}
