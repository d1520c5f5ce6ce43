package texts

// The French catalogue: the reference, every field set (a test checks).
func init() {
	register(&Catalog{
		Lang:     French,
		Dialogue: frDialogue,
		Staff:    frStaff,
		Calendar: frCalendar,
		Ops:      frOps,
		Commands: frCommands,
		Reach:    frReach,

		Understanding: frUnderstanding,
		Caller:        frCaller,
	})
}
