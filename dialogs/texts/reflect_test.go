package texts

import "reflect"

func reflectValue(c *Catalog) reflect.Value { return reflect.ValueOf(c).Elem() }
