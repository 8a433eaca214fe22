package models

import (
	"context"
	"errors"
	"strings"

	"gorm.io/gorm"
)

// User is a person who signs in. Incubator and org_staff users are bound to
// an organization, funder users to a funder (SPEC 1).
type User struct {
	ID             string  `json:"id"`
	Username       string  `json:"username"`
	DisplayName    string  `json:"display_name"`
	Role           Role    `json:"role"`
	OrganizationID *string `json:"organization_id"`
	FunderID       *string `json:"funder_id"`
	PasswordHash   string  `json:"-"`
	// PasswordChangedAt is when the password was last set, by its user or
	// an admin; the password policy's maximum age counts from it.
	PasswordChangedAt Time `json:"password_changed_at"`
	Disabled          bool `json:"disabled"`
	// TOTPEnabled: the user signs in with a code from an authenticator too.
	TOTPEnabled bool `json:"totp_enabled" gorm:"column:totp_enabled"`
	Stamps
}

// NewUser is what creating a user takes.
type NewUser struct {
	Username       string
	DisplayName    string
	Role           Role
	OrganizationID string
	FunderID       string
	Password       string
	// AllowKnownPassword skips the common-password check; only the demo
	// data set uses it, for its published demo password.
	AllowKnownPassword bool
}

// UserPatch holds the writable columns of a user; nil means unchanged.
type UserPatch struct {
	DisplayName    *string
	Role           *Role
	OrganizationID *string
	FunderID       *string
	Disabled       *bool
	Password       *string
}

// UserFilter narrows the user list.
type UserFilter struct {
	Q    string
	Role string
	Page
}

// checkScope makes sure the role's binding names a row that exists and fits
// the role: incubators belong to an incubator organization.
func checkScope(tx *gorm.DB, role Role, orgID, funderID *string) error {
	needOrg := role == RoleIncubator || role == RoleOrgStaff
	needFunder := role == RoleFunder
	switch {
	case needOrg && orgID == nil:
		return Invalid("organization_id", "required", "users with the %s role must be bound to an organization", role)
	case !needOrg && orgID != nil:
		return Invalid("organization_id", "excluded", "only incubator and org_staff users are bound to an organization")
	case needFunder && funderID == nil:
		return Invalid("funder_id", "required", "a funder user must be bound to a funder")
	case !needFunder && funderID != nil:
		return Invalid("funder_id", "excluded", "only funder users are bound to a funder")
	}
	if orgID != nil {
		var org struct{ IsIncubator bool }
		err := tx.Table("organizations").Select("is_incubator").Where("id = ?", *orgID).Take(&org).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return Invalid("organization_id", "exists", "no organization has this id")
		} else if err != nil {
			return err
		}
		if role == RoleIncubator && !org.IsIncubator {
			return Invalid("organization_id", "incubator", "an incubator user must be bound to an organization that is an incubator")
		}
	}
	if funderID != nil {
		var n int64
		if err := tx.Table("funders").Where("id = ?", *funderID).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return Invalid("funder_id", "exists", "no funder has this id")
		}
	}
	return nil
}

// CreateUser stores a user with a hashed password.
func (s *Store) CreateUser(ctx context.Context, a Actor, in NewUser) (User, error) {
	if !in.AllowKnownPassword {
		if verr := CheckPassword(in.Password, in.Username); verr != nil {
			return User{}, verr
		}
	}
	hash, err := HashPassword(in.Password)
	if err != nil {
		return User{}, err
	}
	now := NewTime(s.Now())
	// Usernames are kept in lower case, so that "Admin" cannot stand beside
	// "admin" in the audit trail; signing in ignores case.
	u := User{
		ID: NewID(), Username: strings.ToLower(in.Username), DisplayName: in.DisplayName, Role: in.Role,
		OrganizationID: nullIfEmpty(in.OrganizationID), FunderID: nullIfEmpty(in.FunderID),
		PasswordHash: hash, PasswordChangedAt: now, Stamps: Stamps{CreatedAt: now, UpdatedAt: now, Version: 1},
	}
	err = s.InTx(ctx, func(tx *gorm.DB) error {
		if err := checkScope(tx, u.Role, u.OrganizationID, u.FunderID); err != nil {
			return err
		}
		if err := tx.Table("users").Create(&u).Error; err != nil {
			if s.isUnique(err) {
				return &ConflictError{Field: "username", Message: "this username is taken"}
			}
			return err
		}
		return s.audit(tx, a, "create", "user", u.ID, nil, u)
	})
	return u, err
}

// GetUser answers one user.
func (s *Store) GetUser(ctx context.Context, id string) (User, error) {
	var u User
	return u, findForUpdate(s.read.WithContext(ctx), "users", id, &u)
}

// UserView is a user with the names of the organization and funder it is
// bound to, as the user list shows them.
type UserView struct {
	User
	OrganizationName *string `json:"organization_name" gorm:"->"`
	FunderName       *string `json:"funder_name" gorm:"->"`
}

