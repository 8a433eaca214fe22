package models

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// AuditArchiveFormat names the file written by ExportAudit: JSON lines, a
// header first and then one entry a line in chain order.
const (
	AuditArchiveFormat  = "hatchery-audit-archive"
	AuditArchiveVersion = 1
)

// AuditArchiveHeader is the first line of an audit archive. It says what
// the file holds, so that the chain can be checked from the file alone:
// PrevHash is the hash of the entry just before FirstSeq ("" when the
// archive starts the chain), LastHash the hash of the last entry.
type AuditArchiveHeader struct {
	Format     string    `json:"format"`
	Version    int       `json:"version"`
	From       Date      `json:"from"`
	To         Date      `json:"to"`
	TimeZone   string    `json:"time_zone"`
	FirstSeq   int64     `json:"first_seq"`
	LastSeq    int64     `json:"last_seq"`
	Count      int64     `json:"count"`
	PrevHash   string    `json:"prev_hash"`
	LastHash   string    `json:"last_hash"`
	ExportedAt time.Time `json:"exported_at"`
	Hashing    string    `json:"hashing"`
}

// auditArchiveHashing tells a reader without the code how each hash is made.
const auditArchiveHashing = "hash = hex(SHA-256(prev_hash, id, seq, at, actor_id, actor_username, action, entity, entity_id, before_json, after_json, request_id, client_ip)), " +
	"each field written as <byte length>:<bytes>, at in RFC 3339 UTC with nanoseconds trimmed, a null field as the bytes \\x00nil"

// auditArchiveEntry is one entry as archived: the fields the hash covers,
// with before and after as the exact JSON text that was hashed.
type auditArchiveEntry struct {
	Seq           int64   `json:"seq"`
	ID            string  `json:"id"`
	At            string  `json:"at"`
	ActorID       *string `json:"actor_id"`
	ActorUsername string  `json:"actor_username"`
	Action        string  `json:"action"`
	Entity        string  `json:"entity"`
	EntityID      string  `json:"entity_id"`
	BeforeJSON    *string `json:"before_json"`
	AfterJSON     *string `json:"after_json"`
	RequestID     string  `json:"request_id"`
	ClientIP      string  `json:"client_ip"`
	PrevHash      string  `json:"prev_hash"`
	Hash          string  `json:"hash"`
}

func archiveEntry(e AuditEntry) auditArchiveEntry {
	return auditArchiveEntry{
		Seq: e.Seq, ID: e.ID, At: e.At.UTC().Format(time.RFC3339Nano), ActorID: e.ActorID,
		ActorUsername: e.ActorUsername, Action: e.Action, Entity: e.Entity, EntityID: e.EntityID,
		BeforeJSON: e.BeforeJSON, AfterJSON: e.AfterJSON, RequestID: e.RequestID, ClientIP: e.ClientIP,
		PrevHash: e.PrevHash, Hash: e.Hash,
	}
}

func (a auditArchiveEntry) entry() (AuditEntry, error) {
	at, err := time.Parse(time.RFC3339Nano, a.At)
	if err != nil {
		return AuditEntry{}, fmt.Errorf("at %q is not an RFC 3339 time", a.At)
	}
	return AuditEntry{
		ID: a.ID, Seq: a.Seq, At: at, ActorID: a.ActorID, ActorUsername: a.ActorUsername,
		Action: a.Action, Entity: a.Entity, EntityID: a.EntityID, BeforeJSON: a.BeforeJSON,
		AfterJSON: a.AfterJSON, RequestID: a.RequestID, ClientIP: a.ClientIP,
		PrevHash: a.PrevHash, Hash: a.Hash,
	}, nil
}

