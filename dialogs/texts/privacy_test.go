package texts

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDurationWords(t *testing.T) {
	c := FR()
	for d, want := range map[time.Duration]string{
		90 * 24 * time.Hour: "90 jours", 24 * time.Hour: "1 jour", 36 * time.Hour: "36 heures",
		time.Hour: "1 heure", 45 * time.Minute: "45 minutes", 1500 * 24 * time.Hour: "1\u202f500 jours",
	} {
		if got := c.Duration(d); got != want {
			t.Errorf("Duration(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestPlaceholdersTakeTheConfiguredDurations: a text holding the
// placeholders reads the durations set by SetDurations, in every language,
// and no text of a catalogue keeps a placeholder.
func TestPlaceholdersTakeTheConfiguredDurations(t *testing.T) {
	const zz Lang = "zz"
	register(&Catalog{Lang: zz, Commands: Commands{CommandHelp: "gardé " + PlaceholderRetention + ", conversation " + PlaceholderSessionTTL}})
	t.Cleanup(func() {
		mu.Lock()
		delete(partials, zz)
		mu.Unlock()
		SetDurations(90*24*time.Hour, 30*24*time.Hour)
	})
	SetDurations(180*24*time.Hour, 36*time.Hour)
	if got := For(zz).CommandHelp; got != "gardé 180 jours, conversation 36 heures" {
		t.Errorf("after SetDurations: %q", got)
	}
	if en := For(English); !strings.Contains(en.ConsentAsk, "deleted 180 days after") || !strings.Contains(en.ConsentMore, "deleted after 36 hours") {
		t.Errorf("English consent does not follow SetDurations: %q / %q", en.ConsentAsk, en.ConsentMore)
	}
	SetDurations(90*24*time.Hour, 30*24*time.Hour)
	if got := For(zz).CommandHelp; got != "gardé 90 jours, conversation 30 jours" {
		t.Errorf("defaults: %q", got)
	}
	for _, l := range append(Langs(), French) {
		var texts []string
		collect(reflectValue(For(l)), &texts)
		for _, s := range texts {
			if strings.Contains(s, PlaceholderRetention) || strings.Contains(s, PlaceholderSessionTTL) {
				t.Errorf("%s: a placeholder is left in %q", l, s)
			}
		}
	}
}

func collect(v reflect.Value, out *[]string) {
	for i := 0; i < v.NumField(); i++ {
		switch f := v.Field(i); f.Kind() {
		case reflect.String:
			*out = append(*out, f.String())
		case reflect.Struct:
			collect(f, out)
		}
	}
}
