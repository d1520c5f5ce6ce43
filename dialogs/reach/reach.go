// Package reach gives the contacts of the operator a visitor is sent to,
// for every exit of the dialogue (« Pas maintenant », consent refused, not
// covered, a request for a human): the operator's site and telephone, the
// address, telephone and opening hours of the nearest agency from the
// directory, mon-cep.org for the regional operators, and the general
// reception queue when the operator is not known.
package reach

import (
	"fmt"
	"strings"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// Contacts is how to reach one operator.
type Contacts struct {
	Kind     string              // operator kind, directory.KindAccueil for the reception queue
	Operator *directory.Operator // nil when the directory has nothing
	Agency   *directory.Agency   // nearest agency, nil when unknown
	// Reception is set when the operator is the general reception queue
	// (the operator for the visitor is not known).
	Reception bool
	// MonCEP is set when mon-cep.org should be given too: regional
	// operators (the portal lists them per region) and unknown operators.
	MonCEP bool
	// Label, when set, is the name to show with its article (the caller's
	// catalogue name of the operator kind, « la Mission locale », when no
	// agency is known: a network's directory name is often a plural).
	Label string
	// Direct, when set, is the whole block: the visitor's own employer,
	// whose door the directory does not list for their branch and
	// département (a hospital's DRH), is named instead of the agency of
	// another branch (cep-domain.md §1.5).
	Direct string
}

// Find returns the contacts for an operator kind ("" when not known) and
// the visitor's département and region ("" when not known). An unknown
// kind, or a kind the directory has no operator of, gives the general
// reception queue (directory.Reception) and mon-cep.org.
func Find(d *directory.Directory, kind, dep, region string) Contacts {
	if d == nil {
		return Contacts{Kind: kind, MonCEP: true}
	}
	if region == "" && dep != "" {
		region = directory.RegionOf(dep)
	}
	if kind != "" && kind != directory.KindAccueil {
		c := Contacts{Kind: kind, MonCEP: kind == directory.KindOperateurRegional}
		if dep != "" {
			if ags := d.AgenciesFor(kind, dep); len(ags) > 0 {
				c.Agency = ags[0]
				c.Operator = d.Operator(ags[0].OperatorID)
			}
		}
		if c.Operator == nil {
			// Without a place, a national operator is known by its kind;
			// a regional one needs the region.
			if ops := d.OperatorsOfKind(kind, region); len(ops) > 0 && (kind != directory.KindOperateurRegional || region != "") {
				c.Operator = ops[0]
			}
		}
		if c.Operator != nil {
			return c
		}
	}
	op, ag := d.Reception()
	return Contacts{Kind: directory.KindAccueil, Operator: op, Agency: ag, Reception: true, MonCEP: true}
}

// Name is the name to show: the agency's when there is one (« Mission
// locale de Rouen et environs »), else the operator's.
func (c Contacts) Name() string {
	switch {
	case c.Agency != nil && c.Agency.Name != "":
		return c.Agency.Name
	case c.Operator != nil:
		return c.Operator.Name
	}
	return ""
}

// Title is the name with its article: Label when set, else the name with
// texts.The (« la Mission locale de Rouen et environs », « l'Apec »).
func (c Contacts) Title() string {
	if c.Label != "" {
		return c.Label
	}
	return texts.The(c.Name())
}

// Phone is the agency's telephone, else the operator's.
func (c Contacts) Phone() string {
	if c.Agency != nil && c.Agency.Phone != "" {
		return c.Agency.Phone
	}
	if c.Operator != nil {
		return c.Operator.Phone
	}
	return ""
}

// Website is the operator's site.
func (c Contacts) Website() string {
	if c.Operator != nil {
		return c.Operator.Website
	}
	return ""
}

// Hours renders the agency's weekly opening hours, "" when no agency is
// known or it has none.
func (c Contacts) Hours(w texts.Reach) string {
	if c.Agency == nil {
		return ""
	}
	return FormatHours(c.Agency.Hours, w)
}

// Render writes the contacts block: a title naming the operator with its
// article, then the telephone, address, opening hours and site lines that
// are known, and mon-cep.org where it applies.
func (c Contacts) Render(w texts.Reach) string {
	if c.Direct != "" {
		return c.Direct
	}
	var lines []string
	name := c.Name()
	if name == "" {
		return w.ContactsNone
	}
	lines = append(lines, fmt.Sprintf(w.ContactsTitle, c.Title()))
	if p := c.Phone(); p != "" {
		lines = append(lines, fmt.Sprintf(w.ContactsPhone, p))
	}
	if c.Agency != nil && c.Agency.Address != "" {
		lines = append(lines, fmt.Sprintf(w.ContactsAddr, c.Agency.Address))
	}
	if h := c.Hours(w); h != "" {
		lines = append(lines, fmt.Sprintf(w.ContactsHours, h))
	}
	if s := c.Website(); s != "" && !(c.MonCEP && strings.Contains(s, "mon-cep.org")) {
		lines = append(lines, fmt.Sprintf(w.ContactsSite, s))
	}
	if c.MonCEP {
		lines = append(lines, w.ContactsMonCEP)
	}
	return strings.Join(lines, "\n")
}

// FormatHours writes weekly hours grouping consecutive days with the same
// ranges, Monday first: « du lundi au jeudi, 9 h – 12 h et 13 h 30 – 17 h ;
// vendredi, 9 h – 12 h ».
func FormatHours(h directory.WeekHours, w texts.Reach) string {
	if len(w.Days) != 7 {
		return ""
	}
	order := []int{1, 2, 3, 4, 5, 6, 0}
	var groups []string
	for i := 0; i < len(order); {
		d := order[i]
		if len(h[d]) == 0 {
			i++
			continue
		}
		j := i
		for j+1 < len(order) && sameRanges(h[order[j+1]], h[d]) {
			j++
		}
		days := w.Days[d]
		switch {
		case j == i+1:
			days = w.Days[d] + w.HoursAnd + w.Days[order[j]]
		case j > i+1:
			days = fmt.Sprintf(w.HoursDaySpan, w.Days[d], w.Days[order[j]])
		}
		var rs []string
		for _, r := range h[d] {
			rs = append(rs, fmt.Sprintf(w.HoursRange, clock(r.Start, w), clock(r.End, w)))
		}
		groups = append(groups, days+w.HoursDayJoin+strings.Join(rs, w.HoursAnd))
		i = j + 1
	}
	return strings.Join(groups, w.HoursSep)
}

func sameRanges(a, b []directory.TimeRange) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func clock(min int, w texts.Reach) string {
	if min%60 == 0 {
		return fmt.Sprintf(w.ClockHour, min/60)
	}
	return fmt.Sprintf(w.ClockMinutes, min/60, min%60)
}
