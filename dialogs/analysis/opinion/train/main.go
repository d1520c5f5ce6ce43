// Command train fits the status model of package opinion on the labelled
// messages of issue 13 — dialogs/analysis/testdata/tuning*.jsonl,
// testdata/cases.jsonl and the shared corpus (../shared/corpus beside the
// repository) — never on a held-out set, and writes the model file that
// package opinion embeds:
//
//	go run ./dialogs/analysis/opinion/train          (from the repository)
//	go generate ./dialogs/analysis/opinion
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis/opinion"
)

func main() {
	out := flag.String("out", "", "model file to write (default dialogs/analysis/opinion/model.bin of the repository)")
	testdata := flag.String("testdata", "", "testdata directory of package analysis (default found from the working directory)")
	corpus := flag.String("corpus", "", "shared corpus directory (default …/shared/corpus above the repository)")
	flag.Parse()
	root, err := repoRoot()
	if err != nil {
		log.Fatal(err)
	}
	if *out == "" {
		*out = filepath.Join(root, "dialogs", "analysis", "opinion", "model.bin")
	}
	if *testdata == "" {
		*testdata = filepath.Join(root, "dialogs", "analysis", "testdata")
	}
	if *corpus == "" {
		*corpus = findCorpus(root)
	}
	files, err := opinion.TrainingFiles(*testdata, *corpus)
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range flag.Args() { // extra files, held-out ones refused
		if opinion.Forbidden(f) {
			log.Fatalf("%s is a held-out set: never trained on", f)
		}
		files = append(files, f)
	}
	ex, err := opinion.ReadExamples(files...)
	if err != nil {
		log.Fatal(err)
	}
	start := time.Now()
	file, m := opinion.Train(ex, opinion.DefaultOptions)
	if err := os.WriteFile(*out, file, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d messages from %d files, %d features, %d bytes, trained in %v → %s\n",
		len(ex), len(files), m.NumFeatures(), len(file), time.Since(start).Round(time.Millisecond), *out)
}

// repoRoot is the directory of go.mod above the working directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}

// findCorpus looks for shared/corpus beside the repository or above it
// (as dialogs/analysis corpus_test.go does).
func findCorpus(root string) string {
	dir := root
	for {
		p := filepath.Join(dir, "shared", "corpus")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return filepath.Join(filepath.Dir(root), "shared", "corpus")
		}
		dir = parent
	}
}
