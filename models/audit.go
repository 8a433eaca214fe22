package models

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"gorm.io/gorm"
)

// AuditEntry is one link of the hash-chained audit trail (SPEC 4.3). Each
// entry's hash covers its own fields and the previous entry's hash, so an
// edited, inserted or removed row breaks the chain.
type AuditEntry struct {
	ID            string          `json:"id"`
	Seq           int64           `json:"seq"`
	At            time.Time       `json:"at"`
	ActorID       *string         `json:"actor_id"`
	ActorUsername string          `json:"actor_username"`
	Action        string          `json:"action"`
	Entity        string          `json:"entity"`
	EntityID      string          `json:"entity_id"`
	BeforeJSON    *string         `json:"-" gorm:"column:before_json"`
	AfterJSON     *string         `json:"-" gorm:"column:after_json"`
	Before        json.RawMessage `json:"before" gorm:"-"`
	After         json.RawMessage `json:"after" gorm:"-"`
	RequestID     string          `json:"request_id"`
	ClientIP      string          `json:"client_ip"`
	PrevHash      string          `json:"prev_hash"`
	Hash          string          `json:"hash"`
	// EntityName names the record (an organization's name, a project's code
	// and title) as it is now; null when it is gone or has no name.
	EntityName *string `json:"entity_name" gorm:"-"`
	// Changes are the fields the entry changed, set or recorded.
	Changes []AuditChange `json:"changes" gorm:"-"`
}

// computeHash is SHA-256 over the previous hash and every field, each
// length-prefixed so that no two different entries serialize alike.
func (e *AuditEntry) computeHash() string {
	h := sha256.New()
	field := func(s string) {
		h.Write([]byte(strconv.Itoa(len(s))))
		h.Write([]byte{':'})
		h.Write([]byte(s))
	}
	opt := func(p *string) {
		if p == nil {
			field("\x00nil")
			return
		}
		field(*p)
	}
	field(e.PrevHash)
	field(e.ID)
	field(strconv.FormatInt(e.Seq, 10))
	field(e.At.UTC().Format(time.RFC3339Nano))
	opt(e.ActorID)
	field(e.ActorUsername)
	field(e.Action)
	field(e.Entity)
	field(e.EntityID)
	opt(e.BeforeJSON)
	opt(e.AfterJSON)
	field(e.RequestID)
	field(e.ClientIP)
	return hex.EncodeToString(h.Sum(nil))
}

type auditHead struct {
	Seq  int64
	Hash string
}

// audit appends the entry of a change inside tx. before and after are
// marshalled to JSON; nil means absent. The UPDATE of audit_head takes the
// row lock that keeps concurrent writers in one chain on PostgreSQL (SQLite
// has one writer). Right after it, the acting user's rights are read again
// inside tx: a user disabled or given another role or binding after the
// request was authenticated is refused, and since that change's own entry
// took the same lock, no change by the user can follow it in the chain.
func (s *Store) audit(tx *gorm.DB, a Actor, action, entity, entityID string, before, after any) error {
	if err := checkAuditVocabulary(action, entity); err != nil {
		return err
	}
	head, err := nextAuditHead(tx)
	if err != nil {
		return err
	}
	if err := checkActor(tx, a); err != nil {
		return err
	}
	return s.appendAudit(tx, head, a, action, entity, entityID, before, after)
}

// auditEvent appends the entry of an event that changes no row (a failed
// sign-in, a denial, a sign-out) without checking the actor's rights: such
// events are recorded for disabled users too.
func (s *Store) auditEvent(tx *gorm.DB, a Actor, action, entity, entityID string, before, after any) error {
	if err := checkAuditVocabulary(action, entity); err != nil {
		return err
	}
	head, err := nextAuditHead(tx)
	if err != nil {
		return err
	}
	return s.appendAudit(tx, head, a, action, entity, entityID, before, after)
}

func nextAuditHead(tx *gorm.DB) (auditHead, error) {
	var head auditHead
	if err := tx.Raw("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash").Scan(&head).Error; err != nil {
		return head, fmt.Errorf("audit head: %w", err)
	}
	return head, nil
}

// checkActor refuses a when it names a user who is no longer enabled or no
// longer holds the role and binding a acts under. Actors without a user
// (the command line, the seed) are not checked.
func checkActor(tx *gorm.DB, a Actor) error {
	if a.UserID == "" {
		return nil
	}
	var u struct {
		Role           Role
		OrganizationID *string
		FunderID       *string
		Disabled       bool
	}
	err := tx.Table("users").Select("role, organization_id, funder_id, disabled").Where("id = ?", a.UserID).Take(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return ErrRightsChanged
	} else if err != nil {
		return err
	}
	if u.Disabled || u.Role != a.Role || deref(u.OrganizationID) != a.OrganizationID || deref(u.FunderID) != a.FunderID {
		return ErrRightsChanged
	}
	return nil
}

