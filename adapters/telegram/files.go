package telegram

import (
	"context"
	"fmt"
	"io"
	"net/http"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	cepbot "github.com/cep-accueil/cepbot/bot"
)

// MaxFetch is the largest file a bot may download through the Bot API
// (getFile refuses more than 20 MB).
const MaxFetch = 20 << 20

// fileRefs lists the document or photo (largest size) of a message.
func fileRefs(m *models.Message) []cepbot.FileRef {
	var out []cepbot.FileRef
	if d := m.Document; d != nil && d.FileID != "" {
		name := d.FileName
		if name == "" {
			name = "document"
		}
		out = append(out, cepbot.FileRef{ID: d.FileID, Name: name, MIME: d.MimeType, Size: int(d.FileSize)})
	}
	if len(m.Photo) > 0 {
		p := m.Photo[len(m.Photo)-1] // Telegram lists sizes smallest first
		out = append(out, cepbot.FileRef{ID: p.FileID, Name: "photo.jpg", MIME: "image/jpeg", Size: p.FileSize})
	}
	return out
}

// FetchFile implements bot.FileFetcher: getFile, then the download, within
// MaxFetch. Errors never carry the token (it is in the download URL).
func (a *Adapter) FetchFile(ctx context.Context, f cepbot.FileRef) ([]byte, error) {
	if f.Size > MaxFetch {
		return nil, fmt.Errorf("telegram: file of %d bytes over the %d-byte limit", f.Size, MaxFetch)
	}
	var file *models.File
	if err := a.call(ctx, "getFile", 0, func(ctx context.Context) error {
		var err error
		file, err = a.api.GetFile(ctx, &tgbot.GetFileParams{FileID: f.ID})
		return err
	}); err != nil {
		return nil, fmt.Errorf("telegram: getFile: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.api.FileDownloadLink(file), nil)
	if err != nil {
		return nil, fmt.Errorf("telegram: file download: %v", a.redact(err))
	}
	resp, err := a.httpc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("telegram: file download: %w: %v", cepbot.ErrTransient, a.redact(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("telegram: file download: HTTP %d", resp.StatusCode)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxFetch+1))
	if err != nil {
		return nil, fmt.Errorf("telegram: file download: %w: %v", cepbot.ErrTransient, a.redact(err))
	}
	if len(data) > MaxFetch {
		return nil, fmt.Errorf("telegram: file over the %d-byte limit", MaxFetch)
	}
	return data, nil
}
