package models

import (
	"context"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"gorm.io/gorm"
)

// RuleOpenDataNotConfigured: an open-data export needs the publisher and
// both identifier prefixes set by an admin (PUT /settings/open-data).
const RuleOpenDataNotConfigured = "open-data-not-configured"

// RuleOpenDataEmpty: an OCDS release package holds at least one release and
// a 360Giving package at least one grant (both schemas say minItems 1), so
// a filter that matches no project has nothing to publish.
const RuleOpenDataEmpty = "open-data-empty"

// OpenData is who publishes Hatchery's projects as open data and under
// which identifiers. The OCDS prefix is the six characters registered with
// the Open Contracting Partnership (an ocid is the prefix, '-' and the
// project's code); the 360Giving prefix is the one registered with
// 360Giving (a grant id is the prefix, '-' and the project's code).
type OpenData struct {
	PublisherName   string `json:"publisher_name"`
	PublisherScheme string `json:"publisher_scheme"` // optional, an org-id.guide list such as CN-USCI
	PublisherUID    string `json:"publisher_uid"`    // optional, the publisher's id in that scheme
	PublisherURI    string `json:"publisher_uri"`    // optional
	OCIDPrefix      string `json:"ocid_prefix"`
	GrantPrefix     string `json:"grant_prefix"`
}

// OpenDataSettings is the stored publisher with its version; version 0
// means never set, and then nothing may be exported.
type OpenDataSettings struct {
	OpenData
	Version   int64 `json:"version"`
	UpdatedAt *Time `json:"updated_at"`
}

// The open-data formats of the project list (GET /projects?format=).
const (
	OpenDataOCDS       = "ocds"           // an OCDS 1.1 release package
	OpenDataGivingCSV  = "360giving"      // 360Giving's flat CSV
	OpenDataGivingJSON = "360giving-json" // a 360Giving JSON package
)

// OpenDataFormats lists them.
var OpenDataFormats = []string{OpenDataOCDS, OpenDataGivingCSV, OpenDataGivingJSON}

const openDataKey = "open_data"

var (
	// ocidPrefixPattern is an OCDS prefix: "ocds-" and six lower-case
	// letters or digits.
	ocidPrefixPattern = regexp.MustCompile(`^ocds-[a-z0-9]{6}$`)
	// grantPrefixPattern is a 360Giving prefix: "360G-" and a name that
	// does not end in '-' (the grant id adds '-' and the project's code).
	grantPrefixPattern = regexp.MustCompile(`^360G-[A-Za-z0-9_-]*[A-Za-z0-9_]$`)
)

// Check lists every malformed field at once.
func (o OpenData) Check() error {
	var bad []FieldError
	add := func(field, code, msg string) { bad = append(bad, FieldError{Field: field, Code: code, Message: msg}) }
	if strings.TrimSpace(o.PublisherName) == "" {
		add("publisher_name", "required", "name the organization that publishes the data")
	} else if utf8.RuneCountInString(o.PublisherName) > 200 {
		add("publisher_name", "max", "at most 200 characters")
	}
	if (o.PublisherScheme == "") != (o.PublisherUID == "") {
		add("publisher_uid", "pair", "give the publisher's scheme and its id in that scheme together, or neither")
	}
	if len(o.PublisherScheme) > 50 || len(o.PublisherUID) > 100 {
		add("publisher_uid", "max", "the scheme is at most 50 characters and the id at most 100")
	}
	if o.PublisherURI != "" {
		u, err := url.Parse(o.PublisherURI)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || len(o.PublisherURI) > 500 {
			add("publisher_uri", "url", "an http or https address of at most 500 characters")
		}
	}
	if !ocidPrefixPattern.MatchString(o.OCIDPrefix) {
		add("ocid_prefix", "pattern", "an OCDS prefix is ocds- and six lower-case letters or digits, such as ocds-a1b2c3")
	}
	if !grantPrefixPattern.MatchString(o.GrantPrefix) || len(o.GrantPrefix) > 100 {
		add("grant_prefix", "pattern", "a 360Giving prefix is 360G- and letters, digits, '_' or '-', not ending in '-', such as 360G-sjzmzj")
	}
	if len(bad) > 0 {
		return &ValidationError{Fields: bad}
	}
	return nil
}

// configured answers o if it is complete, else the rule it breaks.
func (s OpenDataSettings) configured() (OpenData, error) {
	if s.Version == 0 {
		return s.OpenData, Broken(RuleOpenDataNotConfigured, "",
			"open data is not configured: an admin sets the publisher and the OCDS and 360Giving prefixes under /settings/open-data")
	}
	if err := s.Check(); err != nil {
		return s.OpenData, Broken(RuleOpenDataNotConfigured, "", "the open-data settings are incomplete or malformed (%v); an admin corrects them under /settings/open-data", err)
	}
	return s.OpenData, nil
}

func openDataSettings(db *gorm.DB) (OpenDataSettings, error) {
	var out OpenDataSettings
	var err error
	out.Version, out.UpdatedAt, err = loadSetting(db, openDataKey, &out.OpenData)
	return out, err
}

// OpenDataSettings answers the publisher in force (version 0: never set,
// every field empty).
func (s *Store) OpenDataSettings(ctx context.Context) (OpenDataSettings, error) {
	return openDataSettings(s.read.WithContext(ctx))
}

// OpenDataPublisher answers the settings an export needs, or a
// RuleOpenDataNotConfigured error when they are missing or malformed.
func (s *Store) OpenDataPublisher(ctx context.Context) (OpenData, error) {
	st, err := s.OpenDataSettings(ctx)
	if err != nil {
		return OpenData{}, err
	}
	return st.configured()
}

// SetOpenData replaces the publisher if it is still at version; a malformed
// field changes nothing.
func (s *Store) SetOpenData(ctx context.Context, a Actor, version int64, o OpenData) (OpenDataSettings, error) {
	o.PublisherName = strings.TrimSpace(o.PublisherName)
	if err := o.Check(); err != nil {
		return OpenDataSettings{}, err
	}
	var after OpenDataSettings
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		before, err := openDataSettings(tx)
		if err != nil {
			return err
		}
		if before.Version != version {
			return ErrStale
		}
		return s.storeSetting(tx, a, openDataKey, version, o, before, func() (any, error) {
			after, err = openDataSettings(tx)
			return after, err
		})
	})
	return after, err
}
