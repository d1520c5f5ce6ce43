package knowledge

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/cep-accueil/cepbot/bot/editdist"
)

// Field weights of BM25F: a word of the title or of the keywords says more
// about what a card is about than a word of its body.
const (
	weightTitle    = 3.0
	weightKeywords = 2.5
	weightBody     = 1.0

	bm25K1 = 1.2

	// fuzzyFactor scales the weight of a query word matched only through
	// typo tolerance.
	fuzzyFactor = 0.75

	// bodyDF is how much a body-only occurrence counts in a word's
	// document frequency.
	bodyDF = 0.25
)

const (
	fTitle = iota
	fKeywords
	fBody
	nFields
)

var fieldWeights = [nFields]float64{weightTitle, weightKeywords, weightBody}

// fieldB is BM25's length normalisation per field: a long keyword list is
// not less about each of its words, a long body is.
var fieldB = [nFields]float64{0.5, 0.2, 0.75}

type posting struct {
	doc int
	tf  [nFields]float64
}

type index struct {
	cards    []*Card
	postings map[string][]posting // stem → postings, by doc
	idf      map[string]float64   // for a card with the word in its title or keywords
	bodyIDF  map[string]float64   // for a card with the word in its body only
	lens     [][nFields]float64
	avgLen   [nFields]float64
	// vocab maps every folded surface word of the cards (and the stop
	// words, mapped to "") to its stem, for typo tolerance.
	vocab map[string]string
	// byLen lists the vocab words by rune length, sorted, for a
	// deterministic nearest-word search.
	byLen map[int][]string
}

var (
	indexOnce sync.Once
	theIndex  *index
)

func getIndex() *index {
	indexOnce.Do(func() {
		load()
		theIndex = buildIndex(cards)
	})
	return theIndex
}

func buildIndex(cs []*Card) *index {
	ix := &index{
		cards:    cs,
		postings: map[string][]posting{},
		idf:      map[string]float64{},
		bodyIDF:  map[string]float64{},
		lens:     make([][nFields]float64, len(cs)),
		vocab:    map[string]string{},
		byLen:    map[int][]string{},
	}
	for d, c := range cs {
		texts := [nFields]string{c.Title, strings.Join(c.Keywords, " "), c.Body}
		tf := map[string]*posting{}
		for f, t := range texts {
			for _, tok := range tokens(t) {
				p := tf[tok.stem]
				if p == nil {
					p = &posting{doc: d}
					tf[tok.stem] = p
				}
				p.tf[f]++
				ix.lens[d][f]++
				ix.vocab[tok.word] = tok.stem
			}
		}
		for s, p := range tf {
			ix.postings[s] = append(ix.postings[s], *p)
		}
	}
	for w := range stopWords {
		if _, ok := ix.vocab[w]; !ok {
			ix.vocab[w] = ""
		}
	}
	for w := range rewrites {
		if _, ok := ix.vocab[w]; !ok {
			ix.vocab[w] = "\x00" // rewritten: resolved again through tokens
		}
	}
	for w := range ix.vocab {
		n := len([]rune(w))
		ix.byLen[n] = append(ix.byLen[n], w)
	}
	for _, ws := range ix.byLen {
		slices.Sort(ws)
	}
	n := float64(len(cs))
	for f := range nFields {
		var sum float64
		for d := range cs {
			sum += ix.lens[d][f]
		}
		ix.avgLen[f] = max(sum/n, 1)
	}
	// A word in a card's title or keywords says what the card is about;
	// the same word in its body is often a passing mention (« un conseiller
	// CEP peut vous aider »). So the document frequency counts body-only
	// occurrences for bodyDF of a document, and « cep » keeps a useful idf
	// although most cards mention it.
	// A body-only match uses the plain idf (every occurrence counts), so
	// that a word common in bodies (« dure », « temps ») stays weak.
	for s, ps := range ix.postings {
		var df float64
		for _, p := range ps {
			if p.tf[fTitle] > 0 || p.tf[fKeywords] > 0 {
				df++
			} else {
				df += bodyDF
			}
		}
		ix.idf[s] = math.Log(1 + (n-df+0.5)/(df+0.5))
		all := float64(len(ps))
		ix.bodyIDF[s] = math.Log(1 + (n-all+0.5)/(all+0.5))
	}
	return ix
}

