package directory

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	_ "time/tzdata" // the zones must resolve in minimal containers too

	"go.yaml.in/yaml/v3"
)

// Defaults applied to agencies that do not say otherwise.
const (
	DefaultTimeZoneName = "Europe/Paris"
	DefaultSlotMinutes  = 45
	DefaultLeadTime     = time.Hour
	DefaultHorizon      = 21 * 24 * time.Hour
)

var (
	idRe    = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)
	slackRe = regexp.MustCompile(`^[UW][A-Z0-9]{2,20}$`)
)

// Parse reads and validates a directory file. filename is used in messages
// only. On failure the error is a *Errors listing every problem found as
// "file:line: field.path: message"; Parse never stops at the first one and
// never panics.
func Parse(filename string, data []byte) (d *Directory, err error) {
	defer func() {
		// yaml.v3 is robust but Parse is fed operator-written files: a bug
		// there must become an error, never a crash of the bot.
		if r := recover(); r != nil {
			d, err = nil, &Errors{List: []*Error{{File: filename, Msg: fmt.Sprintf("internal error while reading the file: %v", r)}}}
		}
	}()
	w := &walker{file: filename}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		w.errs.List = append(w.errs.List, yamlError(filename, err))
		return nil, w.errs.err()
	}
	if len(root.Content) == 0 {
		w.errorf(&root, "", "the file is empty")
		return nil, w.errs.err()
	}
	d = &Directory{}
	w.directory(d, root.Content[0])
	if err := w.errs.err(); err != nil {
		return nil, err
	}
	d.buildIndex()
	return d, nil
}

var yamlLineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func yamlError(file string, err error) *Error {
	msg := err.Error()
	e := &Error{File: file, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
	if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
		fmt.Sscan(m[1], &e.Line)
		e.Msg = "invalid YAML: " + m[2]
	}
	return e
}

// agencyDefaults is the optional "defaults:" block shared by all agencies.
type agencyDefaults struct {
	slotMinutes       int
	leadTime, horizon time.Duration
	hours             *WeekHours
	modalities        []Modality
	timeZone          string
}

func (w *walker) directory(d *Directory, n *yaml.Node) {
	m := w.asMap(n, "", "version", "defaults", "operators", "agencies", "advisors", "sessions", "outcomes")
	if v, ok := m.nodes["version"]; ok {
		if x, ok := w.integer(v, "version"); ok && x != 1 {
			w.errorf(v, "version", "unsupported version %d (this cepbot reads version 1)", x)
		}
	}
	def := agencyDefaults{slotMinutes: DefaultSlotMinutes, leadTime: DefaultLeadTime, horizon: DefaultHorizon}
	if dn, ok := m.nodes["defaults"]; ok {
		w.defaults(&def, dn)
	}
	if !m.has("operators") {
		w.errorf(n, "operators", "missing (required): the directory lists no operator")
	}
	if !m.has("agencies") {
		w.errorf(n, "agencies", "missing (required): the directory lists no agency")
	}
	ids := map[string]int{}
	for i, on := range w.asList(m.nodes["operators"], "operators") {
		if op := w.operator(on, index("operators", i)); op != nil {
			if first, dup := ids[op.ID]; dup {
				w.errorf(on, index("operators", i)+".id", "duplicate operator id %q (first at line %d)", op.ID, first)
			} else {
				ids[op.ID] = op.Line
				d.Operators = append(d.Operators, op)
			}
		}
	}
	ops := map[string]*Operator{}
	reception := ""
	for i, op := range d.Operators {
		ops[op.ID] = op
		if op.Kind == KindAccueil {
			if reception != "" {
				w.errs.add(w.file, op.Line, index("operators", i)+".kind", "a second general reception queue (kind accueil): %q already is one", reception)
			}
			reception = op.ID
		}
	}
	agIDs := map[string]int{}
	advIDs := map[string]int{}
	addAdvisor := func(ad *Advisor, line int, path string, n *yaml.Node) {
		if first, dup := advIDs[ad.ID]; dup {
			w.errorf(n, path+".id", "duplicate advisor id %q (first at line %d)", ad.ID, first)
			return
		}
		advIDs[ad.ID] = line
		d.Advisors = append(d.Advisors, ad)
	}
	for i, an := range w.asList(m.nodes["agencies"], "agencies") {
		path := index("agencies", i)
		ag, nested := w.agency(an, path, &def, ops)
		if ag == nil {
			continue
		}
		if first, dup := agIDs[ag.ID]; dup {
			w.errorf(an, path+".id", "duplicate agency id %q (first at line %d)", ag.ID, first)
			continue
		}
		agIDs[ag.ID] = ag.Line
		d.Agencies = append(d.Agencies, ag)
		for _, na := range nested {
			addAdvisor(na.adv, na.line, na.path, na.node)
		}
	}
	for i, vn := range w.asList(m.nodes["advisors"], "advisors") {
		path := index("advisors", i)
		if ad, line := w.advisor(vn, path, ""); ad != nil {
			if ad.AgencyID != "" && !hasKey(agIDs, ad.AgencyID) {
				w.errorf(vn, path+".agency", "unknown agency %q", ad.AgencyID)
				continue
			}
			addAdvisor(ad, line, path, vn)
		}
	}
	agencies := map[string]*Agency{}
	for _, ag := range d.Agencies {
		agencies[ag.ID] = ag
	}
	sessIDs := map[string]int{}
	for i, sn := range w.asList(m.nodes["sessions"], "sessions") {
		path := index("sessions", i)
		if s := w.session(sn, path, agencies); s != nil {
			if first, dup := sessIDs[s.ID]; dup {
				w.errorf(sn, path+".id", "duplicate session id %q (first at line %d)", s.ID, first)
				continue
			}
			sessIDs[s.ID] = s.Line
			d.Sessions = append(d.Sessions, s)
		}
	}
	d.Outcomes = w.outcomes(m.nodes["outcomes"])
	// Every agency must have someone to book with.
	count := map[string]int{}
	for _, ad := range d.Advisors {
		count[ad.AgencyID]++
	}
	for _, ad := range d.Advisors {
		w.checkAvailability(ad, agencies[ad.AgencyID], ad.path)
	}
	for i, ag := range d.Agencies {
		if count[ag.ID] == 0 {
			w.errs.add(w.file, ag.Line, index("agencies", i), "agency %q has no advisor: nobody could be booked there", ag.ID)
		}
	}
}

