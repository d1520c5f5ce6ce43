package bot

import "context"

// FileRef is a file a visitor sent (a Telegram document or photo), not yet
// downloaded.
type FileRef struct {
	ID   string // channel's file id
	Name string
	MIME string
	Size int // bytes, as announced by the channel (0: unknown)
}

// A FileFetcher downloads a file an inbound message refers to (the Telegram
// adapter implements it).
type FileFetcher interface {
	FetchFile(ctx context.Context, f FileRef) ([]byte, error)
}