// queryTerm is a stem of the query with its weight (1, or less when it was
// found by typo tolerance).
type queryTerm struct {
	stem   string
	weight float64
}

// query is a resolved question: the index stems it contains and how many
// content words matched nothing in the index.
type query struct {
	terms   []queryTerm
	unknown int
}

// resolve turns the query words into index stems. Words whose stem is not
// in the index are matched to the nearest vocabulary word (edit distance 1
// for words of 5–7 letters, 2 from 8 letters); a word nearest to a stop
// word is dropped. Each stem counts once.
func (ix *index) resolve(q string) query {
	var out []queryTerm
	unknown := 0
	seen := map[string]bool{}
	add := func(s string, w float64) {
		if s == "" || seen[s] {
			return
		}
		seen[s] = true
		out = append(out, queryTerm{s, w})
	}
	for _, t := range tokens(q) {
		if _, ok := ix.postings[t.stem]; ok {
			add(t.stem, 1)
			continue
		}
		w, ok := ix.nearest(t.word)
		if !ok {
			if !isDigits(t.word) {
				unknown++
			}
			continue
		}
		switch s := ix.vocab[w]; s {
		case "": // a stop word
		case "\x00": // an SMS form or synonym
			for _, t2 := range tokens(w) {
				if _, ok := ix.postings[t2.stem]; ok {
					add(t2.stem, fuzzyFactor)
				}
			}
		default:
			add(s, fuzzyFactor)
		}
	}
	return query{terms: out, unknown: unknown}
}

// nearest returns the vocabulary word closest to w within the allowed edit
// distance, preferring the smallest distance, then the first in order.
func (ix *index) nearest(w string) (string, bool) {
	n := len([]rune(w))
	maxD := 0
	switch {
	case n >= 8:
		maxD = 2
	case n >= 5:
		maxD = 1
	default:
		return "", false
	}
	best, bestD := "", maxD+1
	for l := n - maxD; l <= n+maxD; l++ {
		for _, v := range ix.byLen[l] {
			// Typos rarely touch the first letter; requiring it keeps
			// "paye" from becoming "page" and halves the search.
			if v[0] != w[0] {
				continue
			}
			if d := editdist.Distance(w, v, bestD-1); d < bestD {
				best, bestD = v, d
				if d == 1 && maxD == 1 {
					break
				}
			}
		}
	}
	return best, bestD <= maxD
}

// score returns the BM25F score of every card for the query terms, and for
// each card the summed idf of the terms it matched.
func (ix *index) score(terms []queryTerm) (scores, matched, topical []float64) {
	// matched[d] is the summed weighted idf of the terms card d contains,
	// topical[d] the same for the terms in its title or keywords.
	scores = make([]float64, len(ix.cards))
	matched = make([]float64, len(ix.cards))
	topical = make([]float64, len(ix.cards))
	for _, qt := range terms {
		for _, p := range ix.postings[qt.stem] {
			topic := p.tf[fTitle] > 0 || p.tf[fKeywords] > 0
			idf := ix.bodyIDF[qt.stem]
			if topic {
				idf = ix.idf[qt.stem]
			}
			var tf float64
			for f := range nFields {
				if p.tf[f] == 0 {
					continue
				}
				norm := 1 - fieldB[f] + fieldB[f]*ix.lens[p.doc][f]/ix.avgLen[f]
				tf += fieldWeights[f] * p.tf[f] / norm
			}
			scores[p.doc] += qt.weight * idf * tf / (bm25K1 + tf)
			matched[p.doc] += qt.weight * idf
			if topic {
				topical[p.doc] += qt.weight * idf
			}
		}
	}
	return scores, matched, topical
}

// topicalIn reports whether stem is in the title or keywords of card d.
func (ix *index) topicalIn(stem string, d int) bool {
	for _, p := range ix.postings[stem] {
		if p.doc == d {
			return p.tf[fTitle] > 0 || p.tf[fKeywords] > 0
		}
	}
	return false
}