func hasKey(m map[string]int, k string) bool { _, ok := m[k]; return ok }

func (w *walker) defaults(def *agencyDefaults, n *yaml.Node) {
	m := w.asMap(n, "defaults", "time_zone", "slot_minutes", "lead_time", "horizon", "hours", "modalities")
	w.schedule(m, "defaults", &def.slotMinutes, &def.leadTime, &def.horizon)
	if hn, ok := m.nodes["hours"]; ok {
		h := w.hours(hn, "defaults.hours")
		def.hours = &h
	}
	if mn, ok := m.nodes["modalities"]; ok {
		def.modalities = w.modalities(mn, "defaults.modalities")
	}
	if tz := w.optional(m, "defaults", "time_zone"); tz != "" {
		if _, err := time.LoadLocation(tz); err != nil {
			w.errorf(m.nodes["time_zone"], "defaults.time_zone", "unknown time zone %q (use an IANA name such as Europe/Paris)", tz)
		} else {
			def.timeZone = tz
		}
	}
}

// schedule reads slot_minutes, lead_time and horizon, keeping the given
// values when a key is absent.
func (w *walker) schedule(m *mapping, path string, slot *int, lead, horizon *time.Duration) {
	if n, ok := m.nodes["slot_minutes"]; ok {
		if v, ok := w.integer(n, join(path, "slot_minutes")); ok {
			switch {
			case v <= 0:
				w.errorf(n, join(path, "slot_minutes"), "must be positive, got %d", v)
			case v < 10 || v > 240:
				w.errorf(n, join(path, "slot_minutes"), "%d minutes is not a sensible appointment length (10 to 240)", v)
			case v%5 != 0:
				w.errorf(n, join(path, "slot_minutes"), "%d is not a multiple of 5 minutes", v)
			default:
				*slot = v
			}
		}
	}
	if n, ok := m.nodes["lead_time"]; ok {
		if v, ok := w.duration(n, join(path, "lead_time")); ok {
			if v < 0 || v > 30*24*time.Hour {
				w.errorf(n, join(path, "lead_time"), "must be between 0 and 30d")
			} else {
				*lead = v
			}
		}
	}
	if n, ok := m.nodes["horizon"]; ok {
		if v, ok := w.duration(n, join(path, "horizon")); ok {
			if v < time.Hour || v > 366*24*time.Hour {
				w.errorf(n, join(path, "horizon"), "must be between 1h and 366d")
			} else {
				*horizon = v
			}
		}
	}
}

// duration accepts Go durations ("90m", "1h30m") and whole days ("21d").
func (w *walker) duration(n *yaml.Node, path string) (time.Duration, bool) {
	s, ok := w.str(n, path)
	if !ok {
		return 0, false
	}
	if d, ok := parseDuration(s); ok {
		return d, true
	}
	w.errorf(n, path, "%q is not a duration (examples: 90m, 2h, 21d)", s)
	return 0, false
}

func parseDuration(s string) (time.Duration, bool) {
	if days, ok := strings.CutSuffix(s, "d"); ok {
		var v int
		if _, err := fmt.Sscanf(days, "%d", &v); err != nil || fmt.Sprint(v) != days || v < 0 || v > 3660 {
			return 0, false
		}
		return time.Duration(v) * 24 * time.Hour, true
	}
	if s == "0" {
		return 0, true
	}
	d, err := time.ParseDuration(s)
	return d, err == nil
}

