package texts

import wording "github.com/cep-accueil/cepbot/bot/fill"

// Fill is fmt.Sprintf for catalogue texts whose verbs are all %s: the
// result in one allocation, where Sprintf boxes every argument. A text
// with another verb (%d, %[2]s…) or the wrong number of arguments is
// handed to fmt.Sprintf, so the output is always Sprintf's (bot/fill,
// shared with the calendar's wordings).
func Fill(format string, args ...string) string { return wording.String(format, args...) }
