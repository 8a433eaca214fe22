package handlers

import (
	"reflect"
	"testing"
)

type nestedLine struct {
	Category string  `json:"category"`
	Note     *string `json:"note"`
}

type nestedRequest struct {
	Name     string            `json:"name"`
	Password string            `json:"password"`
	Lines    []nestedLine      `json:"lines"`
	Tags     map[string]string `json:"tags"`
	Inner    *struct {
		Title string `json:"title"`
	} `json:"inner"`
	embeddedPart
}

type embeddedPart struct {
	Reason string `json:"reason"`
}

func TestNormalizeStringsReachesEveryString(t *testing.T) {
	t.Parallel()
	note := "\u200b备注 "
	req := nestedRequest{
		Name: " 名称\ufeff", Password: " secret ", Lines: []nestedLine{{Category: "Cafe\u0301\u2060", Note: &note}},
		Tags: map[string]string{"k": "\u3000值\u200b"}, Inner: &struct {
			Title string `json:"title"`
		}{Title: "\u200b"},
		embeddedPart: embeddedPart{Reason: "\t理由\u00a0"},
	}
	normalizeStrings(reflect.ValueOf(&req), "")
	got := []string{req.Name, req.Password, req.Lines[0].Category, *req.Lines[0].Note, req.Tags["k"], req.Inner.Title, req.Reason}
	want := []string{"名称", " secret ", "Caf\u00e9", "备注", "值", "", "理由"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("normalized %q, want %q", got, want)
	}
}

func TestBadKeysFollowsTheTargetType(t *testing.T) {
	t.Parallel()
	typ := reflect.TypeFor[*nestedRequest]()
	cases := []struct{ name, body, field, code string }{
		{"clean", `{"name":"a","lines":[{"category":"x","note":"y"}],"tags":{"A":"1","a":"2"},"inner":{"title":"t"},"reason":"r"}`, "", ""},
		{"repeated at the top", `{"name":"a","name":"b"}`, "name", "duplicate_key"},
		{"repeated in a list", `{"lines":[{},{"note":"a","note":"b"}]}`, "lines[1].note", "duplicate_key"},
		{"repeated in a map", `{"tags":{"a":"1","a":"2"}}`, "tags.a", "duplicate_key"},
		{"repeated inside an unknown value", `{"extra":{"x":1,"x":2}}`, "extra.x", "duplicate_key"},
		{"case at the top", `{"NAME":"a"}`, "NAME", "key_case"},
		{"case in a pointer to a struct", `{"inner":{"Title":"a"}}`, "inner.Title", "key_case"},
		{"case of an embedded field", `{"Reason":"a"}`, "Reason", "key_case"},
		{"case in a list", `{"lines":[{"Category":"a"}]}`, "lines[0].Category", "key_case"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fe, bad := badKeys([]byte(c.body), typ)
			if bad != (c.field != "") || fe.Field != c.field || fe.Code != c.code {
				t.Errorf("badKeys = %+v, %v; want %s %s", fe, bad, c.field, c.code)
			}
		})
	}
}

func TestBadEncoding(t *testing.T) {
	t.Parallel()
	cases := []struct {
		body string
		bad  bool
	}{
		{`{"a":"plain \"quoted\" \\u0041 \n"}`, false},
		{`{"a":"\u00e9\ud83d\ude00"}`, false},
		{`{"a":"\\ud800"}`, false}, // an escaped backslash, then text
		{`{"a":"\ud800"}`, true},
		{`{"a":"\udfff"}`, true},
		{`{"a":"\ud83dx"}`, true},
		{`{"a":"\ud83d\u0041"}`, true},
		{"{\"a\":\"\xc3\"}", true},
		{"{\"a\":\"\xed\xa0\x80\"}", true}, // a surrogate written raw
	}
	for _, c := range cases {
		if _, bad := badEncoding([]byte(c.body)); bad != c.bad {
			t.Errorf("badEncoding(%q) = %v, want %v", c.body, bad, c.bad)
		}
	}
}
