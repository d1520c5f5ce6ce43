package directory

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

var dayKeys = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"} // index time.Weekday

type nestedAdvisor struct {
	adv  *Advisor
	line int
	path string
	node *yaml.Node
}

func (w *walker) agency(n *yaml.Node, path string, def *agencyDefaults, ops map[string]*Operator) (*Agency, []nestedAdvisor) {
	m := w.asMap(n, path, "id", "operator", "name", "address", "phone", "departements", "modalities",
		"time_zone", "hours", "slot_minutes", "lead_time", "horizon", "closures", "advisors", "branches", "notify", "managers", "calendar")
	dn := w.deref(n)
	if dn == nil {
		return nil, nil
	}
	a := &Agency{Line: dn.Line, SlotMinutes: def.slotMinutes, LeadTime: def.leadTime, Horizon: def.horizon}
	a.ID = w.required(m, dn, path, "id")
	if a.ID != "" && !idRe.MatchString(a.ID) {
		w.errorf(m.nodes["id"], path+".id", "%q is not a valid id (lower-case letters, digits, '.', '_', '-')", a.ID)
	}
	a.OperatorID = w.required(m, dn, path, "operator")
	op := ops[a.OperatorID]
	if a.OperatorID != "" && op == nil {
		w.errorf(m.nodes["operator"], path+".operator", "unknown operator %q", a.OperatorID)
	}
	a.Name = w.required(m, dn, path, "name")
	a.Address = w.optional(m, path, "address")
	a.Phone = w.optional(m, path, "phone")
	a.SlackChannel = w.agencyNotify(m.nodes["notify"], path+".notify")
	a.Managers = w.slackUsers(m.nodes["managers"], path+".managers")

	if !m.has("departements") {
		w.errorf(dn, path+".departements", "missing (required): which départements does the agency serve?")
	}
	list, nodes := w.strings(m.nodes["departements"], path+".departements")
	for i, code := range list {
		p := index(path+".departements", i)
		dep := LookupDepartement(code)
		switch {
		case dep == nil:
			w.errorf(nodes[i], p, "unknown département code %q (INSEE codes such as 01, 2A, 971)", code)
		case a.Serves(code):
			w.errorf(nodes[i], p, "département %q listed twice", code)
		case op != nil && len(op.Regions) > 0 && !contains(op.Regions, dep.Region):
			w.errorf(nodes[i], p, "département %s (%s) is outside the regions of operator %q", code, dep.RegionName, op.ID)
		default:
			a.Departements = append(a.Departements, code)
		}
	}
	if m.has("departements") && len(list) == 0 {
		w.errorf(m.nodes["departements"], path+".departements", "the list is empty")
	}

	if bn, ok := m.nodes["branches"]; ok {
		a.Branches = w.branches(bn, path+".branches", op)
	}

	if mn, ok := m.nodes["modalities"]; ok {
		a.Modalities = w.modalities(mn, path+".modalities")
	} else if def.modalities != nil {
		a.Modalities = append([]Modality(nil), def.modalities...)
	} else {
		w.errorf(dn, path+".modalities", "missing: list sur_place, telephone and/or visio (or set defaults.modalities)")
	}

	a.TimeZone = w.optional(m, path, "time_zone")
	switch {
	case a.TimeZone != "":
	case len(a.Departements) > 0 && DefaultTimeZone(a.Departements[0]) != DefaultTimeZoneName:
		// An overseas agency lives in its own zone even if defaults say Paris.
		a.TimeZone = DefaultTimeZone(a.Departements[0])
	case def.timeZone != "":
		a.TimeZone = def.timeZone
	default:
		a.TimeZone = DefaultTimeZoneName
	}
	if loc, err := w.zone(a.TimeZone); err != nil || a.TimeZone == "Local" {
		w.errorf(m.nodes["time_zone"], path+".time_zone", "unknown time zone %q (use an IANA name such as Europe/Paris or America/Cayenne)", a.TimeZone)
	} else {
		a.Location = loc
	}

	w.schedule(m, path, &a.SlotMinutes, &a.LeadTime, &a.Horizon)
	if a.LeadTime >= a.Horizon {
		w.errorf(dn, path+".lead_time", "lead time (%s) must be shorter than the horizon (%s)", a.LeadTime, a.Horizon)
	}
	if hn, ok := m.nodes["hours"]; ok {
		a.Hours = w.hours(hn, path+".hours")
	} else if def.hours != nil {
		a.Hours = cloneHours(*def.hours)
	} else {
		w.errorf(dn, path+".hours", "missing: opening hours are needed to offer appointments (or set defaults.hours)")
	}
	w.checkSlotFits(a, m.nodes["hours"], dn, path)

	for i, cn := range w.asList(m.nodes["closures"], path+".closures") {
		if c, ok := w.closure(cn, index(path+".closures", i)); ok {
			a.Closures = append(a.Closures, c)
		}
	}

	if cn, ok := m.nodes["calendar"]; ok {
		a.Calendar = w.calendar(cn, path+".calendar")
	}

	var nested []nestedAdvisor
	for i, vn := range w.asList(m.nodes["advisors"], path+".advisors") {
		p := index(path+".advisors", i)
		if ad, line := w.advisor(vn, p, a.ID); ad != nil {
			nested = append(nested, nestedAdvisor{adv: ad, line: line, path: p, node: vn})
		}
	}
	return a, nested
}

