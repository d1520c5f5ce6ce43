package dialogs

import (
	"reflect"
	"testing"
)

// TestRouteKeepsAnEarlierDecision: the turn's first decision is stored in
// the turn itself; after the facts change, the next one must not be
// written over it, since a caller may still hold the first.
func TestRouteKeepsAnEarlierDecision(t *testing.T) {
	tr := &turn{}
	tr.r.Facts.Status, tr.r.Facts.Age, tr.r.Facts.Departement = "demandeur_emploi", 22, "69"
	first := tr.route()
	kept := *first
	kept.Alternatives = append([]string(nil), first.Alternatives...)
	tr.r.Facts.Age = 45
	tr.factsChanged()
	second := tr.route()
	if second == first {
		t.Fatal("the second decision was written where the first is")
	}
	if !reflect.DeepEqual(*first, kept) {
		t.Fatalf("the first decision changed: %+v, was %+v", *first, kept)
	}
	if first.Operator == second.Operator {
		t.Fatalf("the facts changed the operator (%s) in neither decision: the test shows nothing", first.Operator)
	}
}
