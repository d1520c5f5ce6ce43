package texts

// Language-aware helpers for sentences the dialogue builds from parts: a
// list, a name after « de » or « à ». French elides and contracts
// (french.go); other languages join with their own words and put the
// preposition in the sentence itself, so the name is given as is.

// List joins items in the catalogue's language: « a, b et c », "a, b and c".
func (c *Catalog) List(items ...string) string {
	if c.Lang == French || c.Lang == "" || c.ListAnd == "" {
		return List(items...)
	}
	return join(items, c.ListAnd)
}

// ListOr joins alternatives: « a, b ou c », "a, b or c".
func (c *Catalog) ListOr(items ...string) string {
	if c.Lang == French || c.Lang == "" || c.ListOrWord == "" {
		return ListOr(items...)
	}
	return join(items, c.ListOrWord)
}

// De is a name after « de » in French (« d'Orléans », « du Rhône »); in
// another language the name as is (the sentence holds the preposition).
func (c *Catalog) De(name string) string {
	if c.Lang == French || c.Lang == "" {
		return De(name)
	}
	return name
}

// A is a name after « à » in French (« au Mans »); in another language the
// name as is.
func (c *Catalog) A(name string) string {
	if c.Lang == French || c.Lang == "" {
		return A(name)
	}
	return name
}