// ExportAudit writes the audit entries of the China Standard Time days from
// to to (both included) to w as an archive. The archive is the contiguous
// stretch of the chain from the first entry of the period to its last, so
// it can be checked link by link; entries are never removed by the
// application, so an archive can be written again at any time.
func (s *Store) ExportAudit(ctx context.Context, from, to Date, w io.Writer) (AuditArchiveHeader, error) {
	h := AuditArchiveHeader{
		Format: AuditArchiveFormat, Version: AuditArchiveVersion, From: from, To: to,
		TimeZone: "Asia/Shanghai (UTC+08:00)", ExportedAt: s.Now(), Hashing: auditArchiveHashing,
	}
	db := s.read.WithContext(ctx)
	var bounds struct {
		FirstSeq *int64
		LastSeq  *int64
	}
	err := db.Raw("SELECT MIN(seq) AS first_seq, MAX(seq) AS last_seq FROM audit_entries WHERE at >= ? AND at < ?",
		chinaDayStart(from, 0), chinaDayStart(to, 1)).Scan(&bounds).Error
	if err != nil {
		return h, fmt.Errorf("audit period: %w", err)
	}
	if bounds.FirstSeq != nil {
		h.FirstSeq, h.LastSeq = *bounds.FirstSeq, *bounds.LastSeq
		var edges []AuditEntry
		if err := db.Table("audit_entries").Select("seq, hash").Where("seq IN ?", []int64{h.FirstSeq - 1, h.LastSeq}).Find(&edges).Error; err != nil {
			return h, err
		}
		for _, e := range edges {
			if e.Seq == h.FirstSeq-1 {
				h.PrevHash = e.Hash
			} else {
				h.LastHash = e.Hash
			}
		}
		if err := db.Table("audit_entries").Where("seq BETWEEN ? AND ?", h.FirstSeq, h.LastSeq).Count(&h.Count).Error; err != nil {
			return h, err
		}
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(h); err != nil {
		return h, err
	}
	const batch = 1000
	for next := h.FirstSeq; h.Count > 0 && next <= h.LastSeq; {
		var rows []AuditEntry
		if err := db.Table("audit_entries").Where("seq >= ? AND seq <= ?", next, h.LastSeq).Order("seq").Limit(batch).Find(&rows).Error; err != nil {
			return h, err
		}
		if len(rows) == 0 {
			break
		}
		for _, e := range rows {
			if err := enc.Encode(archiveEntry(e)); err != nil {
				return h, err
			}
		}
		next = rows[len(rows)-1].Seq + 1
	}
	return h, bw.Flush()
}

// AuditArchiveCheck is the answer of VerifyAuditArchive.
type AuditArchiveCheck struct {
	Header  AuditArchiveHeader
	OK      bool
	Checked int64
	// FirstBadSeq names the first entry (or the missing seq) where the chain
	// breaks, and Reason says how.
	FirstBadSeq int64
	Reason      string
}

// maxArchiveLine bounds one line of an archive (an entry's before and after
// are a record each, far below this).
const maxArchiveLine = 64 << 20

// VerifyAuditArchive reads an archive written by ExportAudit and checks it
// without a database: every entry's hash is computed again from its fields,
// every entry must link to the one before it (the first to the header's
// prev_hash), the seqs must run on without a gap, and count, last seq and
// last hash must be what the header says. It stops at the first break.
// An error means the file is not an archive at all.
func VerifyAuditArchive(r io.Reader) (AuditArchiveCheck, error) {
	var res AuditArchiveCheck
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxArchiveLine)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return res, err
		}
		return res, errors.New("the file is empty")
	}
	if err := json.Unmarshal(sc.Bytes(), &res.Header); err != nil {
		return res, fmt.Errorf("the first line is not an archive header: %w", err)
	}
	h := res.Header
	if h.Format != AuditArchiveFormat || h.Version != AuditArchiveVersion {
		return res, fmt.Errorf("format %q version %d is not %s version %d", h.Format, h.Version, AuditArchiveFormat, AuditArchiveVersion)
	}
	bad := func(seq int64, format string, args ...any) (AuditArchiveCheck, error) {
		res.FirstBadSeq, res.Reason = seq, fmt.Sprintf(format, args...)
		return res, nil
	}
	want, prevHash := h.FirstSeq, h.PrevHash
	for line := 2; sc.Scan(); line++ {
		var a auditArchiveEntry
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return bad(want, "line %d is not an entry: %v", line, err)
		}
		e, err := a.entry()
		if err != nil {
			return bad(a.Seq, "line %d: %v", line, err)
		}
		res.Checked++
		switch {
		case res.Checked > h.Count:
			return bad(e.Seq, "the header counts %d entries and there are more", h.Count)
		case e.Seq != want:
			return bad(e.Seq, "seq %d found where %d was expected (an entry is missing or out of order)", e.Seq, want)
		case e.PrevHash != prevHash:
			return bad(e.Seq, "does not link to the previous entry")
		case e.computeHash() != e.Hash:
			return bad(e.Seq, "contents do not match its hash")
		}
		want, prevHash = e.Seq+1, e.Hash
	}
	if err := sc.Err(); err != nil {
		return res, err
	}
	if h.Count == 0 {
		res.OK = res.Checked == 0
		return res, nil
	}
	if res.Checked != h.Count || want-1 != h.LastSeq || prevHash != h.LastHash {
		return bad(want, "the archive ends at seq %d, the header says %d entries up to seq %d", want-1, h.Count, h.LastSeq)
	}
	res.OK = true
	return res, nil
}
