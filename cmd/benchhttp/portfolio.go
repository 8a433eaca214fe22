package main

import "net/url"

// largestPortfolio answers the funder with the most projects, and how
// many: the spend audit of its portfolio is the heaviest (and the one the
// hand-written SQL in bench/sql/spend_audit.sql computes).
func largestPortfolio(a *api) (id string, projects int64, err error) {
	cursor := ""
	for {
		var page struct {
			Items []struct {
				ID string `json:"id"`
			} `json:"items"`
			NextCursor *string `json:"next_cursor"`
		}
		path := "/api/v1/funders?limit=200"
		if cursor != "" {
			path += "&cursor=" + url.QueryEscape(cursor)
		}
		if _, err := a.get(path, &page); err != nil {
			return "", 0, err
		}
		for _, f := range page.Items {
			var l struct {
				Total int64 `json:"total"`
			}
			if _, err := a.get("/api/v1/projects?limit=1&funder_id="+url.QueryEscape(f.ID), &l); err != nil {
				return "", 0, err
			}
			// Ties go to the smaller id, as the hand SQL breaks them.
			if l.Total > projects || l.Total == projects && id != "" && f.ID < id {
				id, projects = f.ID, l.Total
			}
		}
		if page.NextCursor == nil {
			return id, projects, nil
		}
		cursor = *page.NextCursor
	}
}
