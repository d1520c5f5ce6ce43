package bot

// Prepared is what an advisor prepares from beyond the facts: the
// visitor's questions to the bot, the information cards they were shown,
// the fields they corrected at the recap, and, for a booking entered by
// staff for a caller, who entered it. Bounded by the dialogue; erased with
// the rest of the handoff's personal data.
type Prepared struct {
	Questions   []string     `json:"questions,omitempty"`   // the last questions asked to the knowledge base, oldest first
	Cards       []ShownCard  `json:"cards_shown,omitempty"` // information cards shown, oldest first
	Corrections []Correction `json:"corrections,omitempty"` // fields corrected at the recap, in order
	// ForCaller marks a booking a member of staff entered for someone else
	// (a caller); EnteredBy is that staff member (Slack user id).
	ForCaller bool   `json:"for_caller,omitempty"`
	EnteredBy string `json:"entered_by,omitempty"`
}

// ShownCard is an information card of the knowledge base shown to the
// visitor.
type ShownCard struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Correction is one field corrected at the recap. Field is a fact key
// ("status", "age", "place", "project", "cadre", "handicap"); Before and
// After are the values as stored (codes), "" for unknown.
type Correction struct {
	Field  string `json:"field"`
	Before string `json:"before"`
	After  string `json:"after"`
}
