package directory

import "sync/atomic"

// Live is a directory that can be replaced while it is being read: the
// service reloads its directory file (SIGHUP) without a restart. Readers
// call Load for each use (or each turn) and never see a half-replaced
// directory: a Directory is immutable once parsed.
type Live struct{ p atomic.Pointer[Directory] }

// NewLive returns a live directory holding d.
func NewLive(d *Directory) *Live {
	l := &Live{}
	l.p.Store(d)
	return l
}

// Load returns the current directory.
func (l *Live) Load() *Directory { return l.p.Load() }

// Store replaces the directory (validated by the caller).
func (l *Live) Store(d *Directory) { l.p.Store(d) }

// The lookups of the current directory, so that a *Live can stand where a
// *Directory is read through its methods.

// Operator returns the operator by id in the current directory, or nil.
func (l *Live) Operator(id string) *Operator { return l.Load().Operator(id) }

// Agency returns the agency by id in the current directory, or nil.
func (l *Live) Agency(id string) *Agency { return l.Load().Agency(id) }

// Advisor returns the advisor by id in the current directory, or nil.
func (l *Live) Advisor(id string) *Advisor { return l.Load().Advisor(id) }

// AdvisorsOf returns the advisors of an agency in the current directory.
func (l *Live) AdvisorsOf(agencyID string) []*Advisor { return l.Load().AdvisorsOf(agencyID) }

// SessionsFor returns the sessions of an operator kind for a département.
func (l *Live) SessionsFor(kind, departement string) []*Session {
	return l.Load().SessionsFor(kind, departement)
}

// Session returns a session by id in the current directory, or nil.
func (l *Live) Session(id string) *Session { return l.Load().Session(id) }

// Outcome returns a closing outcome by id in the current directory, or nil.
func (l *Live) Outcome(id string) *Outcome { return l.Load().Outcome(id) }

// OutcomeList returns the closing outcomes of the current directory.
func (l *Live) OutcomeList() []Outcome { return l.Load().OutcomeList() }

// AgenciesFor returns the agencies of an operator kind for a département.
func (l *Live) AgenciesFor(kind, departement string) []*Agency {
	return l.Load().AgenciesFor(kind, departement)
}

// PublicEmployerAgencies returns the public employers' agencies of a branch
// for a département.
func (l *Live) PublicEmployerAgencies(branch, departement string) []*Agency {
	return l.Load().PublicEmployerAgencies(branch, departement)
}

// OperatorsOfKind returns the operators of a kind covering a region.
func (l *Live) OperatorsOfKind(kind, region string) []*Operator {
	return l.Load().OperatorsOfKind(kind, region)
}

// CardChannel returns the Slack channel of an agency's cards.
func (l *Live) CardChannel(agencyID, operatorID string) string {
	return l.Load().CardChannel(agencyID, operatorID)
}

// IsManager reports whether a Slack user manages the agency.
func (l *Live) IsManager(slackUser, agencyID, operatorID string) bool {
	return l.Load().IsManager(slackUser, agencyID, operatorID)
}

// AdvisorBySlack returns the advisor of a Slack user at an agency, or nil.
func (l *Live) AdvisorBySlack(slackUser, agencyID string) *Advisor {
	return l.Load().AdvisorBySlack(slackUser, agencyID)
}
