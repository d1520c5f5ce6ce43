package directory

import "testing"

func TestSampleParses(t *testing.T) {
	d, err := Parse("sample.yaml", sampleYAML)
	if err != nil {
		t.Fatal(err)
	}
	if Sample() == nil || len(d.Agencies) == 0 {
		t.Fatal("empty sample")
	}
}
