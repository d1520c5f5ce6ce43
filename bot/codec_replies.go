package bot

import (
	"encoding/binary"
	"slices"
)

// appendReplies encodes a turn's pending replies: the update they answer,
// the instance sending them and when they were saved, then each reply's
// text, step, choices and attachments.
func appendReplies(b []byte, s *Session) []byte {
	b = appendString(b, s.OutFor)
	b = appendString(b, s.OutBy)
	b = binary.AppendVarint(b, unixMicro(s.OutAt))
	b = binary.AppendUvarint(b, uint64(len(s.Out)))
	for _, r := range s.Out {
		b = appendString(b, r.Text)
		b = appendString(b, r.Step)
		b = binary.AppendUvarint(b, uint64(len(r.Choices)))
		for _, c := range r.Choices {
			b = appendString(b, c.Label)
			b = appendString(b, c.Value)
		}
		b = binary.AppendUvarint(b, uint64(len(r.Attachments)))
		for _, a := range r.Attachments {
			b = appendString(b, a.Name)
			b = appendString(b, a.MIME)
			b = appendString(b, string(a.Data))
		}
	}
	// The replies' HTML (an advisor's formatted relay), a later addition:
	// written only when a reply has some, read when present.
	if slices.ContainsFunc(s.Out, func(r Reply) bool { return r.HTML != "" }) {
		for _, r := range s.Out {
			b = appendString(b, r.HTML)
		}
	}
	return b
}

func (d *decoder) replies(s *Session) {
	outFor, outBy, outAt := d.string(), d.string(), fromMicro(d.varint())
	n := d.count()
	if n == 0 || d.err != nil {
		return
	}
	out := make([]Reply, n)
	for i := range out {
		r := &out[i]
		r.Text = d.string()
		r.Step = d.string()
		if k := d.count(); k > 0 {
			r.Choices = make([]Choice, k)
			for j := range r.Choices {
				r.Choices[j] = Choice{Label: d.string(), Value: d.string()}
			}
		}
		if k := d.count(); k > 0 {
			r.Attachments = make([]Attachment, k)
			for j := range r.Attachments {
				r.Attachments[j] = Attachment{Name: d.string(), MIME: d.string(), Data: []byte(d.string())}
			}
		}
	}
	if d.err == nil && len(d.b) > 0 {
		for i := range out {
			out[i].HTML = d.string()
		}
	}
	if d.err != nil {
		return
	}
	s.Out, s.OutFor, s.OutBy, s.OutAt = out, outFor, outBy, outAt
}
