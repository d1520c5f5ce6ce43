//go:build !unix

package console

import "os"

func ownedByMe(os.FileInfo) bool { return true }
