package redis

import (
	"strings"
	"testing"
)

// TestSchemesAgreeWithParseURL: every scheme of the list parses, and a
// scheme outside it is refused, so the list cmd checks is the parser's.
func TestSchemesAgreeWithParseURL(t *testing.T) {
	rest := map[string]string{
		"redis": "h:6379/0", "rediss": "h:6380/0",
		"redis+sentinel": "h1:26379,h2:26379/mymaster/0", "rediss+sentinel": "h1:26379/mymaster",
		"redis+cluster": "h1:7000,h2:7001", "rediss+cluster": "h1:7000",
	}
	if len(rest) != len(Schemes) {
		t.Fatalf("the test covers %d schemes, the list has %d", len(rest), len(Schemes))
	}
	for _, s := range Schemes {
		raw := s + "://" + rest[s]
		if !IsURL(raw) {
			t.Errorf("IsURL(%q) = false", raw)
		}
		if _, err := ParseURL(raw); err != nil {
			t.Errorf("ParseURL(%q): %v", raw, err)
		}
	}
	for _, raw := range []string{"redis+unix://h:1", "memory", "file:/x", "http://h:1", "redis:/h", ""} {
		if IsURL(raw) {
			t.Errorf("IsURL(%q) = true", raw)
		}
		if _, err := ParseURL(raw); err == nil {
			t.Errorf("ParseURL(%q) accepted", raw)
		} else if strings.Contains(err.Error(), "s3cret") {
			t.Errorf("ParseURL error quotes the URL: %v", err)
		}
	}
}
