// Package radicaletest gives tests a real CalDAV server: Radicale (the
// Debian package radicale), started on a free 127.0.0.1 port with a
// temporary storage folder and one user, stopped when the test ends. When
// radicale is not installed the test is skipped, or failed when
// CEPBOT_REQUIRE_RADICALE=1 (CI).
package radicaletest

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// Server is a running Radicale.
type Server struct {
	URL            string // http://127.0.0.1:port
	User, Password string
}

// Start starts Radicale for t.
func Start(t testing.TB) *Server {
	t.Helper()
	bin, err := exec.LookPath("radicale")
	if err != nil {
		if os.Getenv("CEPBOT_REQUIRE_RADICALE") == "1" {
			t.Fatal("radicale not on PATH and CEPBOT_REQUIRE_RADICALE=1: apt-get install radicale")
		}
		t.Skip("radicale not on PATH: apt-get install radicale (CalDAV tests skipped)")
	}
	dir := t.TempDir()
	s := &Server{User: "conseiller", Password: "mot-de-passe-de-test"}
	if err := os.WriteFile(filepath.Join(dir, "users"), []byte(s.User+":"+s.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	conf := fmt.Sprintf(`[server]
hosts = %s
[auth]
type = htpasswd
htpasswd_filename = %s
htpasswd_encryption = plain
[storage]
filesystem_folder = %s
[rights]
type = owner_only
[logging]
level = warning
`, addr, filepath.Join(dir, "users"), filepath.Join(dir, "collections"))
	cfg := filepath.Join(dir, "config")
	if err := os.WriteFile(cfg, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	logf, err := os.Create(filepath.Join(dir, "radicale.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--config", cfg)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting radicale: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-exited
		logf.Close()
	})
	s.URL = "http://" + addr
	for i := 0; ; i++ {
		select {
		case err := <-exited:
			log, _ := os.ReadFile(filepath.Join(dir, "radicale.log"))
			t.Fatalf("radicale exited at start: %v\n%s", err, log)
		default:
		}
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		if i == 300 {
			t.Fatalf("radicale not listening on %s after 30 s", addr)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return s
}

// NewCalendar creates the calendar collection name of the user (MKCALENDAR)
// and returns its address, ending with a slash.
func (s *Server) NewCalendar(t testing.TB, name string) string {
	t.Helper()
	u := s.URL + "/" + s.User + "/" + name + "/"
	req, err := http.NewRequest("MKCALENDAR", u, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.SetBasicAuth(s.User, s.Password)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("MKCALENDAR %s: HTTP %d", u, resp.StatusCode)
	}
	return u
}
