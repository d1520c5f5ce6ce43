package redis

import (
	"strings"
	"testing"
	"time"
)

func TestParseCPU(t *testing.T) {
	tests := []struct {
		name, info string
		want       time.Duration
		err        string
	}{
		{"redis 7", "# CPU\r\nused_cpu_sys:1.250000\r\nused_cpu_user:2.500000\r\nused_cpu_sys_children:9.000000\r\nused_cpu_user_children:9.000000\r\n", 3750 * time.Millisecond, ""},
		{"children first", "used_cpu_sys_children:5\nused_cpu_user_children:5\nused_cpu_user:0.5\nused_cpu_sys:0.25\n", 750 * time.Millisecond, ""},
		{"no user", "used_cpu_sys:1\n", 0, "no used_cpu_user field"},
		{"not a number", "used_cpu_sys:x\nused_cpu_user:1\n", 0, `used_cpu_sys is "x"`},
		{"negative", "used_cpu_sys:-1\nused_cpu_user:1\n", 0, `used_cpu_sys is "-1"`},
		{"nan", "used_cpu_sys:NaN\nused_cpu_user:1\n", 0, `used_cpu_sys is "NaN"`},
		{"empty", "", 0, "no used_cpu_sys field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCPU(tt.info)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("parseCPU: error %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("parseCPU = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}

// FuzzParseCPU: whatever a server answers, parseCPU returns an error or a
// non-negative duration, and never panics.
func FuzzParseCPU(f *testing.F) {
	f.Add("used_cpu_sys:1.5\r\nused_cpu_user:2\r\n")
	f.Add("used_cpu_sys:1e308\nused_cpu_user:NaN\n")
	f.Add("used_cpu_sys:1\nused_cpu_user:NaN\n")
	f.Fuzz(func(t *testing.T, info string) {
		d, err := parseCPU(info)
		if err == nil && d < 0 {
			t.Fatalf("parseCPU(%q) = %v", info, d)
		}
	})
}
