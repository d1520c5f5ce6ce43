package dialogs

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// record is what the reception knows of a conversation, typed: the facts,
// what was asked, the offers, the chosen slot, the registrations. It is
// read once per turn from the session (one var, recordVar, holding its
// binary encoding) and written back at the end of the turn; bot sees only
// opaque bytes.
type record struct {
	Consent time.Time      // when the visitor consented (zero: not yet)
	Request string         // the visitor's own description, capped
	Facts   analysis.Facts // as stored: no Candidates (see storeFacts)
	// Candidates are homonym communes "Nom (dept)" to choose from.
	Candidates []string
	Share      *bool // the visitor agrees to share the disability (nil: not asked)
	Asked      asked // optional questions already asked
	// Correcting is set while one field is corrected from the recap.
	Correcting bool

	Operator, Agency, Modality string // the chosen operator kind, agency, modality
	Offers                     []slotRef
	Pick                       *slotRef // the chosen slot
	HeldAt                     int64    // when Pick was held for the visitor (unix seconds; 0: not held)
	Contact                    string   // "chat", a phone number or an e-mail
	DetailKind                 string   // "tel" or "mail" while asking the detail
	Moving                     bool     // an existing booking is being moved
	PrevAdvisor                string   // referent of the previous booking
	Booking                    string   // the visitor's active booking (kept across /start)
	Sessions                   []sessionRef
	Wish                       wish   // a day or part of the day wished for the slots
	WishedWay                  string // the modality asked for in the description, until the booking starts
	// PlaceWas is the place « Lieu » in the correction menu wiped (see
	// placeSnapshot), so that « finalement c'est bon » gives it back.
	PlaceWas string

	Resume State      // state to go back to (resume after a silence, declined erasure)
	Source string     // /start payload
	Lang   texts.Lang // the conversation's language ("": French)

	// Issue 14 (ways.go): a situation outside the status boxes, the
	// relative the visitor writes for, the contact request for a human.
	Situation string // an intent.Situation chosen or stated (« retraite »…)
	Proxy     string // "m:fils" / "f:fille": the relative the visitor writes for
	HumanRef  string // reference of the contact request, once recorded
	HumanKind string // operator kind of the contact request being prepared
	Flags     flags  // acknowledgements said, questions asked once

	prep prepared // questions, cards, corrections, caller mode (prepared.go)
}

// asked is a set of optional questions already asked.
type asked uint8

const (
	askedStatus asked = 1 << iota
	askedHandicap
	askedCadre
)

// slotRef is an offered or chosen slot.
type slotRef struct {
	Advisor    string
	Start, End int64 // unix seconds
}

// sessionRef is an offered information-session occurrence.
type sessionRef struct {
	ID   string
	Left int
}

// recordVar is the session var holding the encoded record.
const recordVar = bot.RecordVar

// recordVersion is the first byte of an encoded record. A new field is a
// new tag (older readers skip it); a change of meaning of a tag is a new
// version, with its reader kept.
const recordVersion = 1

// The tags of the record's fields. Each field is written as tag (1 byte),
// length (2 bytes, big endian) and payload, and only when not zero.
// Per-fact metadata (how a fact was found, its confidence) goes in new
// tags, e.g. one per fact, without touching the existing ones.
const (
	tagConsent byte = iota + 1
	tagRequest
	tagStatus
	tagCadre
	tagGraduate
	tagAge
	tagHandicap
	tagDep
	tagRegion
	tagCommune
	tagOutside
	tagProject
	tagCandidates
	tagShare
	tagAsked
	tagCorrecting
	tagOperator
	tagAgency
	tagModality
	tagOffers
	tagPick
	tagContact
	tagDetailKind
	tagMoving
	tagPrevAdvisor
	tagBooking
	tagSessions
	tagResume
	tagSource
	tagLang
	// issue 13: what the analysis could not settle, and how each fact was known
	tagBranch
	tagWorkplace
	tagDoubts
	tagOrigins
	tagHeldAt
	tagWantsWork // a student who wants to work is a job seeker for the routing
	tagMoveTo    // the département of a home to come (« je déménage à Lille »)
)

// tagWish is numbered apart, like the prepared part's tags, so that tags
// added meanwhile to the iota sequence never share its number.
const (
	tagWish      byte = 80
	tagWishedWay byte = 81
	tagPlaceWas  byte = 82
)

// Tags of issue 14's fields, numbered from 200 so that fields added
// meanwhile by other work (after tagLang) never share a number with them.
const (
	tagSituation byte = 200 + iota
	tagProxy
	tagHumanRef
	tagHumanKind
	tagFlags
)

// originFacts lists the facts whose origin tagOrigins holds, in order: two
// bytes each (how, confidence).
func originFacts(w *analysis.Origins) []*analysis.Origin {
	return []*analysis.Origin{&w.Status, &w.Branch, &w.Cadre, &w.Age, &w.Handicap, &w.Place}
}