// ListUsers answers users newest first.
func (s *Store) ListUsers(ctx context.Context, f UserFilter) (List[UserView], error) {
	q := s.read.WithContext(ctx).Table("users")
	if f.Q != "" {
		p := likePattern(f.Q)
		q = q.Where("("+s.dialect.containsText("users.username")+" OR "+s.dialect.containsText("users.display_name")+")", p, p)
	}
	if f.Role != "" {
		q = q.Where("users.role = ?", f.Role)
	}
	rows := q.Session(&gorm.Session{}).
		Select("users.*, organizations.name AS organization_name, funders.name AS funder_name").
		Joins("LEFT JOIN organizations ON organizations.id = users.organization_id").
		Joins("LEFT JOIN funders ON funders.id = users.funder_id")
	return listPageSorted(rows, q, f.Page, "users.id", false, func(u UserView) string { return u.ID }, userSorts)
}

// userSorts are the columns the user list may be sorted by.
var userSorts = sortColumns[UserView]{
	"username":     {"users.username", sortText, func(u UserView) any { return u.Username }},
	"display_name": {"users.display_name", sortText, func(u UserView) any { return u.DisplayName }},
}

// UpdateUser applies p if the user is still at version. Disabling a user or
// changing their password or role ends their sessions and API tokens.
func (s *Store) UpdateUser(ctx context.Context, a Actor, id string, version int64, p UserPatch) (User, error) {
	var hash string
	if p.Password != nil {
		// Check the length and the common list before paying for a hash; the
		// username check needs the row and follows in the transaction.
		if verr := CheckPassword(*p.Password, ""); verr != nil {
			return User{}, verr
		}
		// A reset by an admin counts like a change by the user: it may not
		// repeat a recent password, and the one it replaces joins the
		// history.
		before, err := s.GetUser(ctx, id)
		if err != nil {
			return User{}, err
		}
		if err := checkNotReused(s.read.WithContext(ctx), before, "password", *p.Password); err != nil {
			return User{}, err
		}
		if hash, err = HashPassword(*p.Password); err != nil {
			return User{}, err
		}
	}
	return updateAudited(ctx, s, a, id, version, audited[User]{Table: "users", Entity: "user",
		Change: func(tx *gorm.DB, before User) (map[string]any, error) {
			m, err := userChanges(tx, a, before, p, hash)
			if err != nil {
				return nil, err
			}
			if hash != "" {
				m["password_changed_at"] = NewTime(s.Now())
				if err := s.retirePassword(tx, before.ID, before.PasswordHash); err != nil {
					return nil, err
				}
			}
			return m, s.keepAnAdmin(tx, a, before, p)
		},
		Then: func(tx *gorm.DB, _ User) error {
			if (p.Disabled != nil && *p.Disabled) || hash != "" || p.Role != nil || p.OrganizationID != nil || p.FunderID != nil {
				return s.endCredentials(tx, id)
			}
			return nil
		}})
}

// keepAnAdmin refuses to disable or demote the last enabled admin. It locks
// the enabled admins' rows first, so that two admins disabling or demoting
// each other at once take turns and the second sees the first's change;
// then it checks that the actor is still what they act as, so that an admin
// demoted by the first change cannot make the second.
func (s *Store) keepAnAdmin(tx *gorm.DB, a Actor, before User, p UserPatch) error {
	disabling := p.Disabled != nil && *p.Disabled
	demoting := p.Role != nil && *p.Role != RoleAdmin
	if before.Role != RoleAdmin || before.Disabled || (!disabling && !demoting) {
		return nil
	}
	admins, err := s.dialect.lockRowsWhere(tx, "users", "role = ? AND disabled = ?", string(RoleAdmin), false)
	if err != nil {
		return err
	}
	if err := checkActor(tx, a); err != nil {
		return err
	}
	for _, id := range admins {
		if id != before.ID {
			return nil
		}
	}
	field := "role"
	if disabling {
		field = "disabled"
	}
	return Broken(RuleLastAdmin, field, "%s is the last enabled admin; make another user an admin first", before.Username)
}

// userChanges checks p against the user as they are and answers the
// columns to write; hash is the new password's, if any.
func userChanges(tx *gorm.DB, a Actor, before User, p UserPatch, hash string) (map[string]any, error) {
	if p.Password != nil {
		if verr := CheckPassword(*p.Password, before.Username); verr != nil {
			return nil, verr
		}
	}
	if before.ID == a.UserID && ((p.Disabled != nil && *p.Disabled) || (p.Role != nil && *p.Role != before.Role)) {
		return nil, Broken(RuleSelfLockout, "", "you cannot disable yourself or change your own role")
	}
	role, org, funder := before.Role, before.OrganizationID, before.FunderID
	m := map[string]any{}
	set(m, "display_name", p.DisplayName)
	set(m, "disabled", p.Disabled)
	if p.Role != nil {
		role, m["role"] = *p.Role, string(*p.Role)
	}
	if p.OrganizationID != nil {
		org, m["organization_id"] = nullIfEmpty(*p.OrganizationID), nullIfEmpty(*p.OrganizationID)
	}
	if p.FunderID != nil {
		funder, m["funder_id"] = nullIfEmpty(*p.FunderID), nullIfEmpty(*p.FunderID)
	}
	if p.Role != nil || p.OrganizationID != nil || p.FunderID != nil {
		if err := checkScope(tx, role, org, funder); err != nil {
			return nil, err
		}
	}
	if hash != "" {
		m["password_hash"] = hash
	}
	return m, nil
}

// endCredentials signs the user out everywhere and revokes their tokens.
func (s *Store) endCredentials(tx *gorm.DB, userID string) error {
	if err := tx.Exec("DELETE FROM sessions WHERE user_id = ?", userID).Error; err != nil {
		return err
	}
	return tx.Exec("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", s.Now(), userID).Error
}
