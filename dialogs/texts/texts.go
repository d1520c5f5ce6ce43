// Package texts is the one catalogue of everything a visitor or a member of
// staff reads: the reception dialogue, the command menu, the Slack cards and
// relay, the calendar file and reminders, and the operators' check reports.
//
// It is a leaf package (standard library only) so that dialogs, adapters and
// cmd can all read it. Packages under bot/ stay free of wording: what they
// need is handed to them by cmd from this catalogue.
//
// A catalogue is one value per language. Each part (Dialogue, Staff,
// Calendar, Ops, Commands) is a struct of strings declared with its French
// values in its own file; another language fills what it has translated and
// every empty field falls back to French, so adding a sentence never breaks
// a language that has not caught up yet (MissingIn lists what it lacks).
package texts

import (
	"reflect"
	"sync"
)

// Lang is a language of the catalogue, as a BCP 47 primary tag.
type Lang string

// The languages of the catalogue. French is the reference: every field set.
const (
	French  Lang = "fr"
	English Lang = "en"
)

// Catalog is every text of one language.
type Catalog struct {
	Lang Lang
	Dialogue
	Staff
	Calendar
	Ops
	Commands
	Reach
	Understanding
	Caller
}

var (
	mu       sync.Mutex
	partials = map[Lang]*Catalog{}
	complete = map[Lang]*Catalog{}
)

// register adds a language's catalogue; French must hold every field.
// Called from the init of each language's file.
func register(c *Catalog) {
	mu.Lock()
	defer mu.Unlock()
	partials[c.Lang] = c
	delete(complete, c.Lang)
}

// For returns the catalogue of a language, its missing texts taken from
// French. An unknown language gives French.
func For(l Lang) *Catalog {
	mu.Lock()
	defer mu.Unlock()
	if c, ok := complete[l]; ok {
		return c
	}
	fr := partials[French]
	p, ok := partials[l]
	if !ok {
		l, p = French, fr
		if c, ok := complete[French]; ok {
			return c
		}
	}
	c := *p
	fill(reflect.ValueOf(&c).Elem(), reflect.ValueOf(fr).Elem())
	settle(&c) // the configured durations in place of their placeholders
	complete[l] = &c
	return &c
}

// FR is the French catalogue, the default everywhere.
func FR() *Catalog { return For(French) }

// Langs lists the registered languages.
func Langs() []Lang {
	mu.Lock()
	defer mu.Unlock()
	out := make([]Lang, 0, len(partials))
	for l := range partials {
		out = append(out, l)
	}
	return out
}

// MissingIn names the fields a language has not translated (they read as
// French). The French catalogue itself must have none.
func MissingIn(l Lang) []string {
	mu.Lock()
	p := partials[l]
	mu.Unlock()
	if p == nil {
		return nil
	}
	var out []string
	missing(reflect.ValueOf(p).Elem(), "", &out)
	return out
}

func fill(dst, src reflect.Value) {
	for i := 0; i < dst.NumField(); i++ {
		f := dst.Field(i)
		switch f.Kind() {
		case reflect.String:
			if f.String() == "" && f.CanSet() {
				f.SetString(src.Field(i).String())
			}
		case reflect.Struct:
			fill(f, src.Field(i))
		case reflect.Slice, reflect.Map:
			if f.Len() == 0 && f.CanSet() {
				f.Set(src.Field(i))
			}
		}
	}
}

func missing(v reflect.Value, prefix string, out *[]string) {
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		f, name := v.Field(i), t.Field(i).Name
		if name == "Lang" {
			continue
		}
		switch f.Kind() {
		case reflect.String:
			if f.String() == "" {
				*out = append(*out, prefix+name)
			}
		case reflect.Slice, reflect.Map:
			if f.Len() == 0 {
				*out = append(*out, prefix+name)
			}
		case reflect.Struct:
			missing(f, prefix+name+".", out)
		}
	}
}