// encode writes the record in its binary form.
func (r *record) encode(b []byte) []byte {
	b = append(b, recordVersion)
	field := func(tag byte, payload func([]byte) []byte) {
		b = append(b, tag, 0, 0)
		start := len(b)
		b = payload(b)
		binary.BigEndian.PutUint16(b[start-2:], uint16(len(b)-start))
	}
	str := func(tag byte, s string) {
		if s != "" {
			field(tag, func(b []byte) []byte { return append(b, s...) })
		}
	}
	num := func(tag byte, n int64) {
		if n != 0 {
			field(tag, func(b []byte) []byte { return binary.AppendVarint(b, n) })
		}
	}
	flag := func(tag byte, v bool) {
		if v {
			field(tag, func(b []byte) []byte { return b })
		}
	}
	tri := func(tag byte, v *bool) {
		if v != nil {
			x := byte(0)
			if *v {
				x = 1
			}
			field(tag, func(b []byte) []byte { return append(b, x) })
		}
	}
	if !r.Consent.IsZero() {
		num(tagConsent, r.Consent.Unix())
	}
	str(tagRequest, r.Request)
	f := &r.Facts
	str(tagStatus, f.Status)
	tri(tagCadre, f.Cadre)
	tri(tagGraduate, f.JeuneDiplome)
	num(tagAge, int64(f.Age))
	tri(tagHandicap, f.Handicap)
	str(tagDep, f.Departement)
	str(tagRegion, f.Region)
	str(tagCommune, f.Commune)
	flag(tagOutside, f.Outside)
	flag(tagWantsWork, f.WantsWork)
	str(tagProject, f.Project)
	if len(r.Candidates) > 0 {
		field(tagCandidates, func(b []byte) []byte {
			for _, c := range r.Candidates {
				b = appendStr(b, c)
			}
			return b
		})
	}
	tri(tagShare, r.Share)
	num(tagAsked, int64(r.Asked))
	flag(tagCorrecting, r.Correcting)
	str(tagOperator, r.Operator)
	str(tagAgency, r.Agency)
	str(tagModality, r.Modality)
	if len(r.Offers) > 0 {
		field(tagOffers, func(b []byte) []byte {
			for _, o := range r.Offers {
				b = o.append(b)
			}
			return b
		})
	}
	if r.Pick != nil {
		field(tagPick, r.Pick.append)
	}
	str(tagContact, r.Contact)
	str(tagDetailKind, r.DetailKind)
	flag(tagMoving, r.Moving)
	str(tagPrevAdvisor, r.PrevAdvisor)
	str(tagBooking, r.Booking)
	if len(r.Sessions) > 0 {
		field(tagSessions, func(b []byte) []byte {
			for _, s := range r.Sessions {
				b = appendStr(b, s.ID)
				b = binary.AppendVarint(b, int64(s.Left))
			}
			return b
		})
	}
	str(tagResume, string(r.Resume))
	str(tagSource, r.Source)
	str(tagLang, string(r.Lang))
	str(tagSituation, r.Situation)
	str(tagProxy, r.Proxy)
	str(tagHumanRef, r.HumanRef)
	str(tagHumanKind, r.HumanKind)
	num(tagFlags, int64(r.Flags))
	str(tagBranch, f.Branch)
	str(tagWorkplace, f.Workplace)
	str(tagMoveTo, f.MoveTo)
	num(tagDoubts, int64(f.Doubts))
	if f.Why != (analysis.Origins{}) {
		field(tagOrigins, func(b []byte) []byte {
			for _, o := range originFacts(&f.Why) {
				b = append(b, byte(o.How), o.Conf)
			}
			return b
		})
	}
	num(tagHeldAt, r.HeldAt)
	num(tagWish, int64(r.Wish))
	str(tagWishedWay, r.WishedWay)
	str(tagPlaceWas, r.PlaceWas)
	return r.prep.encode(b)
}

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func (o slotRef) append(b []byte) []byte {
	b = appendStr(b, o.Advisor)
	b = binary.AppendVarint(b, o.Start)
	return binary.AppendVarint(b, o.End)
}

var errRecord = errors.New("malformed reception record")

// decodeRecord reads a record written by encode. Unknown tags are skipped.
// Its strings share the memory of data (no copy per field).
func decodeRecord(data string) (record, error) {
	var r record
	err := r.decode(data)
	return r, err
}

