package dialogs

// stateSet is a membership of some of the sets of states that the turn
// reads (stateSets), one bit each.
type stateSet uint8

const (
	setLateProxy stateSet = 1 << iota
	setContactAhead
	setNoHumanIntent
	setAfterRecap
	setChoiceStep
	setBookingStep
	setOptionsFirst
	setDropStep
)

// stateSets are the sets of states copied into the states' definitions at
// start (stateDef.sets), by bit. The maps stay the declarations, and the
// answer for a state no longer declared (a session stored by an older
// version).
var stateSets = [...]struct {
	bit    stateSet
	name   string
	states map[State]bool
}{
	{setLateProxy, "lateProxySteps", lateProxySteps},
	{setContactAhead, "contactAhead", contactAhead},
	{setNoHumanIntent, "noHumanIntent", noHumanIntent},
	{setAfterRecap, "afterRecap", afterRecap},
	{setChoiceStep, "choiceSteps", choiceSteps},
	{setBookingStep, "bookingSteps", bookingSteps},
	{setOptionsFirst, "optionsFirst", optionsFirst},
	{setDropStep, "dropSteps", dropSteps},
}

// inSet tells whether the state st, of definition d, is in the set of bit
// s: from d's bits when st is declared, from the set's map otherwise.
func inSet(d *stateDef, s stateSet, st State) bool {
	if d != nil {
		return d.sets&s != 0
	}
	for _, set := range stateSets {
		if set.bit == s {
			return set.states[st]
		}
	}
	return false
}

// The sets become bits of the states' definitions (declared by the
// package's variables, before init).
func init() {
	for _, set := range stateSets {
		for st, in := range set.states {
			if d := registry[st]; d != nil && in {
				d.sets |= set.bit
			}
		}
	}
}
