package directory

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/cep-accueil/cepbot/bot/secret"
)

// Gap is a département that no agency of an operator kind serves.
type Gap struct {
	Kind, Departement string
}

// Coverage returns, for every operator kind present in the directory, the
// départements that none of its agencies serves directly. A gap is not an
// error (a directory may describe one region only) but the chatbot then
// falls back to same-region agencies or to mon-cep.org.
func (d *Directory) Coverage() []Gap {
	if d == nil {
		return nil
	}
	present := map[string]bool{}
	served := map[string]bool{}
	for _, op := range d.Operators {
		present[op.Kind] = true
	}
	for _, a := range d.Agencies {
		op := d.Operator(a.OperatorID)
		if op == nil {
			continue
		}
		for _, dep := range a.Departements {
			served[op.Kind+"|"+dep] = true
		}
	}
	var gaps []Gap
	for _, kind := range Kinds {
		if !present[kind] {
			continue
		}
		for _, dep := range departements {
			if !served[kind+"|"+dep.Code] {
				gaps = append(gaps, Gap{kind, dep.Code})
			}
		}
	}
	return gaps
}

// Summary is the one-line description printed by `cepbot directory check`.
func (d *Directory) Summary() string {
	return fmt.Sprintf("annuaire valide (%d opérateurs, %d agences, %d conseillers)", len(d.Operators), len(d.Agencies), len(d.Advisors))
}

// Check loads and validates a directory file for `cepbot directory check`.
// summary is "FILE : annuaire valide (…)" when the file is valid; warnings
// list coverage gaps (not errors); err is a *Errors listing every problem,
// or a plain error when the file cannot be read.
func Check(path string) (summary string, warnings []string, err error) {
	d, err := Load(path)
	if err != nil {
		return "", nil, err
	}
	name := filepath.Clean(path)
	for _, g := range d.Coverage() {
		warnings = append(warnings, fmt.Sprintf("%s: attention : aucune agence %s ne dessert le département %s", name, g.Kind, g.Departement))
	}
	return fmt.Sprintf("%s : %s", name, d.Summary()), warnings, nil
}

// ResolveSecrets fills Notify.WebhookSecret of every operator from its
// webhook_secret_env (through getenv) or webhook_secret_file. Errors name
// the operator and the source, never the secret.
func (d *Directory) ResolveSecrets(getenv func(string) string) error {
	if getenv == nil {
		getenv = os.Getenv
	}
	var errs Errors
	for _, op := range d.Operators {
		n := &op.Notify
		switch {
		case n.WebhookSecretEnv != "":
			n.WebhookSecret = secret.Trim(getenv(n.WebhookSecretEnv))
			if n.WebhookSecret == "" {
				errs.add("", op.Line, "operators."+op.ID+".notify.webhook_secret_env", "environment variable %s is not set or empty", n.WebhookSecretEnv)
			}
		case n.WebhookSecretFile != "":
			v, err := secret.File(n.WebhookSecretFile)
			var se *secret.Error
			switch {
			case errors.As(err, &se) && se.Problem == secret.Empty:
				errs.add("", op.Line, "operators."+op.ID+".notify.webhook_secret_file", "secret file %s is empty", n.WebhookSecretFile)
			case se != nil:
				errs.add("", op.Line, "operators."+op.ID+".notify.webhook_secret_file", "cannot read the secret file: %v", se.Err)
			}
			n.WebhookSecret = v
		}
	}
	return errs.err()
}