// decode reads data into r, which is zero: the turn decodes its record in
// place (a record is 744 bytes, and returning it by value copied it three
// times a turn).
func (r *record) decode(data string) error {
	if len(data) == 0 {
		return nil
	}
	if data[0] != recordVersion {
		return fmt.Errorf("reception record version %d: %w", data[0], errRecord)
	}
	data = data[1:]
	for len(data) > 0 {
		if len(data) < 3 {
			return errRecord
		}
		tag, n := data[0], int(data[1])<<8|int(data[2])
		if len(data) < 3+n {
			return errRecord
		}
		p := &reader{b: data[3 : 3+n]}
		data = data[3+n:]
		s := p.b
		f := &r.Facts
		switch tag {
		case tagConsent:
			r.Consent = time.Unix(p.varint(), 0).UTC()
		case tagRequest:
			r.Request = s
		case tagStatus:
			f.Status = s
		case tagCadre:
			f.Cadre = p.tri()
		case tagGraduate:
			f.JeuneDiplome = p.tri()
		case tagAge:
			f.Age = int(p.varint())
		case tagHandicap:
			f.Handicap = p.tri()
		case tagDep:
			f.Departement = s
		case tagRegion:
			f.Region = s
		case tagCommune:
			f.Commune = s
		case tagOutside:
			f.Outside = true
		case tagWantsWork:
			f.WantsWork = true
		case tagProject:
			f.Project = s
		case tagCandidates:
			for len(p.b) > 0 && p.err == nil {
				r.Candidates = append(r.Candidates, p.str())
			}
		case tagShare:
			r.Share = p.tri()
		case tagAsked:
			r.Asked = asked(p.varint())
		case tagCorrecting:
			r.Correcting = true
		case tagOperator:
			r.Operator = s
		case tagAgency:
			r.Agency = s
		case tagModality:
			r.Modality = s
		case tagOffers:
			r.Offers = make([]slotRef, 0, 3) // a page of offers
			for len(p.b) > 0 && p.err == nil {
				r.Offers = append(r.Offers, p.slot())
			}
		case tagPick:
			pick := p.slot()
			r.Pick = &pick
		case tagContact:
			r.Contact = s
		case tagDetailKind:
			r.DetailKind = s
		case tagMoving:
			r.Moving = true
		case tagPrevAdvisor:
			r.PrevAdvisor = s
		case tagBooking:
			r.Booking = s
		case tagSessions:
			for len(p.b) > 0 && p.err == nil {
				r.Sessions = append(r.Sessions, sessionRef{ID: p.str(), Left: int(p.varint())})
			}
		case tagResume:
			r.Resume = State(s)
		case tagSource:
			r.Source = s
		case tagLang:
			r.Lang = texts.Lang(s)
		case tagSituation:
			r.Situation = s
		case tagProxy:
			r.Proxy = s
		case tagHumanRef:
			r.HumanRef = s
		case tagHumanKind:
			r.HumanKind = s
		case tagFlags:
			r.Flags = flags(p.varint())
		case tagBranch:
			f.Branch = s
		case tagWorkplace:
			f.Workplace = s
		case tagMoveTo:
			f.MoveTo = s
		case tagDoubts:
			f.Doubts = analysis.Doubt(p.varint())
		case tagOrigins:
			for i, o := range originFacts(&f.Why) {
				if 2*i+1 < len(s) {
					o.How, o.Conf = analysis.How(s[2*i]), s[2*i+1]
				}
			}
		case tagHeldAt:
			r.HeldAt = p.varint()
		case tagWish:
			r.Wish = wish(p.varint())
		case tagWishedWay:
			r.WishedWay = s
		case tagPlaceWas:
			r.PlaceWas = s
		default:
			r.prep.decode(tag, p)
		}
		if p.err != nil {
			return fmt.Errorf("reception record field %d: %w", tag, p.err)
		}
	}
	return nil
}

type reader struct {
	b   string
	err error
}

func (p *reader) uvarint() uint64 {
	var x uint64
	for i := 0; i < len(p.b) && i < binary.MaxVarintLen64; i++ {
		c := p.b[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				break
			}
			p.b = p.b[i+1:]
			return x | uint64(c)<<(7*i)
		}
		x |= uint64(c&0x7f) << (7 * i)
	}
	p.err, p.b = errRecord, ""
	return 0
}