func (w *walker) modalities(n *yaml.Node, path string) []Modality {
	list, nodes := w.strings(n, path)
	var out []Modality
	for i, s := range list {
		m := Modality(s)
		switch m {
		case OnSite, Phone, Video:
			if containsMod(out, m) {
				w.errorf(nodes[i], index(path, i), "%q listed twice", s)
				continue
			}
			out = append(out, m)
		default:
			w.errorf(nodes[i], index(path, i), "unknown modality %q (allowed: sur_place, telephone, visio)", s)
		}
	}
	if len(list) == 0 {
		w.errorf(n, path, "at least one modality is needed (sur_place, telephone, visio)")
	}
	return out
}

func containsMod(l []Modality, m Modality) bool {
	for _, x := range l {
		if x == m {
			return true
		}
	}
	return false
}

func (w *walker) operator(n *yaml.Node, path string) *Operator {
	m := w.asMap(n, path, "id", "kind", "name", "phone", "website", "regions", "notify", "managers")
	dn := w.deref(n)
	op := &Operator{Line: dn.Line}
	op.ID = w.required(m, dn, path, "id")
	if op.ID != "" && !idRe.MatchString(op.ID) {
		w.errorf(m.nodes["id"], path+".id", "%q is not a valid id (lower-case letters, digits, '.', '_', '-')", op.ID)
	}
	op.Kind = w.required(m, dn, path, "kind")
	if op.Kind != "" && !contains(allKinds, op.Kind) {
		if s := suggest(op.Kind, allKinds); s != "" {
			w.errorf(m.nodes["kind"], path+".kind", "unknown operator kind %q (did you mean %q?)", op.Kind, s)
		} else {
			w.errorf(m.nodes["kind"], path+".kind", "unknown operator kind %q (allowed: %s)", op.Kind, strings.Join(allKinds, ", "))
		}
	}
	op.Name = w.required(m, dn, path, "name")
	op.Phone = w.optional(m, path, "phone")
	op.Website = w.optional(m, path, "website")
	if op.Website != "" {
		if u, err := url.Parse(op.Website); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			w.errorf(m.nodes["website"], path+".website", "%q is not an http(s) address", op.Website)
		}
	}
	if rn, ok := m.nodes["regions"]; ok {
		list, nodes := w.strings(rn, path+".regions")
		for i, r := range list {
			if LookupRegion(r) == nil {
				w.errorf(nodes[i], index(path+".regions", i), "unknown region code %q (INSEE codes: 11, 24, …, 94, 01–06)", r)
				continue
			}
			op.Regions = append(op.Regions, r)
		}
	}
	if op.Kind == KindOperateurRegional && !m.has("regions") {
		w.errorf(dn, path+".regions", "missing: a regional operator must list the regions it covers")
	}
	if nn, ok := m.nodes["notify"]; ok {
		op.Notify = w.notify(nn, path+".notify")
	}
	op.Managers = w.slackUsers(m.nodes["managers"], path+".managers")
	return op
}

func (w *walker) notify(n *yaml.Node, path string) Notify {
	m := w.asMap(n, path, "slack_channel", "webhook_url", "webhook_secret_file", "webhook_secret_env", "webhook_secret")
	var nt Notify
	if sn, ok := m.nodes["webhook_secret"]; ok {
		// Never echo the value: it is a secret written where it should not be.
		w.errorf(m.key["webhook_secret"], path+".webhook_secret", "secrets are never written in the directory: use webhook_secret_file or webhook_secret_env")
		_ = sn
	}
	nt.SlackChannel = w.optional(m, path, "slack_channel")
	if c := nt.SlackChannel; c != "" && (strings.ContainsAny(c, " \t") || len(c) > 80) {
		w.errorf(m.nodes["slack_channel"], path+".slack_channel", "%q is not a Slack channel name or id", c)
	}
	nt.WebhookURL = w.optional(m, path, "webhook_url")
	nt.WebhookSecretFile = w.optional(m, path, "webhook_secret_file")
	nt.WebhookSecretEnv = w.optional(m, path, "webhook_secret_env")
	if nt.WebhookURL != "" {
		if u, err := url.Parse(nt.WebhookURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			w.errorf(m.nodes["webhook_url"], path+".webhook_url", "not an http(s) address")
		} else if u.User != nil {
			w.errorf(m.nodes["webhook_url"], path+".webhook_url", "must not carry a user or password")
		}
		if nt.WebhookSecretFile == "" && nt.WebhookSecretEnv == "" {
			w.errorf(m.nodes["webhook_url"], path, "webhook_url needs webhook_secret_file or webhook_secret_env (requests are signed)")
		}
	}
	if nt.WebhookSecretFile != "" && nt.WebhookSecretEnv != "" {
		w.errorf(m.nodes["webhook_secret_env"], path, "give webhook_secret_file or webhook_secret_env, not both")
	}
	if e := nt.WebhookSecretEnv; e != "" && !envRe.MatchString(e) {
		w.errorf(m.nodes["webhook_secret_env"], path+".webhook_secret_env", "%q is not an environment variable name", e)
	}
	if (nt.WebhookSecretFile != "" || nt.WebhookSecretEnv != "") && nt.WebhookURL == "" {
		w.errorf(n, path, "a webhook secret is given but no webhook_url")
	}
	return nt
}

var envRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
