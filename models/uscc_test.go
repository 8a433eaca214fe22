package models

import "testing"

func TestValidUSCC(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		code string
		want bool
	}{
		// A code printed on a business licence: organization code M000100Y
		// with check 4, and final check 3.
		{"published example", "91350100M000100Y43", true},
		{"made by MakeUSCC", MakeUSCC("52130100", "MJ000000"), true},
		{"wrong final check", "91350100M000100Y44", false},
		{"wrong org code check", MakeUSCC("52130100", "12345678")[:16] + "0" + "X", false},
		{"forbidden letter I", "91350100I000100Y43", false},
		{"lower case", "91350100m000100y43", false},
		{"too short", "91350100M000100Y4", false},
		{"empty", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if got := ValidUSCC(c.code); got != c.want {
				t.Fatalf("ValidUSCC(%q) = %v, want %v", c.code, got, c.want)
			}
		})
	}
}

func TestOrgCodeCheckByHand(t *testing.T) {
	t.Parallel()
	// D2143569: 13*3+2*7+1*9+4*10+3*5+5*8+6*4+9*2 = 199; 199 mod 11 = 1; 11-1 = 10 -> X.
	if got := orgCodeCheck("D2143569"); got != 'X' {
		t.Fatalf("orgCodeCheck(D2143569) = %c, want X", got)
	}
}
