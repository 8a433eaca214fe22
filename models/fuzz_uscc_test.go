package models

import "testing"

// usccFrom makes a valid code from any text: its first 16 bytes pick the
// characters of the prefix and organization code body from the alphabet.
func usccFrom(s string) string {
	var b [16]byte
	for i := range b {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		b[i] = usccAlphabet[int(c)%len(usccAlphabet)]
	}
	return MakeUSCC(string(b[:8]), string(b[8:]))
}

// checkOneChangeFails checks that code, a valid code, fails once any one of
// its characters is changed to any other character of the alphabet, or to
// a character outside it.
func checkOneChangeFails(t *testing.T, code string) {
	t.Helper()
	for i := 0; i < len(code); i++ {
		for _, c := range []byte(usccAlphabet + "IOSVZaz -\x00\xff") {
			if c == code[i] {
				continue
			}
			changed := code[:i] + string([]byte{c}) + code[i+1:]
			if ValidUSCC(changed) {
				t.Fatalf("%s is valid, and so is %s with character %d changed to %q", code, changed, i+1, c)
			}
		}
	}
}

// FuzzUSCC: ValidUSCC never panics; a code MakeUSCC completes is valid; a
// valid code, with any one character changed, is not.
func FuzzUSCC(f *testing.F) {
	for _, s := range []string{
		"91110000600037341L", "52130102MA0C4Y7B", "11130100000000000X", "91350100M000100Y43",
		"", "9111000060003734", "91110000600037341l", "91110000600037341LX", "ＡＢＣ", "91110000600037341I",
		"000000000000000000", "YYYYYYYYYYYYYYYYYY",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if ValidUSCC(s) {
			checkOneChangeFails(t, s)
		}
		code := usccFrom(s)
		if !ValidUSCC(code) {
			t.Fatalf("MakeUSCC made %s (from %q), which ValidUSCC refuses", code, s)
		}
		checkOneChangeFails(t, code)
	})
}
