package texts

import (
	"reflect"
	"strings"
	"sync/atomic"
	"time"
)

// Placeholders a text may hold for the durations the deployment configures
// (CEPBOT_RETENTION, CEPBOT_SESSION_TTL): the consent and privacy texts
// promise what the service does, not a number written once.
const (
	PlaceholderRetention  = "{retention}"   // personal data of a booking kept after the appointment
	PlaceholderSessionTTL = "{session_ttl}" // a conversation kept after its last activity
)

// The durations written in place of the placeholders; the defaults are
// serve's.
var (
	retention  = 90 * 24 * time.Hour
	sessionTTL = 30 * 24 * time.Hour
)

// SetDurations sets the durations the texts promise. cmd calls it with the
// configuration before any text is read; later calls rebuild the
// catalogues.
func SetDurations(ret, ttl time.Duration) {
	mu.Lock()
	defer mu.Unlock()
	if ret > 0 {
		retention = ret
	}
	if ttl > 0 {
		sessionTTL = ttl
	}
	clear(complete)
	generation.Add(1)
}

// generation counts the SetDurations calls: a cache of catalogues (the
// dialogue's option lists) compares it to know it must rebuild.
var generation atomic.Uint64

// Generation is the number of times the catalogues were rebuilt by
// SetDurations; a catalogue read before a change is stale after it.
func Generation() uint64 { return generation.Load() }

// settle replaces the placeholders in every text of c (mu held).
func settle(c *Catalog) {
	r := strings.NewReplacer(
		PlaceholderRetention, c.Duration(retention),
		PlaceholderSessionTTL, c.Duration(sessionTTL),
	)
	replaceAll(reflect.ValueOf(c).Elem(), r)
}

func replaceAll(v reflect.Value, r *strings.Replacer) {
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			if s := f.String(); f.CanSet() && strings.Contains(s, "{") {
				f.SetString(r.Replace(s))
			}
		case reflect.Struct:
			replaceAll(f, r)
		}
	}
}

// Duration writes a duration in the catalogue's words, in the largest unit
// that divides it: « 90 jours », « 36 heures », « 45 minutes ».
func (c *Catalog) Duration(d time.Duration) string {
	switch {
	case d >= 24*time.Hour && d%(24*time.Hour) == 0:
		return Count(int(d/(24*time.Hour)), c.CalendarDay, c.CalendarDays)
	case d >= time.Hour && d%time.Hour == 0:
		return Count(int(d/time.Hour), c.CalendarHour, c.CalendarHours)
	}
	return Count(int(d.Round(time.Minute)/time.Minute), c.CalendarMinute, c.CalendarMinutes)
}
