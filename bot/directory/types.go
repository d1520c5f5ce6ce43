package directory

import (
	"strings"
	"sync"
	"time"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// Modality is how an appointment takes place.
type Modality string

// The modalities an agency may offer.
const (
	OnSite Modality = "sur_place"
	Phone  Modality = "telephone"
	Video  Modality = "visio"
)

// Operator kinds (SPEC §4, cep-domain §1.2).
const (
	KindCapEmploi         = "cap_emploi"
	KindFranceTravail     = "france_travail"
	KindMissionLocale     = "mission_locale"
	KindAPEC              = "apec"
	KindOperateurRegional = "operateur_regional"
	KindEmployeurPublic   = "employeur_public"
)

// Public-service branches an employeur_public agency may serve (code
// général de la fonction publique: État, territoriale, hospitalière; the
// Éducation nationale's own HR network; the armed forces' Défense mobilité).
const (
	BranchEtat         = "etat"
	BranchEducation    = "education"
	BranchTerritoriale = "territoriale"
	BranchHospitaliere = "hospitaliere"
	BranchArmees       = "armees"
)

// Branches lists every branch, in a stable order.
var Branches = []string{BranchEtat, BranchEducation, BranchTerritoriale, BranchHospitaliere, BranchArmees}

// Kinds lists every operator kind, in a stable order.
var Kinds = []string{KindFranceTravail, KindCapEmploi, KindMissionLocale, KindAPEC, KindOperateurRegional, KindEmployeurPublic}

// Directory is a parsed, validated operator directory. It is read-only after
// Parse: callers share it between goroutines without locking.
type Directory struct {
	Operators []*Operator
	Agencies  []*Agency
	Advisors  []*Advisor
	Sessions  []*Session // collective information meetings
	// Outcomes are the results an advisor picks when closing a handoff
	// (DefaultOutcomes when the file lists none).
	Outcomes []Outcome

	operators map[string]*Operator
	agencies  map[string]*Agency
	advisors  map[string]*Advisor
	byAgency  map[string][]*Advisor
	// byKindDep["kind|dep"] lists agencies serving dep directly, then the
	// agencies of the same kind in the same region (fallback), best first.
	byKindDep map[string][]*Agency
	// sessionsBy lists the sessions by operator kind and département
	// (SessionsFor).
	sessionsBy map[kindDep][]*Session
	once       sync.Once
}

// Operator is a CEP operator (a network or a regional body).
type Operator struct {
	ID      string // e.g. "ft", "apec", "reg-bretagne"
	Kind    string // one of Kinds
	Name    string
	Phone   string
	Website string
	Regions []string // INSEE region codes covered (operateur_regional); empty = national
	Notify  Notify
	// Managers are Slack user ids who may act on every handoff of the
	// operator (staff.go).
	Managers []string
	Line     int // line of the operator in the source file (0 if built by hand)
}

// Notify says where handoff events of an operator go. Secrets are never
// inline: WebhookSecret is filled by Parse from WebhookSecretFile or
// WebhookSecretEnv only when the loader is asked to (see ResolveSecrets).
type Notify struct {
	SlackChannel      string
	WebhookURL        string
	WebhookSecret     string
	WebhookSecretFile string
	WebhookSecretEnv  string
}

// Agency is a place (or a team) where advisors of one operator meet people.
type Agency struct {
	ID, OperatorID, Name, Address, Phone string
	// Departements lists the INSEE codes served. The first one is where the
	// agency sits: its public holidays are those of that département.
	Departements []string
	Modalities   []Modality
	TimeZone     string        // IANA, default Europe/Paris
	Hours        WeekHours     // per weekday; breaks are the gaps between ranges
	SlotMinutes  int           // default 45
	LeadTime     time.Duration // minimum delay before a bookable slot, default 1 h
	Horizon      time.Duration // how far ahead slots are offered, default 21 days
	Closures     []Closure     // closed date ranges, inclusive
	// Branches are the public-service branches an employeur_public agency
	// serves (BranchEtat…); empty means every branch.
	Branches []string
	Location *time.Location
	// SlackChannel receives the agency's handoff cards; empty: the
	// operator's notify.slack_channel (staff.go).
	SlackChannel string
	// Managers are Slack user ids who may act on the agency's handoffs
	// without being advisors there.
	Managers []string
	Calendar *Calendar // busy for every advisor of the agency; bookings of advisors without their own
	Line     int       // line of the agency in the source file (0 if built by hand)
}

// WeekHours holds the opening ranges of each weekday, indexed by time.Weekday.
type WeekHours [7][]TimeRange

// TimeRange is an opening range in minutes from local midnight, End excluded.
type TimeRange struct{ Start, End int }

// Closure is an inclusive range of civil dates on which the agency is closed.
// From and To are civil dates stored as midnight UTC: only their year, month
// and day matter, and they are read in the agency's own calendar.
type Closure struct {
	From, To time.Time
	Reason   string
}

// Advisor is a person who takes appointments in one agency.
type Advisor struct {
	ID, Name, AgencyID, SlackUserID string
	Availability                    Availability // own hours and absences (availability.go)
	Calendar                        *Calendar    // real agenda, optional

	hoursNode *yaml.Node // for errors found once the agency is known
	path      string
}

// HasModality reports whether the agency offers m.
func (a *Agency) HasModality(m Modality) bool {
	for _, x := range a.Modalities {
		if x == m {
			return true
		}
	}
	return false
}

// ServesBranch reports whether an employeur_public agency serves agents of
// that public-service branch (an agency listing no branch serves them all).
func (a *Agency) ServesBranch(branch string) bool {
	return len(a.Branches) == 0 || contains(a.Branches, branch)
}

// Seat is the département where the agency sits (the first it lists).
func (a *Agency) Seat() string {
	if len(a.Departements) == 0 {
		return ""
	}
	return a.Departements[0]
}

// Town is the town of the agency's address (« 5 avenue des Acacias, 01000
// Bourg-en-Bresse » → « Bourg-en-Bresse »), or "" when the address does not
// end with a postal code and a town.
func (a *Agency) Town() string {
	_, town := a.postalTown()
	return town
}

// PostalCode is the postal code of the agency's address (« 01000 »), or ""
// when the address does not end with a postal code and a town.
func (a *Agency) PostalCode() string {
	cp, _ := a.postalTown()
	return cp
}

func (a *Agency) postalTown() (cp, town string) {
	last := strings.TrimSpace(a.Address[strings.LastIndex(a.Address, ",")+1:])
	// Without odd spacing (the usual « 29200 Brest »), the parts are
	// slices of the address: the dialogue asks on most booking turns.
	if sp := strings.IndexByte(last, ' '); sp == 5 && !strings.Contains(last, "  ") && strings.IndexFunc(last, otherSpace) < 0 {
		if strings.Trim(last[:5], "0123456789") == "" && len(last) > 6 {
			return last[:5], last[6:]
		}
	}
	f := strings.Fields(last)
	if len(f) < 2 || len(f[0]) != 5 || strings.Trim(f[0], "0123456789") != "" {
		return "", ""
	}
	return f[0], strings.Join(f[1:], " ")
}

// Distant reports whether the agency sits outside the visitor's
// département: the dialogue then announces where it is and offers phone or
// video first.
func (a *Agency) Distant(departement string) bool {
	return departement != "" && a.Seat() != departement
}

// Serves reports whether the agency serves the département directly.
func (a *Agency) Serves(dep string) bool {
	for _, d := range a.Departements {
		if d == dep {
			return true
		}
	}
	return false
}

// otherSpace: a space that strings.Fields splits on, other than ' '.
func otherSpace(r rune) bool { return r != ' ' && unicode.IsSpace(r) }
