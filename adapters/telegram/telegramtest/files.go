package telegramtest

import (
	"net/http"
	"strings"
)

// AddFile makes a file available to getFile and the file download URL, as
// if a user had sent it; it returns the file_id to put in an injected
// message's document or photo.
func (s *Server) AddFile(id string, data []byte) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.files == nil {
		s.files = map[string][]byte{}
	}
	s.files[id] = append([]byte(nil), data...)
	return id
}

func (s *Server) getFile(w http.ResponseWriter, p map[string]string) {
	s.mu.Lock()
	data, ok := s.files[p["file_id"]]
	s.mu.Unlock()
	if !ok {
		writeErr(w, 400, "Bad Request: invalid file_id", 0)
		return
	}
	writeOK(w, map[string]any{"file_id": p["file_id"], "file_unique_id": "u" + p["file_id"], "file_size": len(data),
		"file_path": "documents/" + p["file_id"]})
}

// serveFile answers GET /file/bot<token>/documents/<file_id>.
func (s *Server) serveFile(w http.ResponseWriter, rest string) {
	token, path, ok := strings.Cut(rest, "/")
	if !ok || token != s.Token {
		writeErr(w, 401, "Unauthorized", 0)
		return
	}
	s.mu.Lock()
	data, found := s.files[strings.TrimPrefix(path, "documents/")]
	s.mu.Unlock()
	if !found {
		writeErr(w, 404, "Not Found", 0)
		return
	}
	_, _ = w.Write(data)
}

// SendDocument queues a document sent by the visitor of chat (with an
// optional caption); its content is served by getFile.
func (s *Server) SendDocument(chat int64, fileID, name, mime string, data []byte, caption string) int64 {
	s.AddFile(fileID, data)
	f := textFieldsAt(0, chat, "", s.Now())
	msg := f["message"].(map[string]any)
	delete(msg, "text")
	msg["document"] = map[string]any{"file_id": fileID, "file_unique_id": "u" + fileID, "file_name": name, "mime_type": mime, "file_size": len(data)}
	if caption != "" {
		msg["caption"] = caption
	}
	return s.Inject(f)
}
