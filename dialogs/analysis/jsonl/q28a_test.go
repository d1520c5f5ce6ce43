package jsonl

import (
	"bytes"
	"strings"
	"testing"
)

// Persona round q28a: in English, a bare number after English words is an
// age (as the dialogue's restatement reads it), not the département of the
// same number; a number that is a place, and French, keep their reading.
func TestQ28aEnglishBareAge(t *testing.T) {
	for _, c := range []struct {
		text string
		age  any
		dep  any
	}{
		// what changes
		{"I am retired (67), I would like to work again", 67.0, nil},
		{"I'm a nurse, 33, I want to retrain", 33.0, nil},
		{"I'm unemployed since my contract ended in March, 45, Strasbourg.", 45.0, "67"},
		{"I'm jobless, 24, living in Roubaix", 24.0, "59"},
		// near-misses that must not change
		{"I live in Strasbourg 67, I am a nurse", nil, "67"},
		{"I'm a nurse in 33000 Bordeaux", nil, "33"},
		{"infirmière, 33 ans, je veux me reconvertir", 33.0, nil},
		{"infirmière en Gironde (33)", nil, "33"},
	} {
		var out bytes.Buffer
		if err := Write(strings.NewReader(c.text), &out, false, now); err != nil {
			t.Fatal(err)
		}
		l := lines(t, out.String())[0]
		if l["age"] != c.age || l["departement"] != c.dep {
			t.Errorf("%q: age %v departement %v; want %v %v", c.text, l["age"], l["departement"], c.age, c.dep)
		}
	}
}
