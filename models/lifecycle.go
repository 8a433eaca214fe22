package models

// Stage is where an organization is in its lifecycle (SPEC 3).
type Stage string

const (
	StageApplicant   Stage = "applicant"   // preparing registration or filing
	StageRegistered  Stage = "registered"  // registered or filed, not incubating
	StageIncubating  Stage = "incubating"  // hosted by an incubator
	StageIndependent Stage = "independent" // hatched (出壳)
	StageDormant     Stage = "dormant"
	StageDissolved   Stage = "dissolved" // terminal
)

// Stages lists the stages in pipeline order.
var Stages = []Stage{StageApplicant, StageRegistered, StageIncubating, StageIndependent, StageDormant, StageDissolved}

// transitions is SPEC 3's table of allowed moves.
var transitions = map[Stage][]Stage{
	StageApplicant:   {StageRegistered, StageDissolved},
	StageRegistered:  {StageIncubating, StageIndependent, StageDormant, StageDissolved},
	StageIncubating:  {StageIndependent, StageRegistered, StageDormant, StageDissolved},
	StageIndependent: {StageDormant, StageDissolved},
	StageDormant:     {StageRegistered, StageIndependent, StageDissolved},
	StageDissolved:   nil,
}

// AllowedTargets answers the stages an organization in from may move to.
func AllowedTargets(from Stage) []Stage {
	out := make([]Stage, len(transitions[from]))
	copy(out, transitions[from])
	return out
}

// CanMove reports whether from -> to is in the table.
func CanMove(from, to Stage) bool {
	for _, s := range transitions[from] {
		if s == to {
			return true
		}
	}
	return false
}

// Valid reports whether s is a known stage.
func (s Stage) Valid() bool {
	_, ok := transitions[s]
	return ok
}

// needsCreditCode reports whether an organization of this registration
// type must carry a unified social credit code (SPEC 2).
func needsCreditCode(registrationType string) bool {
	return registrationType != "community_filed" && registrationType != "unregistered"
}

// IsGraduation says whether a move from one stage to another is a
// graduation, the move the readiness checklist is for (SPEC 3).
func IsGraduation(from, to Stage) bool {
	return from == StageIncubating && to == StageIndependent
}
