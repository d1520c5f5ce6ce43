package dialogs

import (
	"regexp"
	"strings"
	"time"
	"unsafe"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/intent"
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
)

// turnMemo keeps, for one turn, the results of the intent recognisers that
// several steps of the turn ask for (the request's situations on every
// render of the orientation and its options, Human on the message at each
// stage). Each result is keyed by the text it was computed from, so a
// request or message changed during the turn is read again.
type turnMemo struct {
	reqOK   bool
	req     string
	reqSits []intent.Situation

	sitsOK  bool
	sitsFor string // the chosen situation the list was built with
	sitsReq string
	sits    []string

	humanN    int
	humanText [2]string
	human     [2]bool

	// matched is the option a typed answer matched when the turn checked
	// it was not a new fact instead (newFactInstead), used once by choose
	// for the same question.
	matched matchedOption

	normOK  bool
	normFor string
	norm    string

	// pad is " "+norm+" " for the cue lists (padded so that a cue matches
	// whole words), built once per turn instead of at each of its uses.
	// The first one is written in padArr, inside the pooled turn: strings
	// in it are read within the turn and never kept. A later one (the
	// message changed during the turn) is a fresh string, so that padArr
	// is never rewritten while a caller may still read it.
	padOK   bool
	padUsed bool
	padFor  string
	pad     string
	padArr  [128]byte

	foldN    int
	foldText [2]string
	folded   [2]intent.Text
	// foldBuf backs folded[i] (intent.FoldInto): the folded message was a
	// fresh string every turn, read only by the recognisers. Each slot has
	// its own buffer, rewritten only when its slot takes another text, and
	// the buffers are kept with the recycled turn (Step) for the next one.
	foldBuf [2][]byte
	// wordBuf backs folded[i]'s words (intent.FoldWordsInto), split once
	// for the recognisers; kept with foldBuf.
	wordBuf [2][]string

	otherOK   bool
	otherText string
	other     intent.Situation

	// notConcern is a text knowledge.StatesConcern read no worry in
	// (noteDiscreet runs before and after the turn, most often on the
	// same text).
	notConcernOK bool
	notConcern   string

	factsOK   bool
	factsText string
	factsNow  time.Time
	facts     analysis.Facts
	factsDesc bool // facts read by AnalyseDescription

	// langs: the message's language and whether it is Spanish, read
	// together (detectLang, then inSpanish).
	langOK  bool
	langFor string
	lang    intent.Lang
	spanish bool

	questionOK   bool
	questionText string
	question     bool

	// altOK: the other agency with free slots was looked for, for the
	// agency altFor (slotNoneQuestion).
	altOK  bool
	altFor string
	alt    *directory.Agency
}

// langs is t.fold(text).Langs(), once per turn for the same text.
func (t *turn) langs(text string) (intent.Lang, bool) {
	m := &t.memo
	if !m.langOK || m.langFor != text {
		m.lang, m.spanish = t.fold(text).Langs()
		m.langOK, m.langFor = true, text
	}
	return m.lang, m.spanish
}

// isQuestion is knowledge.IsQuestion(t.text), computed once per turn: the
// description turn asks it up to three times of the same long text.
func (t *turn) isQuestion() bool {
	m := &t.memo
	if !m.questionOK || m.questionText != t.text {
		m.questionOK, m.questionText, m.question = true, t.text, knowledge.IsQuestion(t.text)
	}
	return m.question
}

// analyse is analysis.Analyse(t.text, t.now) (AnalyseDescription for a
// description written for a relative), computed once per turn for
// the several steps that read the message's facts. Callers must not modify
// the Candidates slice (shared for the turn).
func (t *turn) analyse() analysis.Facts {
	m := &t.memo
	if !m.factsOK || m.factsText != t.text || !m.factsNow.Equal(t.now) || m.factsDesc != t.description {
		analyse := analysis.Analyse
		if t.description {
			analyse = analysis.AnalyseDescription
		}
		m.facts, m.factsText, m.factsNow, m.factsOK = withDepOrTown(t.withRestatedAge(wishAtContractEnd(renewedContract(dialogueStatus(analyse(t.text, t.now), t.paddedNorm()), t.paddedNorm(), t.now), t.paddedNorm(), t.now)), t.text, t.x.DepartementChoice), t.text, t.now, true
		m.factsDesc = t.description
	}
	return m.facts
}

// requestSituations is intent.Situations of the visitor's request.
func (t *turn) requestSituations() []intent.Situation {
	m := &t.memo
	if !m.reqOK || m.req != t.r.Request {
		m.req, m.reqSits, m.reqOK = t.r.Request, t.fold(t.r.Request).Situations(), true
	}
	return m.reqSits
}

// situations are the visitor's situations: the one chosen or stated, and
// those their request says (apprentice, CDD, sick leave…). The slice is
// shared for the turn: callers must not modify it.
func (t *turn) situations() []string {
	m := &t.memo
	if m.sitsOK && m.sitsFor == t.r.Situation && m.sitsReq == t.r.Request {
		return m.sits
	}
	var out []string
	if t.r.Situation != "" {
		out = append(out, t.r.Situation)
	}
	for _, s := range t.requestSituations() {
		if string(s) != t.r.Situation {
			out = append(out, string(s))
		}
	}
	m.sits, m.sitsFor, m.sitsReq, m.sitsOK = out, t.r.Situation, t.r.Request, true
	return out
}

// human is intent.Human(text), remembered for the (at most two) texts a
// turn asks about: the message and the message as written.
func (t *turn) human(text string) bool {
	m := &t.memo
	for i := 0; i < m.humanN; i++ {
		if m.humanText[i] == text {
			return m.human[i]
		}
	}
	h := t.fold(text).Human()
	i := m.humanN
	if i == len(m.humanText) {
		i = 0
	} else {
		m.humanN++
	}
	m.humanText[i], m.human[i] = text, h
	return h
}