func (s *Store) appendAudit(tx *gorm.DB, head auditHead, a Actor, action, entity, entityID string, before, after any) error {
	e := AuditEntry{
		ID: NewID(), Seq: head.Seq, At: s.Now(), ActorUsername: a.Username,
		Action: action, Entity: entity, EntityID: entityID,
		RequestID: a.RequestID, ClientIP: a.ClientIP, PrevHash: head.Hash,
	}
	if a.UserID != "" {
		id := a.UserID
		e.ActorID = &id
	}
	var err error
	if e.BeforeJSON, err = jsonText(before); err != nil {
		return err
	}
	if e.AfterJSON, err = jsonText(after); err != nil {
		return err
	}
	e.Hash = e.computeHash()
	if err := tx.Table("audit_entries").Create(&e).Error; err != nil {
		return fmt.Errorf("audit insert: %w", err)
	}
	return tx.Exec("UPDATE audit_head SET hash = ? WHERE id = 1", e.Hash).Error
}

func jsonText(v any) (*string, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("audit marshal: %w", err)
	}
	s := string(b)
	return &s, nil
}

// Audit records an event that changes no row (a sign-in, a failed sign-in,
// a denied request) in a transaction of its own.
func (s *Store) Audit(ctx context.Context, a Actor, action, entity, entityID string, detail any) error {
	return s.InTx(ctx, func(tx *gorm.DB) error {
		return s.auditEvent(tx, a, action, entity, entityID, nil, detail)
	})
}

// AuditFilter narrows the audit list.
type AuditFilter struct {
	Entity   string
	EntityID string
	ActorID  string
	Action   string
	// From and To bound the day of the entry, both included, in China
	// Standard Time.
	From, To Date
	Page
}

// ListAudit answers entries newest first.
func (s *Store) ListAudit(ctx context.Context, f AuditFilter) (List[AuditEntry], error) {
	q := s.read.WithContext(ctx).Table("audit_entries")
	if f.Entity != "" {
		q = q.Where("entity = ?", f.Entity)
	}
	if f.EntityID != "" {
		q = q.Where("entity_id = ?", f.EntityID)
	}
	if f.ActorID != "" {
		q = q.Where("actor_id = ?", f.ActorID)
	}
	if f.Action != "" {
		q = q.Where("action = ?", f.Action)
	}
	if f.From != "" {
		q = q.Where("at >= ?", chinaDayStart(f.From, 0))
	}
	if f.To != "" {
		q = q.Where("at < ?", chinaDayStart(f.To, 1))
	}
	db := s.read.WithContext(ctx)
	decode := func(rows []AuditEntry) error {
		for i := range rows {
			rows[i].At = rows[i].At.UTC()
			rows[i].Before = rawOrNull(rows[i].BeforeJSON)
			rows[i].After = rawOrNull(rows[i].AfterJSON)
			rows[i].Changes = auditChanges(rows[i].Entity, rows[i].Before, rows[i].After)
		}
		return nameAuditEntities(db, rows)
	}
	out, err := listPage(q, finishRows(f.Page, decode), "seq", func(e AuditEntry) string { return strconv.FormatInt(e.Seq, 10) })
	if err != nil {
		return out, err
	}
	return out, decode(out.Items)
}

func rawOrNull(p *string) json.RawMessage {
	if p == nil {
		return json.RawMessage("null")
	}
	return json.RawMessage(*p)
}

// AuditVerification is the answer of VerifyAudit.
type AuditVerification struct {
	OK          bool    `json:"ok"`
	Checked     int64   `json:"checked"`
	FirstBad    *string `json:"first_bad"`
	FirstBadSeq *int64  `json:"first_bad_seq,omitempty"`
	Reason      string  `json:"reason,omitempty"`
}

// VerifyAudit walks the chain in order, in batches, and names the first
// entry whose hash, link or sequence is wrong. It checks the chain up to the
// head it reads first, so entries written meanwhile do not count as damage;
// removing the newest entries is caught by comparing with that head.
func (s *Store) VerifyAudit(ctx context.Context) (AuditVerification, error) {
	const batch = 1000
	var res AuditVerification
	var head auditHead
	if err := s.read.WithContext(ctx).Raw("SELECT seq, hash FROM audit_head WHERE id = 1").Scan(&head).Error; err != nil {
		return res, err
	}
	prevHash, prevSeq := "", int64(0)
	bad := func(e AuditEntry, why string) (AuditVerification, error) {
		id, seq := e.ID, e.Seq
		res.FirstBad, res.FirstBadSeq, res.Reason = &id, &seq, why
		return res, nil
	}
	for {
		var rows []AuditEntry
		err := s.read.WithContext(ctx).Table("audit_entries").Where("seq > ? AND seq <= ?", prevSeq, head.Seq).
			Order("seq").Limit(batch).Find(&rows).Error
		if err != nil {
			return res, err
		}
		for _, e := range rows {
			res.Checked++
			switch {
			case e.Seq != prevSeq+1:
				return bad(e, fmt.Sprintf("entries %d to %d are missing", prevSeq+1, e.Seq-1))
			case e.PrevHash != prevHash:
				return bad(e, "does not link to the previous entry")
			case e.computeHash() != e.Hash:
				return bad(e, "contents do not match its hash")
			}
			prevHash, prevSeq = e.Hash, e.Seq
		}
		if len(rows) < batch {
			break
		}
	}
	if head.Seq != prevSeq || head.Hash != prevHash {
		seq := prevSeq + 1
		res.FirstBadSeq, res.Reason = &seq, fmt.Sprintf("entries after %d are missing (the chain head is at %d)", prevSeq, head.Seq)
		return res, nil
	}
	res.OK = true
	return res, nil
}
