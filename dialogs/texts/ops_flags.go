package texts

// FlagOps is the help of a command's options (`cepbot chat --help`), in
// place of the English of the flag package (« Usage of chat », « default »).
type FlagOps struct {
	FlagsUsage   string // fmt: %s = the command (« chat », « bookings list »)
	FlagsValue   string // placeholder after an option that takes a value
	FlagsDefault string // fmt: %s = the default value
}

var frFlagOps = FlagOps{
	FlagsUsage:   "usage : cepbot %s [options]",
	FlagsValue:   "valeur",
	FlagsDefault: " (défaut : %s)",
}
