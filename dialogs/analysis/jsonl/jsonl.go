// Package jsonl implements `cepbot analyse`: one analysis JSON object per
// input line (SPEC §3). It lives apart from package analysis because it
// also needs the routing table, which itself depends on analysis.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/intent"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// MaxLine is the longest input line analysed; longer lines get an error
// object (still exactly one output line).
const MaxLine = 1 << 20

// Result is the JSON object written for one message (SPEC §3).
type Result struct {
	Status       *string  `json:"status"`
	Cadre        bool     `json:"cadre"`
	JeuneDiplome bool     `json:"jeune_diplome"`
	Age          *int     `json:"age"`
	Handicap     *bool    `json:"handicap"`
	Departement  *string  `json:"departement"`
	Region       *string  `json:"region"`
	Project      string   `json:"project"`
	Operator     *string  `json:"operator"`
	Alternatives []string `json:"alternatives"`
	Missing      []string `json:"missing"`
	Reasons      []string `json:"reasons"`
}

type errorResult struct {
	Error string `json:"error"`
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Build turns facts into the JSON result, with the routing decision.
func Build(f analysis.Facts) Result {
	d := routing.Route(f)
	r := Result{
		Status:       strp(f.Status),
		Cadre:        f.Cadre != nil && *f.Cadre,
		JeuneDiplome: f.JeuneDiplome != nil && *f.JeuneDiplome,
		Handicap:     f.Handicap,
		Departement:  strp(f.Departement),
		Region:       strp(f.Region),
		Project:      f.ProjectOrDefault(),
		Operator:     strp(d.Operator),
		Alternatives: nonNil(d.Alternatives),
		Missing:      nonNil(d.Missing),
		Reasons:      nonNil(d.Reasons),
	}
	if f.Age > 0 {
		age := f.Age
		r.Age = &age
	}
	return r
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Write reads messages from r, one per line (or JSON lines with a "text"
// field when jsonLines is set), and writes one JSON object per input line
// to w, in order. Bad lines produce {"error": "..."}; only write errors and
// read errors are returned.
func Write(r io.Reader, w io.Writer, jsonLines bool, now time.Time) error {
	br := bufio.NewReaderSize(r, 64<<10)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var line []byte
	for {
		line = line[:0]
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if len(line)+len(chunk) > MaxLine+1 {
				tooLong = true
			} else {
				line = append(line, chunk...)
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("read messages: %w", err)
		}
		if len(line) == 0 && !tooLong && errors.Is(err, io.EOF) {
			break
		}
		line = bytes.TrimRight(line, "\r\n")
		var out any
		switch {
		case tooLong:
			out = errorResult{Error: fmt.Sprintf("ligne trop longue (plus de %d octets)", MaxLine)}
		case jsonLines:
			var in struct {
				Text *string `json:"text"`
			}
			if e := json.Unmarshal(line, &in); e != nil {
				out = errorResult{Error: "JSON invalide : " + e.Error()}
			} else if in.Text == nil {
				out = errorResult{Error: `champ "text" absent`}
			} else {
				out = Build(analyse(*in.Text, now))
			}
		default:
			out = Build(analyse(string(line), now))
		}
		if e := enc.Encode(out); e != nil {
			return fmt.Errorf("write analysis: %w", e)
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write analysis: %w", err)
	}
	return nil
}

// analyse reads a message. The analysis reads French; for a message
// written in English, the dialogue restates it first (intent.ToFrench),
// whose rules read a bare number after English words as an age (« I'm a
// nurse, 33 », « retired (67) »), as French « infirmière, 33 ans » is.
// Analysed as written, that number was the département (Gironde, Bas-Rhin)
// and the age lost (persona q28a, issue 13). For that conflict only — the
// message as written found no age and read as its département the number
// the restatement reads as the age — the message is read again with the
// number stated as an age (« 33 ans »), so that its other facts (the
// place named, « Strasbourg. ») stay as written. Taking the whole
// restatement instead lost the facts it does not know (gate: 18 new
// wrong).
func analyse(text string, now time.Time) analysis.Facts {
	f := analysis.Analyse(text, now)
	if f.Age != 0 || f.Departement == "" || intent.DetectLang(text) != intent.English {
		return f
	}
	fr := intent.ToFrench(text)
	if fr == "" {
		return f
	}
	g := analysis.Analyse(fr, now)
	n := strconv.Itoa(g.Age)
	if g.Age == 0 || len(n) != 2 || n != f.Departement {
		return f
	}
	re := regexp.MustCompile(`\b` + n + `\b`)
	if h := analysis.Analyse(re.ReplaceAllString(text, n+" ans"), now); h.Age == g.Age && h.Departement != n {
		return h
	}
	return f
}