func (p *reader) varint() int64 {
	ux := p.uvarint()
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

func (p *reader) str() string {
	l := p.uvarint()
	if p.err != nil || uint64(len(p.b)) < l {
		p.err, p.b = errRecord, ""
		return ""
	}
	s := p.b[:l]
	p.b = p.b[l:]
	return s
}

func (p *reader) tri() *bool {
	if len(p.b) != 1 {
		p.err = errRecord
		return nil
	}
	return new(p.b[0] == 1)
}

func (p *reader) slot() slotRef {
	return slotRef{Advisor: p.str(), Start: p.varint(), End: p.varint()}
}

// loadRecord reads the session's record: the encoded one, or one built
// from the vars of the format before it (sessions stored by earlier
// versions still load). A malformed record is an error: the turn fails
// rather than forgetting what the visitor said.
func loadRecord(s *bot.Session) (record, error) {
	var r record
	err := loadRecordInto(&r, s)
	return r, err
}

// loadRecordInto is loadRecord into r, which is zero.
func loadRecordInto(r *record, s *bot.Session) error {
	if enc := s.Record; enc != "" {
		if err := r.decode(enc); err != nil {
			return fmt.Errorf("session %s: %w", s.Key, err)
		}
		return nil
	}
	*r = legacyRecord(s.Vars)
	return nil
}

// saveRecord writes the record into the session, replacing any var of the
// previous format. The session takes the encoding buffer (no copy into a
// string): Record is valid as long as the session is, which is why Funnel
// copies what it keeps from it.
func saveRecord(s *bot.Session, r *record) {
	buf := bot.RecordBuffer()
	*buf = r.encode(*buf)
	s.SetRecordBytes(buf)
	s.Vars = nil
}

// The session vars of the format before the record (up to 74376d5).
const (
	legacyConsent   = "ok"
	legacyRequest   = "req"
	legacyStatus    = "st"
	legacyCadre     = "cad"
	legacyGraduate  = "jd"
	legacyAge       = "age"
	legacyHandicap  = "hc"
	legacyShare     = "hcs"
	legacyDep       = "dep"
	legacyRegion    = "reg"
	legacyCommune   = "com"
	legacyOutside   = "out"
	legacyCands     = "cand"
	legacyProject   = "prj"
	legacyAsked     = "ask"
	legacyCorrect   = "corr"
	legacyOperator  = "op"
	legacyAgency    = "ag"
	legacyModality  = "mod"
	legacyOffers    = "sl"
	legacyPick      = "pick"
	legacyContact   = "ct"
	legacyDetail    = "ctk"
	legacyMoving    = "mv"
	legacyResume    = "ret"
	legacySource    = "src"
	legacyPrevAdvsr = "padv"
	legacyBooking   = "bref"
	legacySessions  = "ses"
)

// legacyRecord reads the vars of the previous format, with their private
// mini-formats ("|"-joined communes, "advisor|start|end;" offers, "id|left;"
// sessions, letters for the questions asked).
func legacyRecord(v map[string]string) record {
	var r record
	if len(v) == 0 {
		return r
	}
	tri := func(k string) *bool {
		switch v[k] {
		case "1":
			return new(true)
		case "0":
			return new(false)
		}
		return nil
	}
	r.Consent, _ = time.Parse(time.RFC3339, v[legacyConsent])
	r.Request = v[legacyRequest]
	age, _ := strconv.Atoi(v[legacyAge])
	r.Facts = analysis.Facts{
		Status: v[legacyStatus], Cadre: tri(legacyCadre), JeuneDiplome: tri(legacyGraduate), Age: age,
		Handicap: tri(legacyHandicap), Departement: v[legacyDep], Region: v[legacyRegion],
		Commune: v[legacyCommune], Outside: v[legacyOutside] == "1", Project: v[legacyProject],
	}
	if c := v[legacyCands]; c != "" {
		r.Candidates = strings.Split(c, "|")
	}
	r.Share = tri(legacyShare)
	for _, c := range v[legacyAsked] {
		switch c {
		case 's':
			r.Asked |= askedStatus
		case 'h':
			r.Asked |= askedHandicap
		case 'c':
			r.Asked |= askedCadre
		}
	}
	r.Correcting = v[legacyCorrect] == "1"
	r.Operator, r.Agency, r.Modality = v[legacyOperator], v[legacyAgency], v[legacyModality]
	r.Offers = legacySlots(v[legacyOffers])
	if p := legacySlots(v[legacyPick]); len(p) > 0 {
		r.Pick = &p[0]
	}
	r.Contact, r.DetailKind = v[legacyContact], v[legacyDetail]
	r.Moving = v[legacyMoving] == "1"
	r.Resume = State(v[legacyResume])
	r.Source, r.PrevAdvisor, r.Booking = v[legacySource], v[legacyPrevAdvsr], v[legacyBooking]
	if ses := v[legacySessions]; ses != "" {
		for _, p := range strings.Split(ses, ";") {
			id, left, ok := strings.Cut(p, "|")
			if !ok {
				continue
			}
			n, _ := strconv.Atoi(left)
			r.Sessions = append(r.Sessions, sessionRef{ID: id, Left: n})
		}
	}
	return r
}

func legacySlots(s string) []slotRef {
	if s == "" {
		return nil
	}
	var out []slotRef
	for _, p := range strings.Split(s, ";") {
		f := strings.Split(p, "|")
		if len(f) != 3 {
			continue
		}
		st, err1 := strconv.ParseInt(f[1], 10, 64)
		en, err2 := strconv.ParseInt(f[2], 10, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, slotRef{Advisor: f[0], Start: st, End: en})
	}
	return out
}
