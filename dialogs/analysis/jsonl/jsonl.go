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
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
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
				out = Build(analysis.Analyse(*in.Text, now))
			}
		default:
			out = Build(analysis.Analyse(string(line), now))
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
