package models

import (
	"context"
	"encoding/json"
	"fmt"

	"gorm.io/gorm"
)

// sealPhone encrypts a phone number for row rowID of field; empty stays
// empty.
func (s *Store) sealPhone(field sealedField, rowID, plain string) (string, error) {
	return s.keys.seal(field, rowID, plain)
}

// openPhone decrypts a stored phone number of row rowID of field.
func (s *Store) openPhone(field sealedField, rowID, stored string) (string, error) {
	return s.keys.open(field, rowID, stored)
}

// openOrganization decrypts o's contact phone in place.
func (s *Store) openOrganization(o *Organization) (err error) {
	o.ContactPhone, err = s.openPhone(orgContactPhone, o.ID, o.ContactPhone)
	return err
}

// openOrganizations decrypts the contact phones of a page of organizations.
func (s *Store) openOrganizations(rows []OrganizationView) error {
	for i := range rows {
		if err := s.openOrganization(&rows[i].Organization); err != nil {
			return err
		}
	}
	return nil
}

// auditedOrganization is a stored organization as the audit trail keeps
// it: the contact phone decrypted and masked, or left out when it does not
// decrypt (the trail holds no ciphertext either).
func (s *Store) auditedOrganization(o Organization) Organization {
	if err := s.openOrganization(&o); err != nil {
		o.ContactPhone = ""
	}
	return o.audited()
}

// openStaff decrypts m's phone in place.
func (s *Store) openStaff(m *StaffMember) (err error) {
	m.Phone, err = s.openPhone(staffPhone, m.ID, m.Phone)
	return err
}

// sealColumn replaces a plaintext value for column in a map of changes to
// row rowID of field by its ciphertext.
func (s *Store) sealColumn(changes map[string]any, field sealedField, rowID string) error {
	v, ok := changes[field.column]
	if !ok {
		return nil
	}
	plain, ok := v.(string)
	if !ok {
		return fmt.Errorf("%s: want a string, got %T", field, v)
	}
	sealed, err := s.sealPhone(field, rowID, plain)
	if err != nil {
		return err
	}
	changes[field.column] = sealed
	return nil
}

// ReencryptOptions tune a pass over the encrypted columns.
type ReencryptOptions struct {
	// Batch is how many rows each transaction rewrites (default 500).
	Batch int
	// AfterBatch, when set, runs after each committed batch with the number
	// of rows rewritten so far; an error stops the pass there (tests use it
	// to stop a rotation half way).
	AfterBatch func(done int) error
}

// EncryptPlaintextPhones encrypts the phone numbers still stored in clear
// (written before encryption at rest, or by hand) with the primary key, a
// batch per transaction. Values already encrypted, in any key, are left
// alone, so running it again changes nothing. It answers how many values it
// encrypted.
func (s *Store) EncryptPlaintextPhones(ctx context.Context, a Actor, opt ReencryptOptions) (int, error) {
	return s.reencrypt(ctx, a, "encrypt", opt, func(f sealedField) string {
		return f.column + " NOT LIKE '" + sealedPrefix + "%'"
	})
}

// RotateDataKey rewrites every phone number not yet encrypted with the
// primary key: values in an old key (which the Store must hold), and values
// in clear. Each batch commits on its own and a value is rewritten only if
// it is still what was read, so a rotation that stopped continues where it
// stopped and a concurrent edit is never overwritten. It answers how many
// values it rewrote.
func (s *Store) RotateDataKey(ctx context.Context, a Actor, opt ReencryptOptions) (int, error) {
	if s.keys == nil {
		return 0, ErrNoDataKey
	}
	return s.reencrypt(ctx, a, "rotate_key", opt, func(f sealedField) string {
		return f.column + " NOT LIKE '" + sealedPrefix + s.keys.PrimaryID() + ":%'"
	})
}

