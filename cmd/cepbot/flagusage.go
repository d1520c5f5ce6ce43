package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// frenchUsage makes a flag set print its help in French (« usage : cepbot
// chat [options] », each option with « (défaut : …) ») instead of the flag
// package's English « Usage of chat » and « (default …) ».
func frenchUsage(fs *flag.FlagSet) {
	t := texts.FR()
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, t.FlagsUsage+"\n", fs.Name())
		fs.VisitAll(func(f *flag.Flag) {
			line := "  --" + f.Name
			boolFlag := false
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				boolFlag = true
			}
			if !boolFlag {
				line += " " + t.FlagsValue
			}
			line += "\n    \t" + strings.ReplaceAll(f.Usage, "\n", "\n    \t")
			if f.DefValue != "" && !(boolFlag && f.DefValue == "false") && !strings.Contains(f.Usage, "défaut") {
				line += fmt.Sprintf(t.FlagsDefault, f.DefValue)
			}
			fmt.Fprintln(w, line)
		})
	}
}
