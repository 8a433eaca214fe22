package seeds

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"hatchery/models"
)

// The demo rosters: three years of people joining and leaving every demo
// organization, as the seed paper describes them. Part-timers and
// volunteers churn most, qualified social workers stay longest, and people
// leave mostly over pay and for other careers.

// staffKind is a kind of post and how long people stay in it.
type staffKind struct {
	employment string
	meanMonths float64 // mean stay, for an exponential draw
	qualified  float64 // chance of a social work qualification
}

var (
	incubatorPosts = []staffKind{
		{"full_time", 96, 0.8}, {"full_time", 90, 0.7}, {"full_time", 84, 0.6}, {"full_time", 72, 0.4},
		{"full_time", 66, 0.3}, {"part_time", 44, 0.2}, {"part_time", 40, 0.1}, {"volunteer", 30, 0},
		{"seconded", 36, 0.3},
	}
	communityPosts = []staffKind{
		{"full_time", 72, 0.3}, {"part_time", 44, 0.1}, {"part_time", 38, 0}, {"volunteer", 28, 0}, {"volunteer", 24, 0},
	}
	surnames   = []rune("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕")
	givenNames = []string{"敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂英",
		"建华", "志强", "晓燕", "海燕", "玉兰", "秀兰", "国庆", "建国", "丽娟", "文静", "思远", "雨婷", "子涵", "浩然"}
	staffTitles = map[string][]string{
		"full_time": {"项目主管", "社工", "项目专员", "财务专员"},
		"part_time": {"活动助理", "兼职社工", "课程老师"},
		"volunteer": {"志愿者", "志愿者骨干"},
		"seconded":  {"街道派驻人员"},
	}
)

// leaveReasonFor draws why someone left: pay first, then other careers.
func leaveReasonFor(rng *rand.Rand, employment string) string {
	r := rng.IntN(100)
	switch {
	case employment == "seconded" && r < 60:
		return "contract_end"
	case r < 36:
		return "compensation"
	case r < 60:
		return "career_change"
	case r < 72:
		return "relocation"
	case r < 82:
		return "burnout"
	case r < 92:
		return "contract_end"
	}
	return "other"
}

// stint is one person's time in a post.
type stint struct {
	member models.StaffMember
	left   time.Time // zero while still there
}

// roster draws an organization's people from three years before now: each
// post is filled, its holder stays for a while, and a leaver is replaced
// after a few weeks.
func roster(rng *rand.Rand, posts []staffKind, now time.Time) []stint {
	var out []stint
	day := 24 * time.Hour
	// Some organizations keep their people, some lose them fast.
	climate := []float64{0.45, 0.8, 1, 1, 1.4}[rng.IntN(5)]
	for _, post := range posts {
		at := now.AddDate(-3, 0, -rng.IntN(400))
		for at.Before(now) {
			// Capped at forty years: the exponential's far tail would
			// overflow a Duration.
			stay := time.Duration(min(-math.Log(1-rng.Float64())*post.meanMonths*climate*30, 40*365)) * day
			m := models.StaffMember{
				Name:           string(surnames[rng.IntN(len(surnames))]) + givenNames[rng.IntN(len(givenNames))],
				Phone:          fmt.Sprintf("1%d%d%08d", 3+rng.IntN(7), rng.IntN(10), rng.IntN(100_000_000)),
				Title:          staffTitles[post.employment][rng.IntN(len(staffTitles[post.employment]))],
				EmploymentType: post.employment, Qualification: "none", Education: "associate",
				JoinedOn: date(at),
			}
			if rng.Float64() < post.qualified {
				m.Qualification = []string{"assistant_social_worker", "assistant_social_worker", "social_worker", "social_worker", "senior_social_worker"}[rng.IntN(5)]
				m.Education = []string{"bachelor", "bachelor", "master"}[rng.IntN(3)]
				stay = stay * 3 / 2 // the qualified stay longest
			} else {
				m.Education = []string{"secondary", "associate", "associate", "bachelor"}[rng.IntN(4)]
			}
			s := stint{member: m}
			if end := at.Add(stay); end.Before(now.Add(-day)) {
				s.left = end
				reason := leaveReasonFor(rng, post.employment)
				s.member.LeaveReason = &reason
			} else {
				s.member.TrainingHours = float64(rng.IntN(110))
			}
			out = append(out, s)
			if s.left.IsZero() {
				break
			}
			at = s.left.Add(time.Duration(10+rng.IntN(50)) * day)
		}
	}
	return out
}

// endRoster closes every stint still open at cutoff, for an organization
// that stopped working then.
func endRoster(rng *rand.Rand, stints []stint, cutoff time.Time) []stint {
	var out []stint
	for _, st := range stints {
		if st.member.JoinedOn.Time().After(cutoff) {
			continue
		}
		if st.left.IsZero() || st.left.After(cutoff) {
			st.left = cutoff.AddDate(0, 0, -rng.IntN(20))
			if st.left.Before(st.member.JoinedOn.Time()) {
				st.left = st.member.JoinedOn.Time()
			}
			reason := []string{"relocation", "other", "career_change"}[rng.IntN(3)]
			st.member.LeaveReason, st.member.TrainingHours = &reason, 0
		}
		out = append(out, st)
	}
	return out
}

// scheduleRoster adds an organization's roster to the timeline: each person
// is entered once the organization is in Hatchery and they have joined,
// with their departure if it has already happened, else recorded on the day
// they leave.
func scheduleRoster(ctx context.Context, add addFunc, rng *rand.Rand, admin models.Actor, org *models.Organization,
	inHatchery time.Time, stints []stint) {
	for _, st := range stints {
		st := st
		joined := st.member.JoinedOn.Time().Add(9*time.Hour + time.Duration(rng.IntN(8*60))*time.Minute)
		at := joined
		if at.Before(inHatchery) {
			at = inHatchery.Add(time.Duration(1+rng.IntN(20)) * time.Hour)
		}
		leftKnown := !st.left.IsZero() && !st.left.After(at)
		var rec models.StaffMember
		add(at, func(s *models.Store) error {
			m := st.member
			if leftKnown {
				left := date(st.left)
				m.LeftOn = &left
			} else {
				m.LeaveReason = nil
			}
			var err error
			rec, err = s.AddStaffMember(ctx, admin, org.ID, m)
			return err
		})
		if st.left.IsZero() || leftKnown {
			continue
		}
		add(st.left.Add(17*time.Hour), func(s *models.Store) error {
			left := string(date(st.left))
			_, err := s.UpdateStaffMember(ctx, admin, rec.ID, rec.Version, models.StaffPatch{LeftOn: &left, LeaveReason: st.member.LeaveReason})
			return err
		})
	}
}