func cloneHours(h WeekHours) WeekHours {
	var out WeekHours
	for i := range h {
		out[i] = append([]TimeRange(nil), h[i]...)
	}
	return out
}

// checkSlotFits reports opening ranges too short to hold one appointment:
// such a range would silently never offer anything.
func (w *walker) checkSlotFits(a *Agency, hn, dn *yaml.Node, path string) {
	open := false
	for day, rs := range a.Hours {
		for _, r := range rs {
			open = true
			if r.End-r.Start < a.SlotMinutes {
				at := hn
				if at == nil {
					at = dn
				}
				w.errorf(at, path+".hours."+dayKeys[day], "range %s is shorter than one %d-minute appointment", r, a.SlotMinutes)
			}
		}
	}
	if !open && (hn != nil) {
		w.errorf(hn, path+".hours", "the agency is never open")
	}
}

func (r TimeRange) String() string {
	return fmt.Sprintf("%02d:%02d-%02d:%02d", r.Start/60, r.Start%60, r.End/60, r.End%60)
}

// hours reads {mon: ["09:00-12:00", "13:30-17:00"], ...}. Days not listed
// are closed; the gaps between ranges are breaks.
func (w *walker) hours(n *yaml.Node, path string) WeekHours {
	var h WeekHours
	m := w.asMap(n, path, dayKeys[:]...)
	for day, key := range dayKeys {
		dn, ok := m.nodes[key]
		if !ok {
			continue
		}
		p := join(path, key)
		list, nodes := w.strings(dn, p)
		var rs []TimeRange
		for i, s := range list {
			r, ok := parseRange(s)
			if !ok {
				w.errorf(nodes[i], p, "%q is not HH:MM-HH:MM", s)
				continue
			}
			if r.End <= r.Start {
				w.errorf(nodes[i], p, "%q ends before it starts", s)
				continue
			}
			rs = append(rs, r)
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i].Start < rs[j].Start })
		for i := 1; i < len(rs); i++ {
			if rs[i].Start < rs[i-1].End {
				w.errorf(dn, p, "ranges %s and %s overlap", rs[i-1], rs[i])
			}
		}
		h[day] = rs
	}
	return h
}

// parseRange reads "HH:MM-HH:MM" (24:00 allowed as an end).
func parseRange(s string) (TimeRange, bool) {
	a, b, ok := strings.Cut(strings.ReplaceAll(s, " ", ""), "-")
	if !ok {
		return TimeRange{}, false
	}
	x, ok1 := parseClock(a)
	y, ok2 := parseClock(b)
	if !ok1 || !ok2 || x >= 24*60 {
		return TimeRange{}, false
	}
	return TimeRange{x, y}, true
}

