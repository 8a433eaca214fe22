package models_test

import (
	"context"
	"errors"
	"regexp"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// anBeforeVowel finds "a" before a word that starts with a vowel sound we
// write out ("a incubator"); "a unified" is right.
var anBeforeVowel = regexp.MustCompile(`\b[Aa] [aeioAEIO]`)

// TestMessagesNameEnumsInGoodEnglish builds the messages that name a role
// or a registration type for every value, and checks their grammar.
func TestMessagesNameEnumsInGoodEnglish(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t, models.SQLite, models.Options{})
	ctx := context.Background()
	admin := models.Actor{Role: models.RoleAdmin, Username: "admin"}
	messages := map[string]string{}
	for _, role := range []models.Role{models.RoleIncubator, models.RoleOrgStaff} {
		_, err := s.CreateUser(ctx, admin, models.NewUser{Username: "u_" + string(role), DisplayName: "某人", Role: role, Password: "a long enough pass phrase"})
		var ve *models.ValidationError
		if !errors.As(err, &ve) || ve.Fields[0].Field != "organization_id" {
			t.Fatalf("%s user without an organization: %v", role, err)
		}
		messages[string(role)] = ve.Fields[0].Message
	}
	for _, rt := range models.RegistrationTypes {
		_, err := s.CreateOrganization(ctx, admin, models.Organization{Name: "无代码" + rt, RegistrationType: rt, Category: "other"})
		var ve *models.ValidationError
		switch {
		case errors.As(err, &ve) && ve.Fields[0].Field == "credit_code":
			messages[rt] = ve.Fields[0].Message
		case err != nil:
			t.Fatalf("%s without a credit code: %v", rt, err)
		}
	}
	if len(messages) < 5 {
		t.Fatalf("only %d messages built: %v", len(messages), messages)
	}
	for value, msg := range messages {
		if anBeforeVowel.MatchString(msg) {
			t.Errorf("%s: %q", value, msg)
		}
	}
}
