package texts

import (
	"strconv"
	"testing"
	"time"
)

func TestDeAndA(t *testing.T) {
	for _, c := range []struct{ name, de, a string }{
		{"Orléans", "d'Orléans", "à Orléans"},
		{"Amiens", "d'Amiens", "à Amiens"},
		{"Évry-Courcouronnes", "d'Évry-Courcouronnes", "à Évry-Courcouronnes"},
		{"Île-de-France", "d'Île-de-France", "à Île-de-France"},
		{"Yvetot", "d'Yvetot", "à Yvetot"},
		{"Lyon", "de Lyon", "à Lyon"},
		{"Lens", "de Lens", "à Lens"},
		{"Le Havre", "du Havre", "au Havre"},
		{"Le Mans", "du Mans", "au Mans"},
		{"Les Ulis", "des Ulis", "aux Ulis"},
		{"Les Abymes", "des Abymes", "aux Abymes"},
		{"La Rochelle", "de La Rochelle", "à La Rochelle"},
		{"L'Haÿ-les-Roses", "de L'Haÿ-les-Roses", "à L'Haÿ-les-Roses"},
		{"Hyères", "d'Hyères", "à Hyères"},
		{"Hénin-Beaumont", "d'Hénin-Beaumont", "à Hénin-Beaumont"},
		{"Haguenau", "de Haguenau", "à Haguenau"},
		{"l'Apec", "de l'Apec", "à l'Apec"},
		{"la Mission locale de Rouen", "de la Mission locale de Rouen", "à la Mission locale de Rouen"},
		{"le centre de Caen", "du centre de Caen", "au centre de Caen"},
		{"les Missions locales", "des Missions locales", "aux Missions locales"},
		{"France Travail", "de France Travail", "à France Travail"},
		{"  Orléans ", "d'Orléans", "à Orléans"},
		{"", "de", "à"},
	} {
		if got := De(c.name); got != c.de {
			t.Errorf("De(%q) = %q, want %q", c.name, got, c.de)
		}
		if got := A(c.name); got != c.a {
			t.Errorf("A(%q) = %q, want %q", c.name, got, c.a)
		}
	}
}

func TestThe(t *testing.T) {
	for _, c := range []struct{ name, the, de, a string }{
		{"Apec", "l'Apec", "de l'Apec", "à l'Apec"},
		{"Mission locale de Rouen", "la Mission locale de Rouen", "de la Mission locale de Rouen", "à la Mission locale de Rouen"},
		{"Missions locales", "les Missions locales", "des Missions locales", "aux Missions locales"},
		{"France Travail", "France Travail", "de France Travail", "à France Travail"},
		{"Cap emploi", "Cap emploi", "de Cap emploi", "à Cap emploi"},
		{"Centre Apec", "le Centre Apec", "du Centre Apec", "au Centre Apec"},
		{"Agence France Travail Lyon", "l'Agence France Travail Lyon", "de l'Agence France Travail Lyon", "à l'Agence France Travail Lyon"},
		{"CIBC Bourgogne", "le CIBC Bourgogne", "du CIBC Bourgogne", "au CIBC Bourgogne"},
		{"la Mission locale", "la Mission locale", "de la Mission locale", "à la Mission locale"},
		{"Transitions Pro", "Transitions Pro", "de Transitions Pro", "à Transitions Pro"},
	} {
		the := The(c.name)
		if the != c.the {
			t.Errorf("The(%q) = %q, want %q", c.name, the, c.the)
		}
		if got := De(the); got != c.de {
			t.Errorf("De(The(%q)) = %q, want %q", c.name, got, c.de)
		}
		if got := A(the); got != c.a {
			t.Errorf("A(The(%q)) = %q, want %q", c.name, got, c.a)
		}
	}
	if got := UpperFirst(The("Apec")); got != "L'Apec" {
		t.Errorf("UpperFirst = %q", got)
	}
	if got := UpperFirst("écrit"); got != "Écrit" {
		t.Errorf("UpperFirst = %q", got)
	}
}

