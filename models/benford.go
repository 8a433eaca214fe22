package models

import (
	"fmt"
	"math"
)

// Benford is the first-digit test of a portfolio's amounts (SPEC 5.3):
// amounts that people make up rather than pay tend to stray from the share
// log10(1 + 1/d) of each first digit d.
type Benford struct {
	N        int            `json:"n"`
	Digits   []BenfordDigit `json:"digits"`
	ChiSq    float64        `json:"chi_square"`
	MAD      float64        `json:"mad"`
	Critical float64        `json:"chi_square_critical"`
	// Conformity is Nigrini's reading of the MAD: close, acceptable,
	// marginal or nonconformity.
	Conformity string `json:"conformity"`
	Conclusion string `json:"conclusion"`
	// Thresholds name the MAD bounds used, so the reader can judge.
	Thresholds BenfordThresholds `json:"thresholds"`
}

// BenfordDigit is one first digit: how many amounts begin with it, and the
// shares observed and expected.
type BenfordDigit struct {
	Digit    int     `json:"digit"`
	Count    int     `json:"count"`
	Observed float64 `json:"observed"`
	Expected float64 `json:"expected"`
}

// BenfordThresholds are Nigrini's first-digit MAD bounds and the
// chi-square critical value at 8 degrees of freedom and 5%.
type BenfordThresholds struct {
	Close      float64 `json:"close"`
	Acceptable float64 `json:"acceptable"`
	Marginal   float64 `json:"marginal"`
	ChiSq05    float64 `json:"chi_square_05"`
}

// BenfordMinimum is the fewest amounts the test is run on (SPEC 5.3).
const BenfordMinimum = 300

// nigrini holds the first-digit conformity bounds of Nigrini, Forensic
// Analytics (2012), table 7.1, and the chi-square critical value.
var nigrini = BenfordThresholds{Close: 0.006, Acceptable: 0.012, Marginal: 0.015, ChiSq05: 15.507}

// BenfordTest answers the first-digit test of the positive amounts, or nil
// for fewer than BenfordMinimum.
func BenfordTest(amounts []Fen) *Benford {
	var counts [10]int
	n := 0
	for _, a := range amounts {
		if a <= 0 {
			continue
		}
		d := int64(a)
		for d >= 10 {
			d /= 10
		}
		counts[d]++
		n++
	}
	if n < BenfordMinimum {
		return nil
	}
	b := &Benford{N: n, Critical: nigrini.ChiSq05, Thresholds: nigrini}
	for d := 1; d <= 9; d++ {
		exp := math.Log10(1 + 1/float64(d))
		obs := float64(counts[d]) / float64(n)
		b.Digits = append(b.Digits, BenfordDigit{Digit: d, Count: counts[d], Observed: obs, Expected: exp})
		e := exp * float64(n)
		b.ChiSq += (float64(counts[d]) - e) * (float64(counts[d]) - e) / e
		b.MAD += math.Abs(obs-exp) / 9
	}
	switch {
	case b.MAD <= nigrini.Close:
		b.Conformity = "close"
	case b.MAD <= nigrini.Acceptable:
		b.Conformity = "acceptable"
	case b.MAD <= nigrini.Marginal:
		b.Conformity = "marginal"
	default:
		b.Conformity = "nonconformity"
	}
	chi := "within"
	if b.ChiSq > nigrini.ChiSq05 {
		chi = "beyond"
	}
	b.Conclusion = fmt.Sprintf("The first digits of %d amounts show %s conformity with Benford's law (MAD %.4f; close up to %.3f, acceptable up to %.3f, marginal up to %.3f). "+
		"The chi-square of %.2f is %s the 5%% critical value of %.3f at 8 degrees of freedom.",
		n, b.Conformity, b.MAD, nigrini.Close, nigrini.Acceptable, nigrini.Marginal, b.ChiSq, chi, nigrini.ChiSq05)
	if b.Conformity == "nonconformity" {
		b.Conclusion += " Look first at the digits observed most above their expected share."
	}
	return b
}
