// Package directory reads the operator directory (annuaire): CEP operators,
// their agencies with opening hours and booking rules, and their advisors.
//
// # File format (YAML, version 1)
//
// The full schema with an example is in SCHEMA.md; in short:
//
//	version: 1                      # optional; only 1 is known
//	defaults:                       # optional, applied to every agency that does not say otherwise
//	  time_zone: Europe/Paris       # IANA; overseas agencies get their own zone from their first département
//	  slot_minutes: 45              # appointment length, 10–240, multiple of 5 (default 45)
//	  lead_time: 1h                 # minimum delay before a bookable slot (default 1h; Go duration or "Nd")
//	  horizon: 21d                  # how far ahead slots are offered (default 21d)
//	  modalities: [sur_place, telephone]
//	  hours: {mon: ["09:00-12:00", "13:30-17:00"], ...}
//	operators:
//	  - id: reg-bretagne            # [a-z0-9._-], unique
//	    kind: operateur_regional    # france_travail, cap_emploi, mission_locale, apec, operateur_regional, employeur_public
//	    name: Avenir Actifs Bretagne
//	    phone: "01 99 00 00 05"     # optional
//	    website: https://…          # optional
//	    regions: ["53"]             # INSEE region codes; required for operateur_regional, empty = national
//	    notify:                     # optional
//	      slack_channel: "#cep-bretagne"
//	      webhook_url: https://…    # needs webhook_secret_file or webhook_secret_env
//	      webhook_secret_env: CEPBOT_WEBHOOK_SECRET_BRETAGNE
//	agencies:
//	  - id: reg-bretagne-35
//	    operator: reg-bretagne
//	    name: …
//	    address: …                  # optional
//	    phone: …                    # optional
//	    departements: ["35", "22"]  # INSEE codes served; the first is where the agency sits (its holidays)
//	    modalities: [sur_place, telephone, visio]
//	    time_zone: Europe/Paris
//	    hours:                      # mon … sun; days not listed are closed; gaps between ranges are breaks
//	      mon: ["09:00-12:00", "13:30-17:00"]
//	      wed: ["09:00-12:00"]
//	    slot_minutes: 60
//	    lead_time: 24h
//	    horizon: 28d
//	    closures:                   # inclusive civil dates; "to" defaults to "from"
//	      - {from: 2026-12-24, to: 2027-01-01, reason: fermeture de fin d'année}
//	    advisors:                   # nested advisors belong to this agency…
//	      - {id: reg-bretagne-35-c1, name: Camille Fictif, slack_user_id: U0F1234567}
//	advisors:                       # …or list them here with "agency:"
//	  - {id: x, name: X, agency: reg-bretagne-35}
//
// # Validation
//
// Parse reports every problem, not only the first, as a *Errors whose items
// print as "file:line: field.path: message" (for example
// `annuaire.yaml:42: agencies[3].hours.mon: "9h-12h" is not HH:MM-HH:MM`):
// syntax errors, unknown keys (with a "did you mean" for typos), missing
// required fields, unknown operator kinds, modalities, regions, départements
// and time zones, duplicate ids, references to unknown operators or agencies,
// départements outside a regional operator's regions, malformed, inverted or
// overlapping opening ranges, ranges shorter than one appointment, slot
// lengths that are not sensible, bad durations, closures ending before they
// start, agencies without advisors, secrets written inline. Coverage gaps
// (a kind with no agency for a département) are not errors: see Coverage.
//
// Secrets are never read from the directory itself: webhook_secret_file or
// webhook_secret_env name where they are, and ResolveSecrets fills
// Notify.WebhookSecret at start-up.
//
// A parsed Directory is immutable and safe for concurrent use.
package directory
