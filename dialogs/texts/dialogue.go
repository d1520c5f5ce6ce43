package texts

// Dialogue holds the reception dialogue: questions, options, answers, orientation, booking, managing an appointment (owner: dialogs).
// French values sit under the type; a field with fmt verbs says so in its comment.
type Dialogue struct {
}

var frDialogue = Dialogue{}
