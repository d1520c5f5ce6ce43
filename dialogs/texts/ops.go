package texts

// Ops holds operators' reports: config check and directory check, the
// staff command line and the advisors' digest.
// French values sit under the type; a field with fmt verbs says so in its comment.
type Ops struct {
	ConfigOps
	StaffCLIOps
	DirectoryOps
	FlagOps
}

var frOps = Ops{
	ConfigOps:    frConfigOps,
	StaffCLIOps:  frStaffCLIOps,
	DirectoryOps: frDirectoryOps,
	FlagOps:      frFlagOps,
}