// otherStated is intent.Other(t.text), remembered for the turn.
func (t *turn) otherStated() intent.Situation {
	m := &t.memo
	text := t.text
	if t.description {
		cut := relativePart(text)
		if p := relativeMentionAt(t.original()); cut == text && p > 0 {
			// « je suis à la retraite. Mon petit-fils de 20 ans ne trouve
			// pas de travail »: the writer's retirement is not the
			// grandson's situation; his part is read, in the first person.
			cut = firstPersonDescription(t.original()[p:])
		}
		text = cut
	}
	if !m.otherOK || m.otherText != text {
		if text == t.text {
			// the message itself, folded and split once for the turn
			m.other = t.fold(text).Other()
		} else {
			m.other = intent.Other(text)
		}
		m.otherText, m.otherOK = text, true
	}
	return m.other
}

// forRelative finds where a description says for whom it is written
// (« c'est pour mon gendre », « je me renseigne pour ma fille »).
var forRelative = regexp.MustCompile(`(?i)(^|[\s,.;:!?(])pour\s+(mon|ma|mes|notre|nos)\s`)

// relativeMention finds a relative named with a possessive (« mon
// petit-fils », « ma fille »).
var relativeMention = regexp.MustCompile(`(?i)(^|[\s,.;:!?(])` + relativeNoun + `\b`)

// relativeMentionAt is where the first relative named with a possessive
// begins in s, not after « pour » (relativePart cuts there), or -1.
func relativeMentionAt(s string) int {
	for _, m := range relativeMention.FindAllStringSubmatchIndex(s, -1) {
		before := strings.ToLower(strings.TrimSpace(s[:m[3]]))
		if before == "pour" || strings.HasSuffix(before, " pour") {
			return -1
		}
		return m[3]
	}
	return -1
}

// relativePart is the part of a description written for a relative that
// speaks of them: what the writer says of themselves before saying for
// whom (« moi je suis retraité, c'est pour mon gendre intérimaire ») is no
// situation of the relative's.
func relativePart(s string) string {
	loc := forRelative.FindStringIndex(s)
	if p := forCharge.FindStringIndex(s); p != nil && (loc == nil || p[0] < loc[0]) {
		loc = p
	}
	if loc != nil {
		return s[loc[0]:]
	}
	return s
}

// forCharge finds where a description says it is written for someone in
// the writer's charge (« je suis retraitée et bénévole, j'écris pour une
// personne que j'accompagne », issue 13).
var forCharge = regexp.MustCompile(`(?i)(^|[\s,.;:!?(])pour\s+(un|une|la|le|l')\s*(personne|jeune|b[ée]n[ée]ficiaire|usag|salari|agent|[ée]l[èe]ve|patient|prot[ée]g|stagiaire|collaborat|apprenti)`)

// fold is intent.Fold(text), remembered for the (at most two) texts a turn
// asks the recognisers about: the message and the request.
func (t *turn) fold(text string) intent.Text {
	m := &t.memo
	for i := 0; i < m.foldN; i++ {
		if m.foldText[i] == text {
			return m.folded[i]
		}
	}
	i := m.foldN
	if i == len(m.foldText) {
		i = 0
	} else {
		m.foldN++
	}
	f, buf, ws := intent.FoldWordsInto(m.foldBuf[i], m.wordBuf[i], text)
	m.foldText[i], m.folded[i], m.foldBuf[i], m.wordBuf[i] = text, f, buf, ws
	return f
}

// maxFoldBuf: a fold buffer grown by a long message is not kept.
const maxFoldBuf = 1024

// keptFoldBufs are the turn's fold buffers to hand to the next turn.
func (m *turnMemo) keptFoldBufs() foldBufs {
	var out foldBufs
	for i, b := range m.foldBuf {
		if cap(b) <= maxFoldBuf {
			out.bytes[i] = b[:0]
		}
	}
	for i, w := range m.wordBuf {
		if cap(w) <= maxFoldWords {
			out.words[i] = w[:0]
		}
	}
	return out
}

// foldBufs are the fold buffers kept from one turn to the next.
type foldBufs struct {
	bytes [2][]byte
	words [2][]string
}

// maxFoldWords: a word buffer grown by a long message is not kept.
const maxFoldWords = 256

// keepFoldBufs gives the turn the buffers kept from the previous one.
func (m *turnMemo) keepFoldBufs(b foldBufs) { m.foldBuf, m.wordBuf = b.bytes, b.words }

type matchedOption struct {
	ok    bool
	state State
	step  uint32
	text  string
	opt   option
}

// paddedNorm is " " + t.normText() + " " (see turnMemo.pad).
func (t *turn) paddedNorm() string {
	n := t.normText()
	m := &t.memo
	if !m.padOK || m.padFor != n {
		if !m.padUsed && len(n)+2 <= len(m.padArr) {
			m.padArr[0] = ' '
			copy(m.padArr[1:], n)
			m.padArr[len(n)+1] = ' '
			m.pad, m.padUsed = unsafe.String(&m.padArr[0], len(n)+2), true
		} else {
			m.pad = " " + n + " "
		}
		m.padFor, m.padOK = n, true
	}
	return m.pad
}

// normText is normalise(t.text), computed once per turn for the steps that
// look for words in the message.
func (t *turn) normText() string {
	m := &t.memo
	if !m.normOK || m.normFor != t.text {
		m.norm, m.normFor, m.normOK = normalise(t.text), t.text, true
	}
	return m.norm
}
