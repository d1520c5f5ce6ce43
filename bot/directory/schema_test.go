package directory

import (
	"os"
	"strings"
	"testing"
)

// The example of SCHEMA.md must stay valid.
func TestSchemaExample(t *testing.T) {
	md, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(md), "## Example\n\n```yaml\n")
	if !ok {
		t.Fatal("no example in SCHEMA.md")
	}
	example, _, _ := strings.Cut(rest, "```")
	d, err := Parse("SCHEMA.md", []byte(example))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Operators) != 2 || len(d.Agencies) != 2 || len(d.Advisors) != 4 {
		t.Errorf("example: %d operators, %d agencies, %d advisors", len(d.Operators), len(d.Agencies), len(d.Advisors))
	}
}
