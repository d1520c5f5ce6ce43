package texts

// Staff holds what staff read: Slack cards, relay, App Home, staff listings (owner: adapters/slack, cmd).
// French values sit under the type; a field with fmt verbs says so in its comment.
type Staff struct {
}

var frStaff = Staff{}