func parseClock(s string) (int, bool) {
	if len(s) != 5 || s[2] != ':' {
		return 0, false
	}
	for _, i := range []int{0, 1, 3, 4} {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	h := int(s[0]-'0')*10 + int(s[1]-'0')
	m := int(s[3]-'0')*10 + int(s[4]-'0')
	if m > 59 || h > 24 || (h == 24 && m != 0) {
		return 0, false
	}
	return h*60 + m, true
}

// closure reads {from: 2026-08-10, to: 2026-08-14, reason: "..."}; to
// defaults to from (a single day).
func (w *walker) closure(n *yaml.Node, path string) (Closure, bool) {
	m := w.asMap(n, path, "from", "to", "reason")
	dn := w.deref(n)
	var c Closure
	fs := w.required(m, dn, path, "from")
	from, ok := parseDate(fs)
	if fs != "" && !ok {
		w.errorf(m.nodes["from"], path+".from", "%q is not a date YYYY-MM-DD", fs)
		return c, false
	}
	to := from
	if ts := w.optional(m, path, "to"); ts != "" {
		if to, ok = parseDate(ts); !ok {
			w.errorf(m.nodes["to"], path+".to", "%q is not a date YYYY-MM-DD", ts)
			return c, false
		}
	}
	if fs == "" {
		return c, false
	}
	if to.Before(from) {
		w.errorf(m.nodes["to"], path, "closure ends (%s) before it starts (%s)", to.Format(time.DateOnly), from.Format(time.DateOnly))
		return c, false
	}
	c.From, c.To = from, to
	c.Reason = w.optional(m, path, "reason")
	return c, true
}

func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

func (w *walker) advisor(n *yaml.Node, path, agencyID string) (*Advisor, int) {
	keys := []string{"id", "name", "slack_user_id", "hours", "absences", "calendar"}
	if agencyID == "" {
		keys = append(keys, "agency")
	}
	m := w.asMap(n, path, keys...)
	dn := w.deref(n)
	if dn == nil {
		return nil, 0
	}
	ad := &Advisor{AgencyID: agencyID}
	ad.ID = w.required(m, dn, path, "id")
	if ad.ID != "" && !idRe.MatchString(ad.ID) {
		w.errorf(m.nodes["id"], path+".id", "%q is not a valid id (lower-case letters, digits, '.', '_', '-')", ad.ID)
	}
	ad.Name = w.required(m, dn, path, "name")
	if agencyID == "" {
		ad.AgencyID = w.required(m, dn, path, "agency")
	}
	ad.SlackUserID = w.optional(m, path, "slack_user_id")
	if s := ad.SlackUserID; s != "" && !slackRe.MatchString(s) {
		w.errorf(m.nodes["slack_user_id"], path+".slack_user_id", "%q is not a Slack user id (like U012AB3CD)", s)
	}
	w.availability(m, path, ad)
	ad.path = path
	if ad.ID == "" || ad.AgencyID == "" {
		return nil, 0
	}
	return ad, dn.Line
}

// branches reads the public-service branches an employeur_public agency
// serves (SCHEMA.md): only for that kind, known values, no duplicates.
func (w *walker) branches(n *yaml.Node, path string, op *Operator) []string {
	list, nodes := w.strings(n, path)
	if op != nil && op.Kind != KindEmployeurPublic {
		w.errorf(n, path, "only agencies of an employeur_public operator have branches (operator %q is %s)", op.ID, op.Kind)
		return nil
	}
	var out []string
	for i, b := range list {
		switch {
		case !contains(Branches, b):
			w.errorf(nodes[i], index(path, i), "unknown branch %q (allowed: %s)", b, strings.Join(Branches, ", "))
		case contains(out, b):
			w.errorf(nodes[i], index(path, i), "branch %q listed twice", b)
		default:
			out = append(out, b)
		}
	}
	if len(list) == 0 {
		w.errorf(n, path, "the list is empty (omit the key to serve every branch)")
	}
	return out
}
