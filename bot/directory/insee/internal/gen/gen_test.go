package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestDataIsGenerated: data.go is exactly what the generator writes from
// departements.csv (run `go generate ./bot/directory/insee` after editing
// the file).
func TestDataIsGenerated(t *testing.T) {
	f, err := os.Open("../../departements.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := render(f, "departements.csv")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../data.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("data.go differs from what go generate writes from departements.csv: run go generate ./bot/directory/insee")
	}
}

func TestRenderRefusesBadRows(t *testing.T) {
	head := "departement,nom,region_code,region\n"
	for _, c := range []struct{ csv, want string }{
		{"dep,nom\n", "wrong number of fields"},
		{"a,b,c,d\n", "want the header"},
		{head + "1,Ain,84,Auvergne\n", `"1" is not a département code`},
		{head + "01,Ain,84,A\n01,Ain,84,A\n", "already on line 2"},
		{head + "01,Ain,84,A\n02,Aisne,84,B\n", "named \"B\" here"},
		{head + "01,Ain,84,A\n", "want the 101 départements"},
	} {
		_, err := render(strings.NewReader(c.csv), "x.csv")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("render(%q): %v, want %q", c.csv, err, c.want)
		}
	}
}
