package bot

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

func TestSessionCodecRoundTrip(t *testing.T) {
	in := &Session{Key: "telegram:1", Version: 3, State: "age", Step: 12, Fails: 2, Channel: "telegram", User: "1",
		Created: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), Updated: time.Date(2026, 12, 1, 9, 5, 0, 123000, time.UTC),
		Seen: []string{"1001", "1002"}, Vars: map[string]string{"age": "34", "req": "Je suis au chômage à Lyon"}, Inactive: true}
	data, err := EncodeSession(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := DecodeSession("telegram:1", 3, data)
	if err != nil {
		t.Fatal(err)
	}
	out.Created, out.Updated = out.Created.UTC(), out.Updated.UTC()
	if !reflect.DeepEqual(in, out) {
		t.Fatalf("round trip:\n in  %+v\n out %+v", in, out)
	}
	// Sessions stored as JSON by earlier versions are still read.
	old, _ := json.Marshal(in)
	back, err := DecodeSession("telegram:1", 3, old)
	if err != nil || back.State != "age" || back.Vars["age"] != "34" {
		t.Fatalf("JSON session: %+v, %v", back, err)
	}
}

func FuzzDecodeSession(f *testing.F) {
	s := &Session{State: "age", Vars: map[string]string{"a": "b"}, Seen: []string{"1"}}
	good, _ := EncodeSession(s)
	f.Add(good)
	f.Add([]byte(`{"s":"age"}`))
	f.Add([]byte{0xC1, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeSession("k", 1, data)
		if err != nil {
			return
		}
		again, err := EncodeSession(s)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeSession("k", 1, again); err != nil {
			t.Fatalf("re-encoded session does not decode: %v", err)
		}
	})
}

func BenchmarkSessionCodec(b *testing.B) {
	s := &Session{State: "creneau", Step: 9, Channel: "telegram", User: "123456789", Created: time.Now(), Updated: time.Now(),
		Seen: []string{"100001", "100002", "100003", "100004", "100005", "100006", "100007", "100008", "100009"},
		Vars: map[string]string{"ok": "2026-12-01T08:00:00Z", "req": "Bonjour, je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003 et je voudrais me reconvertir",
			"st": "demandeur_emploi", "age": "34", "dep": "69", "reg": "84", "com": "Lyon", "prj": "reconversion", "hc": "0", "cad": "0", "ask": "hc",
			"op": "france_travail", "ag": "ft-69", "mod": "sur_place", "sl": "ft-69-c1|1796115600|1796118300;ft-69-c2|1796118300|1796121000;ft-69-c3|1796121000|1796123700"}}
	b.ReportAllocs()
	var n int
	for b.Loop() {
		data, _ := EncodeSession(s)
		n = len(data)
		if _, err := DecodeSession("k", 1, data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "bytes/session")
}

// The dialogue's record is stored as the var RecordVar: sessions written
// before it had its own field load into it, and the stored form names it
// like any var (a reader that only knows vars finds it).
func TestRecordStoredAsVar(t *testing.T) {
	s := &Session{State: "age", Record: "\x01rec", Vars: map[string]string{"x": "1"}}
	data, err := EncodeSession(s)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeSession("k", 1, data)
	if err != nil || back.Record != "\x01rec" || back.Vars["x"] != "1" || len(back.Vars) != 1 {
		t.Fatalf("decoded %+v, %v", back, err)
	}
	// Written as a var by the format before the field.
	old := &Session{State: "age", Vars: map[string]string{RecordVar: "\x01old"}}
	data, _ = EncodeSession(old)
	back, err = DecodeSession("k", 1, data)
	if err != nil || back.Record != "\x01old" || len(back.Vars) != 0 || back.Get(RecordVar) != "\x01old" {
		t.Fatalf("decoded %+v, %v", back, err)
	}
	// JSON sessions of the first versions.
	back, err = DecodeSession("k", 1, []byte(`{"s":"age","v":{"r":"\u0001j","x":"2"}}`))
	if err != nil || back.Record != "\x01j" || back.Vars["x"] != "2" || len(back.Vars) != 1 {
		t.Fatalf("decoded %+v, %v", back, err)
	}
}