func TestDates(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	now := time.Date(2026, 11, 30, 18, 0, 0, 0, paris)
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, paris) }
	for _, c := range []struct {
		t                      time.Time
		date, dateYear, time   string
		relative, when, dayStr string
	}{
		{at(2026, 12, 1, 10, 15), "mardi 1er décembre à 10 h 15", "mardi 1er décembre 2026 à 10 h 15", "10 h 15",
			"demain", "demain à 10 h 15", "mardi 1er décembre"},
		{at(2026, 11, 30, 10, 0), "lundi 30 novembre à 10 h", "lundi 30 novembre 2026 à 10 h", "10 h",
			"aujourd'hui", "aujourd'hui à 10 h", "lundi 30 novembre"},
		{at(2026, 12, 2, 9, 5), "mercredi 2 décembre à 9 h 05", "mercredi 2 décembre 2026 à 9 h 05", "9 h 05",
			"après-demain", "après-demain à 9 h 05", "mercredi 2 décembre"},
		{at(2026, 11, 29, 23, 59), "dimanche 29 novembre à 23 h 59", "dimanche 29 novembre 2026 à 23 h 59", "23 h 59",
			"hier", "hier à 23 h 59", "dimanche 29 novembre"},
		{at(2027, 1, 7, 14, 30), "jeudi 7 janvier 2027 à 14 h 30", "jeudi 7 janvier 2027 à 14 h 30", "14 h 30",
			"jeudi 7 janvier 2027", "jeudi 7 janvier 2027 à 14 h 30", "jeudi 7 janvier 2027"},
		{at(2026, 8, 15, 0, 0), "samedi 15 août à 0 h", "samedi 15 août 2026 à 0 h", "0 h",
			"samedi 15 août", "samedi 15 août à 0 h", "samedi 15 août"},
	} {
		check := func(what, got, want string) {
			t.Helper()
			if got != want {
				t.Errorf("%s(%s) = %q, want %q", what, c.t, got, want)
			}
		}
		check("Date", Date(c.t, now), c.date)
		check("DateYear", DateYear(c.t), c.dateYear)
		check("Time", Time(c.t), c.time)
		check("RelativeDay", RelativeDay(c.t, now), c.relative)
		check("When", When(c.t, now), c.when)
		check("Day", Day(c.t, now), c.dayStr)
	}
	// now in another zone: the day and year are those of t's location.
	nowUTC := time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC) // already 2027 in Paris
	if got := Date(at(2027, 1, 1, 9, 0), nowUTC); got != "vendredi 1er janvier à 9 h" {
		t.Errorf("Date across the new year in Paris = %q", got)
	}
	if got := RelativeDay(at(2027, 1, 1, 9, 0), nowUTC); got != "aujourd'hui" {
		t.Errorf("RelativeDay across zones = %q", got)
	}
	if Weekday(time.Tuesday) != "mardi" || Month(time.August) != "août" {
		t.Error("Weekday/Month")
	}
}

func TestListsPluralsNumbers(t *testing.T) {
	for _, c := range []struct {
		items    []string
		and, or_ string
	}{
		{nil, "", ""},
		{[]string{"a"}, "a", "a"},
		{[]string{"a", "b"}, "a et b", "a ou b"},
		{[]string{"a", "b", "c"}, "a, b et c", "a, b ou c"},
		{[]string{"a", "", "c"}, "a et c", "a ou c"},
	} {
		if got := List(c.items...); got != c.and {
			t.Errorf("List(%q) = %q, want %q", c.items, got, c.and)
		}
		if got := ListOr(c.items...); got != c.or_ {
			t.Errorf("ListOr(%q) = %q, want %q", c.items, got, c.or_)
		}
	}
	for _, c := range []struct {
		n    int
		want string
	}{
		{0, "0 créneau"}, {1, "1 créneau"}, {2, "2 créneaux"}, {4096, "4\u202f096 créneaux"},
	} {
		if got := Count(c.n, "créneau", "créneaux"); got != c.want {
			t.Errorf("Count(%d) = %q, want %q", c.n, got, c.want)
		}
	}
	for _, c := range []struct {
		n    int
		want string
	}{
		{0, "0"}, {7, "7"}, {999, "999"}, {1000, "1\u202f000"}, {4096, "4\u202f096"},
		{12345, "12\u202f345"}, {123456, "123\u202f456"}, {1234567, "1\u202f234\u202f567"},
		{-12345, "-12\u202f345"}, {-999, "-999"},
	} {
		if got := Number(c.n); got != c.want {
			t.Errorf("Number(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}

// FuzzDe holds the helpers total on any input: no panic, the name kept.
func FuzzDe(f *testing.F) {
	for _, s := range []string{"Orléans", "Le Havre", "les ", "L", "\xff", "le  x", "Hérault-x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = De(s)
		_ = A(s)
		_ = The(s)
		_ = UpperFirst(s)
	})
}

func TestDateCapital(t *testing.T) {
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	for _, at := range []time.Time{now, now.AddDate(0, 0, 1).Add(75 * time.Minute), now.AddDate(1, 1, 3).Add(5 * time.Minute)} {
		if got, want := DateCapital(at, now), UpperFirst(Date(at, now)); got != want {
			t.Errorf("DateCapital(%v) = %q, want %q", at, got, want)
		}
	}
}

// oracleDate is AppendDate as it was before appendYMD: each part read from
// t on its own. The two must agree on every day and time of a few years,
// across the changes of time and the turns of the year.
func oracleDate(t, now time.Time) string {
	b := append([]byte(nil), weekdays[t.Weekday()]...)
	b = append(b, ' ')
	if t.Day() == 1 {
		b = append(b, "1er"...)
	} else {
		b = strconv.AppendInt(b, int64(t.Day()), 10)
	}
	b = append(b, ' ')
	b = append(b, months[t.Month()-1]...)
	if t.Year() != now.In(t.Location()).Year() {
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(t.Year()), 10)
	}
	b = append(b, " à "...)
	b = strconv.AppendInt(b, int64(t.Hour()), 10)
	b = append(b, " h"...)
	if t.Minute() != 0 {
		b = append(b, ' ')
		if t.Minute() < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(t.Minute()), 10)
	}
	return string(b)
}

func TestAppendDateAsEachPartRead(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	reunion := time.FixedZone("Réunion", 4*3600)
	now := time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC) // already 2027 in Paris and Réunion
	for _, loc := range []*time.Location{paris, reunion, time.UTC} {
		for at := time.Date(2025, 12, 30, 0, 0, 0, 0, loc); at.Year() < 2028; at = at.Add(7*time.Hour + 5*time.Minute) {
			if got, want := string(AppendDate(nil, at, now)), oracleDate(at, now); got != want {
				t.Fatalf("AppendDate(%v) = %q, want %q", at, got, want)
			}
		}
	}
}
