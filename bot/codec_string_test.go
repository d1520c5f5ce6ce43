package bot

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

// decodeSessionString (stores holding sessions as strings) must read
// exactly what DecodeSession reads, for the binary and the JSON forms and
// for damaged records.
func TestDecodeSessionStringMatchesBytes(t *testing.T) {
	in := &Session{Key: "telegram:1", Version: 3, State: "creneau", Step: 7, Channel: "telegram", User: "1",
		Created: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), Updated: time.Date(2026, 12, 1, 9, 5, 0, 0, time.UTC),
		Seen: []string{"1001"}, Vars: map[string]string{"ville": "Orléans"},
		Out: []Reply{{Text: "Bonjour", Choices: []Choice{{Label: "Oui", Value: "1"}}, Step: "7"}}}
	bin, err := EncodeSession(in)
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(in)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"binary", bin},
		{"json", js},
		{"truncated", bin[:len(bin)/2]},
		{"unknown format", []byte{0x01, 0x02}},
		{"empty", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, wantErr := DecodeSession("telegram:1", 3, tc.data)
			got, gotErr := decodeSessionString("telegram:1", 3, string(tc.data))
			if (wantErr == nil) != (gotErr == nil) || !reflect.DeepEqual(want, got) {
				t.Fatalf("decodeSessionString = %+v, %v; DecodeSession = %+v, %v", got, gotErr, want, wantErr)
			}
		})
	}
}
