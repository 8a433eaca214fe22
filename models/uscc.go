package models

import "strings"

// usccAlphabet is the character set of GB 32100-2015, which leaves out
// I, O, S, V and Z; a character's index is its value.
const usccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// usccWeights are the weights of positions 1-17 (3^(i-1) mod 31).
var usccWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// orgCodeWeights are GB 11714-1997's weights for the organization code.
var orgCodeWeights = [8]int{3, 7, 9, 10, 5, 8, 4, 2}

// ValidUSCC reports whether s is a unified social credit code whose check
// character (GB 32100-2015) and embedded organization code check
// (GB 11714, positions 9-17) are both right.
func ValidUSCC(s string) bool {
	if len(s) != 18 {
		return false
	}
	for i := 0; i < 18; i++ {
		if strings.IndexByte(usccAlphabet, s[i]) < 0 {
			return false
		}
	}
	if s[17] != usccCheck(s[:17]) {
		return false
	}
	return orgCodeCheck(s[8:16]) == s[16]
}

// usccCheck computes the 18th character from the first 17.
func usccCheck(first17 string) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		sum += strings.IndexByte(usccAlphabet, first17[i]) * usccWeights[i]
	}
	return usccAlphabet[(31-sum%31)%31]
}

// orgCodeCheck computes the GB 11714 check character of an 8-character body.
func orgCodeCheck(body string) byte {
	sum := 0
	for i := 0; i < 8; i++ {
		c := body[i]
		v := int(c - '0')
		if c >= 'A' && c <= 'Z' {
			v = int(c-'A') + 10
		}
		sum += v * orgCodeWeights[i]
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X'
	case 11:
		return '0'
	default:
		return byte('0' + c)
	}
}

// MakeUSCC completes a code from its first 8 characters (authority,
// category, region) and an 8-character organization code body; both must
// use the code's alphabet. The demo data and tests use it.
func MakeUSCC(prefix8, body8 string) string {
	first17 := prefix8 + body8 + string(orgCodeCheck(body8))
	return first17 + string(usccCheck(first17))
}
