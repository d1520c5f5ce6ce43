package texts

// Commands holds the command menu shown by Telegram and the help.
// French values sit under the type; a field with fmt verbs says so in its comment.
type Commands struct {
}

var frCommands = Commands{}
