package directory

// KindAccueil is the general reception queue: requests for a human whose
// operator is not known yet (status unknown, a situation outside the CEP,
// a place outside the 18 regions) go to it instead of any one operator.
// It is not a routing kind (Kinds): nothing is routed to it by the decision
// table, and coverage checks ignore it. A directory has at most one.
const KindAccueil = "accueil"

// allKinds are the kinds an operator may have in a directory file.
var allKinds = append(append([]string(nil), Kinds...), KindAccueil)

// Reception returns the general reception queue: its operator and the
// operator's first agency (its address, phone and opening hours), or nils
// when the directory has none. The agency is nil when the operator lists
// none.
func (d *Directory) Reception() (*Operator, *Agency) {
	if d == nil {
		return nil, nil
	}
	for _, op := range d.Operators {
		if op.Kind != KindAccueil {
			continue
		}
		for _, a := range d.Agencies {
			if a.OperatorID == op.ID {
				return op, a
			}
		}
		return op, nil
	}
	return nil, nil
}
