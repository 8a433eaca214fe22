package models

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"gorm.io/gorm"
)

// ImportSurveys reads a spreadsheet of survey results (one row per need)
// and, unless dryRun, stores every survey it holds in one transaction with
// one audit entry, or nothing when any row has an error. Whoever may record
// a survey (canRecordSurvey) may import: admins and reviewers surveys run by
// no organization named, staff their own organization's, incubators their
// own. A dry run answers the same preview and stores nothing. The surveys
// meet what insertSurvey checks of one, row by row; they are stored in
// batches rather than through it, which audits and reads back each survey.
func (s *Store) ImportSurveys(ctx context.Context, a Actor, f ImportFile, dryRun bool) (SurveyImport, error) {
	var org *string
	if a.Role == RoleOrgStaff || a.Role == RoleIncubator {
		id := a.OrganizationID
		org = &id
	}
	if err := canRecordSurvey(s.read.WithContext(ctx), a, org); err != nil {
		return SurveyImport{}, err
	}
	// The file is read before the transaction, which then holds the
	// writer only to check communities and store.
	sh, err := readSheet(f.Data)
	if err != nil {
		return SurveyImport{FileName: f.Name}, err
	}
	if dryRun {
		out, err := s.readImport(s.read.WithContext(ctx), f, sh, org)
		out.DryRun = true
		return out, err
	}
	var out SurveyImport
	err = s.InTx(ctx, func(tx *gorm.DB) error {
		var err error
		if out, err = s.readImport(tx, f, sh, org); err != nil {
			return err
		}
		if len(out.Errors) > 0 {
			return Broken(RuleImportRowsInvalid, "file", "%s; nothing was stored", rowErrorSummary(out.Errors)).
				With("row_errors", out.Errors).With("counts", out.Counts)
		}
		if err := canRecordSurvey(tx, a, org); err != nil {
			return err
		}
		return s.insertImport(tx, a, &out)
	})
	return out, err
}

// insertImport stores the surveys of an import and its audit entry.
func (s *Store) insertImport(tx *gorm.DB, a Actor, imp *SurveyImport) error {
	now := NewTime(s.Now())
	surveys := make([]DemandSurvey, len(imp.stored))
	var needs []Need
	for i, in := range imp.stored {
		v := DemandSurvey{ID: NewID(), CommunityID: in.CommunityID, Title: in.Title, Method: in.Method,
			ConductedByOrgID: in.ConductedByOrgID, ConductedOn: in.ConductedOn, Respondents: in.Respondents,
			Stamps: Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}}
		surveys[i] = v
		for j, n := range in.Needs {
			needs = append(needs, newNeedRow(v, int64(j+1), n, now))
		}
		id := v.ID
		imp.Surveys[i].ID = &id
		imp.SurveyIDs = append(imp.SurveyIDs, id)
	}
	if err := tx.Table("demand_surveys").CreateInBatches(&surveys, 500).Error; err != nil {
		return err
	}
	if err := tx.Table("needs").CreateInBatches(&needs, 500).Error; err != nil {
		return err
	}
	return s.audit(tx, a, "import", "demand_surveys", "", nil, map[string]any{
		"file_name": imp.FileName, "format": imp.Format, "encoding": imp.Encoding,
		"rows": imp.Counts.Rows, "surveys": imp.Counts.Surveys, "needs": imp.Counts.Needs, "survey_ids": imp.SurveyIDs,
	})
}

// rowErrorSummary says how many errors in how many rows.
func rowErrorSummary(errs []ImportRowError) string {
	rows := map[int]bool{}
	for _, e := range errs {
		rows[e.Row] = true
	}
	return fmt.Sprintf("%d errors in %d rows, the first on row %d: %s %s", len(errs), len(rows), errs[0].Row, errs[0].Column, errs[0].Message)
}

// importCommunities are the communities a file names, by id and by name.
type importCommunities struct {
	byID   map[string]Community
	byName map[string][]Community
}

// lookUpCommunities loads the communities the file's community cells name,
// by id or by name, in a few queries.
func lookUpCommunities(db *gorm.DB, rows []sheetRow, col int) (importCommunities, error) {
	out := importCommunities{byID: map[string]Community{}, byName: map[string][]Community{}}
	seen := map[string]bool{}
	var cells []string
	for _, r := range rows {
		if col < len(r.cells) && r.cells[col] != "" && !seen[r.cells[col]] {
			seen[r.cells[col]] = true
			cells = append(cells, r.cells[col])
		}
	}
	const chunk = 400
	for i := 0; i < len(cells); i += chunk {
		part := cells[i:min(i+chunk, len(cells))]
		var found []Community
		if err := db.Table("communities").Select("id, name, street, district").Where("id IN ? OR name IN ?", part, part).Find(&found).Error; err != nil {
			return out, err
		}
		for _, c := range found {
			if _, dup := out.byID[c.ID]; dup {
				continue
			}
			out.byID[c.ID] = c
			out.byName[c.Name] = append(out.byName[c.Name], c)
		}
	}
	return out, nil
}

// resolve answers the community a row names: by id, else by a name only
// one community has.
func (cs importCommunities) resolve(r importRow) (Community, bool) {
	v, ok := r.text("community", 200)
	if !ok {
		return Community{}, false
	}
	if c, ok := cs.byID[v]; ok {
		return c, true
	}
	switch named := cs.byName[v]; len(named) {
	case 1:
		return named[0], true
	case 0:
		r.fail("community", "unknown_community", "no community is called %q or has this id", v)
	default:
		var where []string
		for _, c := range named {
			where = append(where, fmt.Sprintf("%s %s (%s)", c.District, c.Street, c.ID))
		}
		sort.Strings(where)
		r.fail("community", "ambiguous_community", "%d communities have this name: %s; give the id instead", len(named), strings.Join(where, "; "))
	}
	return Community{}, false
}
