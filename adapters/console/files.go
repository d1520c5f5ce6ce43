package console

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/cep-accueil/cepbot/bot"
)

// DefaultFileDir is where attachments are saved: the "pieces-jointes"
// directory of cepbot under the user's data directory ($XDG_DATA_HOME, or
// ~/.local/share), else under the user's cache directory. Never a shared
// directory such as /tmp: the files hold personal data.
func DefaultFileDir() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "cepbot", "pieces-jointes"), nil
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		return filepath.Join(home, ".local", "share", "cepbot", "pieces-jointes"), nil
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no data or cache directory for attachments: %w", err)
	}
	return filepath.Join(cache, "cepbot", "pieces-jointes"), nil
}

// save writes an attachment to a new file with a unique name (os.CreateTemp:
// created exclusively, mode 0600, never following or replacing an existing
// file or link) in the private directory, and returns its path.
func (a *Adapter) save(att bot.Attachment) (string, error) {
	dir := a.fileDir
	if dir == "" {
		d, err := DefaultFileDir()
		if err != nil {
			return "", err
		}
		dir = d
	}
	if err := privateDir(dir); err != nil {
		return "", err
	}
	name := strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == '*' || r < ' ' {
			return '-'
		}
		return r
	}, filepath.Base(att.Name))
	ext := filepath.Ext(name)
	f, err := os.CreateTemp(dir, "cepbot-"+strings.TrimSuffix(name, ext)+"-*"+ext)
	if err != nil {
		return "", err
	}
	if _, err := f.Write(att.Data); err != nil {
		f.Close()
		os.Remove(f.Name())
		return "", err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// privateDir makes sure dir is a real directory (not a link) of this user
// that nobody else can enter: created 0700 when missing, its mode narrowed
// to 0700 otherwise.
func privateDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	fi, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a directory", dir)
	}
	if !ownedByMe(fi) {
		return fmt.Errorf("%s belongs to another user", dir)
	}
	if fi.Mode().Perm() != 0o700 {
		return os.Chmod(dir, 0o700)
	}
	return nil
}
