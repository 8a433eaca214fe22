package models

import (
	"encoding/json"
	"errors"

	"gorm.io/gorm"
)

// Idempotency names a money POST that may be sent again (SPEC 4.2): the
// caller's Idempotency-Key and a hash of the method, path and body. The
// same key with the same request replays the first answer; with another
// request it is refused.
type Idempotency struct {
	Key         string
	RequestHash string
}

// errKeyRace says another transaction stored the same key first; running
// again finds its answer.
var errKeyRace = errors.New("idempotency key stored concurrently")

// once runs do unless idem's key already holds an answer, which it answers
// instead (replayed true). The answer is stored in tx, with the change it
// describes.
func once[T any](s *Store, tx *gorm.DB, a Actor, idem *Idempotency, do func() (T, error)) (out T, replayed bool, err error) {
	if idem == nil {
		out, err = do()
		return out, false, err
	}
	var rows []struct {
		RequestHash string
		Response    string
	}
	if err := tx.Table("idempotency_keys").Select("request_hash, response").
		Where("user_id = ? AND key = ?", a.UserID, idem.Key).Find(&rows).Error; err != nil {
		return out, false, err
	}
	if len(rows) > 0 {
		if rows[0].RequestHash != idem.RequestHash {
			return out, false, Broken(RuleIdempotencyKeyReused, "Idempotency-Key",
				"this Idempotency-Key was used for another request; send a new key for a new request")
		}
		return out, true, json.Unmarshal([]byte(rows[0].Response), &out)
	}
	if out, err = do(); err != nil {
		return out, false, err
	}
	body, err := json.Marshal(out)
	if err != nil {
		return out, false, err
	}
	err = tx.Exec("INSERT INTO idempotency_keys (user_id, key, request_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?)",
		a.UserID, idem.Key, idem.RequestHash, 201, string(body), s.Now()).Error
	if err != nil && s.isUnique(err) {
		return out, false, errKeyRace
	}
	return out, false, err
}

// againOnKeyRace runs write again when it lost a race for its key: the
// second run replays the winner's answer.
func againOnKeyRace(write func() error) error {
	err := write()
	if errors.Is(err, errKeyRace) {
		err = write()
	}
	return err
}
