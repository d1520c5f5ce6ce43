package dialogs

// A slot chosen in words: its time, its advisor, its date, or « le
// dernier » (persona round pe2, issue 13).

import (
	"regexp"
	"strconv"
	"strings"
)

// typedHour reads « 13h30 », « 9 h 15 », « 14h », « 14 heures » in a
// normalised message; typedColon « 13:30 » in the message as typed.
var (
	typedHour  = regexp.MustCompile(`(?:^| )([01]?\d|2[0-3]) ?(?:h|heures?) ?([0-5]\d)?(?: |$)`)
	typedColon = regexp.MustCompile(`(?:^|[^\d])([01]?\d|2[0-3]):([0-5]\d)(?:[^\d]|$)`)
	typedDate  = regexp.MustCompile(`(?:^| )(\d{1,2}|1er) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?: |$)`)
)

// slotTimeNotChosen: a time said around these words is a limit or a
// refusal (« avant 11 h », « pas 14 h »), not the slot chosen.
var slotTimeNotChosen = []string{" avant ", " apres ", " partir ", " pas ", " sauf ", " plus tard ", " plus tot ", " jusqu", " travaille ",
	" finis ", " termine ", " before ", " after ", " until ", " not "}

// lastWords choose the last slot offered (« le dernier »).
var lastWords = []string{" dernier ", " derniere ", " last "}

// slotTyped is the offered slot a typed message names by its time (with its
// day or date when said), by its advisor, or as the last one; false when
// the message names none, or several.
func (t *turn) slotTyped() (int, bool) {
	a := t.agency()
	if a == nil || len(t.r.Offers) == 0 || t.in.Choice != "" || t.text == "" {
		return 0, false
	}
	n := t.paddedNorm()
	hour, minute, named := -1, 0, false
	if !containsAny(n, slotTimeNotChosen) {
		if m := typedHour.FindStringSubmatch(strings.TrimSpace(n)); m != nil {
			hour, _ = strconv.Atoi(m[1])
			minute, _ = strconv.Atoi(m[2])
		} else if m := typedColon.FindStringSubmatch(t.text); m != nil {
			hour, _ = strconv.Atoi(m[1])
			minute, _ = strconv.Atoi(m[2])
		}
	}
	day := -1
	if m := typedDate.FindStringSubmatch(strings.TrimSpace(n)); m != nil {
		day, _ = strconv.Atoi(strings.TrimSuffix(m[1], "er"))
	}
	weekday := -1
	for _, w := range strings.Fields(n) {
		if d, ok := wishDays[w]; ok {
			weekday = int(d)
		}
	}
	last := containsAny(n, lastWords)
	dir := t.d.deps.Bookings.Directory()
	found, pick := 0, 0
	for i, o := range t.r.Offers {
		start := o.slot(a).Start
		byName := false
		if adv := dir.Advisor(o.Advisor); adv != nil {
			for _, w := range strings.Fields(normalise(adv.Name)) {
				if len(w) >= 3 && containsPadded(n, w) {
					byName = true
				}
			}
		}
		named = named || byName
		switch {
		case hour >= 0 && (start.Hour() != hour || start.Minute() != minute),
			day > 0 && start.Day() != day,
			weekday >= 0 && int(start.Weekday()) != weekday,
			last && i != len(t.r.Offers)-1:
			continue
		}
		if hour < 0 && !last && !byName {
			continue // a day alone is a wish (keepWish), not a choice
		}
		found, pick = found+1, i
	}
	if named && hour < 0 && !last && found > 1 {
		return 0, false
	}
	return pick, found == 1
}
