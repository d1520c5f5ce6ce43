package knowledge_test

import (
	"fmt"

	"github.com/cep-accueil/cepbot/dialogs/knowledge"
)

// The reception dialogue checks whether a message is a question before
// treating it as an answer to the current step.
func Example() {
	msg := "je suis fonctionnaire, je peux démissionner pour me reconvertir ?"
	if knowledge.IsQuestion(msg) {
		m := knowledge.Answer(msg, "agent_public")
		for _, x := range knowledge.Shown(m) {
			fmt.Println(x.Card.ID, "|", x.Note)
		}
	}
	fmt.Println(knowledge.IsQuestion("je suis au chômage à Lyon"))
	for _, c := range knowledge.ForOrientation("reconversion", "salarie_prive") {
		fmt.Println(c.ID)
	}
	// Output:
	// demission_reconversion | Attention : cela ne concerne pas les agents publics.
	// false
	// demission_reconversion
	// ptp
	// periode_reconversion
}
