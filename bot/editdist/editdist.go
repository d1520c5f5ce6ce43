// Package editdist is the one edit distance of cepbot: the optimal string
// alignment distance (Damerau-Levenshtein with adjacent transpositions, each
// substring edited once), counted in runes and bounded. Typo tolerance in
// the request analysis and the information cards, and the suggestions of
// the directory checker all use it.
package editdist

import "unicode/utf8"

// stack is the length up to which Distance works without allocating.
const stack = 32

// Distance returns the optimal string alignment distance between a and b
// in runes, or max+1 as soon as it is known to exceed max (max < 0 counts
// as 0). Words of up to 32 runes cost no allocation.
func Distance(a, b string, max int) int {
	if max < 0 {
		max = 0
	}
	var ba, bb [stack]rune
	x, y := runes(a, ba[:0]), runes(b, bb[:0])
	if d := len(x) - len(y); d > max || -d > max {
		return max + 1
	}
	n := len(y) + 1
	var r0, r1, r2 [stack + 1]int
	prev2, prev, cur := r0[:0], r1[:0], r2[:0]
	if n <= stack+1 {
		prev2, prev, cur = r0[:n], r1[:n], r2[:n]
	} else {
		prev2, prev, cur = make([]int, n), make([]int, n), make([]int, n)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(y)], max+1)
}

// runes decodes s into buf (grown when s is longer); ASCII is copied byte
// by byte.
func runes(s string, buf []rune) []rune {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			buf = append(buf, rune(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		buf = append(buf, r)
		i += n
	}
	return buf
}
