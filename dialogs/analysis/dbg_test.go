package analysis

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestDbgCorrections(t *testing.T) {
	if os.Getenv("DBG") == "" {
		t.Skip()
	}
	f, _ := os.Open(os.Getenv("DBG"))
	sc := bufio.NewScanner(f)
	seen := map[string]bool{}
	for sc.Scan() {
		var l struct{ Text string }
		json.Unmarshal(sc.Bytes(), &l)
		s := &scratch{}
		tokenize(s, l.Text)
		for _, tk := range s.toks {
			if tk.s != tk.orig && !seen[tk.orig+tk.s] {
				seen[tk.orig+tk.s] = true
				fmt.Println(tk.orig, "->", tk.s)
			}
		}
	}
}
