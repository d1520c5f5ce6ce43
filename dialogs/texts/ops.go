package texts

// Ops holds operators' reports: config check and directory check.
// French values sit under the type; a field with fmt verbs says so in its comment.
type Ops struct {
	ConfigOps
}

var frOps = Ops{
	ConfigOps: frConfigOps,
}