// PhonesNotInPrimaryKey counts the stored phone numbers that are not (yet)
// encrypted with the primary key.
func (s *Store) PhonesNotInPrimaryKey(ctx context.Context) (int64, error) {
	if s.keys == nil {
		return 0, ErrNoDataKey
	}
	var total int64
	for _, f := range sealedFields {
		var n int64
		err := s.read.WithContext(ctx).Table(f.table).
			Where(f.column+" <> '' AND "+f.column+" NOT LIKE ?", sealedPrefix+s.keys.PrimaryID()+":%").Count(&n).Error
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

type sealedRow struct {
	ID    string
	Value string
}

// reencrypt rewrites, a batch per transaction, the non-empty values of
// every sealed field that match pending, each with one audit entry that
// counts the rows of the batch (never their values).
func (s *Store) reencrypt(ctx context.Context, a Actor, action string, opt ReencryptOptions, pending func(sealedField) string) (int, error) {
	if s.keys == nil {
		return 0, ErrNoDataKey
	}
	batch := opt.Batch
	if batch <= 0 {
		batch = 500
	}
	done := 0
	for _, f := range sealedFields {
		after := ""
		for {
			var n int
			var last string
			err := s.InTx(ctx, func(tx *gorm.DB) error {
				n, last = 0, ""
				var rows []sealedRow
				err := tx.Table(f.table).Select("id, "+f.column+" AS value").
					Where("id > ? AND "+f.column+" <> '' AND "+pending(f), after).
					Order("id").Limit(batch).Find(&rows).Error
				if err != nil || len(rows) == 0 {
					return err
				}
				for _, r := range rows {
					plain := r.Value
					if isSealed(r.Value) {
						if plain, err = s.openPhone(f, r.ID, r.Value); err != nil {
							return err
						}
					}
					sealed, err := s.sealPhone(f, r.ID, plain)
					if err != nil {
						return err
					}
					res := tx.Table(f.table).Where("id = ? AND "+f.column+" = ?", r.ID, r.Value).Update(f.column, sealed)
					if res.Error != nil {
						return res.Error
					}
					n += int(res.RowsAffected)
				}
				last = rows[len(rows)-1].ID
				return s.audit(tx, a, action, "personal_data", f.String(), nil, map[string]any{
					"column": f.String(), "rows": n, "key_id": s.keys.PrimaryID()})
			})
			if err != nil {
				return done, fmt.Errorf("%s of %s: %w", action, f, err)
			}
			if last == "" {
				break
			}
			after, done = last, done+n
			if opt.AfterBatch != nil {
				if err := opt.AfterBatch(done); err != nil {
					return done, err
				}
			}
		}
	}
	return done, nil
}

// UseKeys sets the keys phone numbers are encrypted with, once the
// database is open and before the Store is shared.
func (s *Store) UseKeys(k *Keyring) { s.keys = k }

// MissingDataKeys answers the ids of the keys stored phone numbers are
// encrypted with that the Store does not hold: with any, those values
// cannot be read.
func (s *Store) MissingDataKeys(ctx context.Context) ([]string, error) {
	var missing []string
	seen := map[string]bool{}
	for _, f := range sealedFields {
		var ids []string
		err := s.read.WithContext(ctx).Raw("SELECT DISTINCT substr("+f.column+", 4, 8) FROM "+f.table+" WHERE "+f.column+" LIKE ?",
			sealedPrefix+"%").Scan(&ids).Error
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			if s.keys == nil || s.keys.byID[id] == nil {
				missing = append(missing, id)
			}
		}
	}
	return missing, nil
}

// demoKeySetting names the setting that keeps the demo's data key.
const demoKeySetting = "demo_data_key"

// DemoDataKey answers the data key of a demo database, kept in its
// settings so that a demo restarts without one being configured; the first
// call makes it. Only demo mode uses it: a key stored beside the data
// protects nothing.
func (s *Store) DemoDataKey(ctx context.Context) (string, error) {
	var key string
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		if _, _, err := loadSetting(tx, demoKeySetting, &key); err != nil || key != "" {
			return err
		}
		key = GenerateDataKey()
		id, err := DataKeyID(key)
		if err != nil {
			return err
		}
		b, err := json.Marshal(key)
		if err != nil {
			return err
		}
		if err := tx.Table("settings").Create(map[string]any{"key": demoKeySetting, "value": string(b), "updated_at": s.Now(), "version": 1}).Error; err != nil {
			return err
		}
		return s.audit(tx, System("demo"), "create", "setting", demoKeySetting, nil, map[string]string{"key_id": id})
	})
	return key, err
}
