package models

import (
	"context"

	"gorm.io/gorm"
)

// CommunityType is the kind of neighbourhood, as the paper classifies them.
type CommunityType string

// Community (社区) is a residents' community within a street of a district.
type Community struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Street     string `json:"street"`
	District   string `json:"district"`
	Type       string `json:"type"`
	Households int64  `json:"households"`
	Population int64  `json:"population"`
	Stamps
}

// CommunityPatch holds the writable columns of a community; nil means
// unchanged.
type CommunityPatch struct {
	Name       *string
	Street     *string
	District   *string
	Type       *string
	Households *int64
	Population *int64
}

func (p CommunityPatch) changes() map[string]any {
	m := map[string]any{}
	set(m, "name", p.Name)
	set(m, "street", p.Street)
	set(m, "district", p.District)
	set(m, "type", p.Type)
	set(m, "households", p.Households)
	set(m, "population", p.Population)
	return m
}

func set[T any](m map[string]any, col string, v *T) {
	if v != nil {
		m[col] = *v
	}
}

// CommunityFilter narrows the community list.
type CommunityFilter struct {
	Q        string
	District string
	Street   string
	Type     string
	Page
}

// ListCommunities answers communities newest first.
func (s *Store) ListCommunities(ctx context.Context, f CommunityFilter) (List[Community], error) {
	q := s.read.WithContext(ctx).Table("communities")
	if f.Q != "" {
		q = q.Where(s.dialect.containsText("name"), likePattern(f.Q))
	}
	if f.District != "" {
		q = q.Where("district = ?", f.District)
	}
	if f.Street != "" {
		q = q.Where("street = ?", f.Street)
	}
	if f.Type != "" {
		q = q.Where("type = ?", f.Type)
	}
	return listPageSorted(q, q, f.Page, "id", false, func(c Community) string { return c.ID }, communitySorts)
}

// communitySorts are the columns the community list may be sorted by.
var communitySorts = sortColumns[Community]{
	"name":     {"name", sortText, func(c Community) any { return c.Name }},
	"street":   {"street", sortText, func(c Community) any { return c.Street }},
	"district": {"district", sortText, func(c Community) any { return c.District }},
}

// GetCommunity answers one community.
func (s *Store) GetCommunity(ctx context.Context, id string) (Community, error) {
	var c Community
	return c, findForUpdate(s.read.WithContext(ctx), "communities", id, &c)
}

// CreateCommunity stores c with a new id and audits it.
func (s *Store) CreateCommunity(ctx context.Context, a Actor, c Community) (Community, error) {
	now := NewTime(s.Now())
	c.ID, c.Stamps = NewID(), Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		if err := tx.Table("communities").Create(&c).Error; err != nil {
			if s.isUnique(err) {
				return &ConflictError{Field: "name", Message: "a community of this name already exists in this street"}
			}
			return err
		}
		return s.audit(tx, a, "create", "community", c.ID, nil, c)
	})
	return c, err
}

// UpdateCommunity applies p if the community is still at version.
func (s *Store) UpdateCommunity(ctx context.Context, a Actor, id string, version int64, p CommunityPatch) (Community, error) {
	return updateAudited(ctx, s, a, id, version, audited[Community]{Table: "communities", Entity: "community",
		Change: func(tx *gorm.DB, before Community) (map[string]any, error) {
			return p.changes(), communityUnique(tx, id, before, p)
		}})
}

// communityUnique refuses a change that would give two communities of one
// street the same name.
func communityUnique(tx *gorm.DB, id string, before Community, p CommunityPatch) error {
	next := before
	for dst, src := range map[*string]*string{&next.Name: p.Name, &next.Street: p.Street, &next.District: p.District} {
		if src != nil {
			*dst = *src
		}
	}
	var n int64
	if err := tx.Table("communities").Where("district = ? AND street = ? AND name = ? AND id <> ?", next.District, next.Street, next.Name, id).Count(&n).Error; err != nil {
		return err
	}
	if n > 0 {
		return &ConflictError{Field: "name", Message: "a community of this name already exists in this street"}
	}
	return nil
}
