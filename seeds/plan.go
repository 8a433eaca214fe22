package seeds

import (
	"context"
	"math/rand/v2"
	"time"

	"hatchery/models"
)

type addFunc func(at time.Time, run func(s *models.Store) error)
type laterFunc func(t time.Time, lo, hi int) time.Time

// lane schedules one organization's requests and decisions.
type lane struct {
	ctx     context.Context
	add     addFunc
	later   laterFunc
	rng     *rand.Rand
	acts    demoActors
	org     *models.Organization
	inc     models.Organization
	byInc   bool // whether the demo incubator account acts for it
	pending string
	now     time.Time
}

// request files a move at `at` by a.
func (l *lane) request(at time.Time, a models.Actor, to models.Stage, reason string) {
	l.add(at, func(s *models.Store) error {
		in := models.TransitionInput{ToStage: to, Reason: reason}
		if to == models.StageIncubating {
			in.IncubatorID = l.inc.ID
		}
		r, err := s.RequestTransition(l.ctx, a, l.org.ID, in)
		l.pending = r.ID
		return err
	})
}

// approve decides the pending request; graduations without staff and
// project records are overrides with the reviewer's note.
func (l *lane) approve(at time.Time, note string) {
	l.add(at, func(s *models.Store) error {
		_, err := s.ApproveTransition(l.ctx, l.acts.reviewer, l.pending, models.Decision{Note: note, Override: true})
		return err
	})
}

func (l *lane) reject(at time.Time, note string) {
	l.add(at, func(s *models.Store) error {
		_, err := s.RejectTransition(l.ctx, l.acts.reviewer, l.pending, note)
		return err
	})
}

// move requests and approves, answering when the move took effect.
func (l *lane) move(after time.Time, a models.Actor, to models.Stage, reason, note string) time.Time {
	asked := l.later(after, 3, 25)
	decided := l.later(asked, 1, 12)
	l.request(asked, a, to, reason)
	l.approve(decided, note)
	return decided
}

// insider is who requests once the organization is incubating.
func (l *lane) insider() models.Actor {
	if l.byInc {
		return l.acts.incubator
	}
	return l.acts.admin
}

// milestones logs the incubator's work from entry until end.
func (l *lane) milestones(entry, end time.Time, full bool) {
	logger := l.acts.reviewer
	if l.byInc {
		logger = l.acts.incubator
	}
	type ms struct {
		typ   string
		day   int
		hours float64
		note  string
	}
	steps := []ms{
		{"intake_assessment", 3, 0, "入孵评估：组织骨干5人，服务对象以社区老人和儿童为主"},
		{"venue_support", 15, 0, "提供孵化基地活动室，每周两个半天"},
		{"registration_support", 25, 0, "协助准备社区备案材料"},
		{"seed_funding", 60, 0, "街道微创投种子资金5000元"},
	}
	for m := 1; m <= 8; m++ {
		steps = append(steps, ms{"capacity_training", 20 + m*30, float64(2 + l.rng.IntN(7)), "能力建设培训：项目设计与活动策划"})
	}
	steps = append(steps, ms{"governance_established", 100 + l.rng.IntN(60), 0, "制定组织章程，选举负责人和理事"})
	if full {
		steps = append(steps, ms{"financial_system_established", 140 + l.rng.IntN(50), 0, "建立收支台账和报销制度，由孵化机构代管账户"})
	}
	for _, st := range steps {
		at := entry.Add(time.Duration(st.day)*24*time.Hour + 3*time.Hour)
		if !at.Before(end) || at.After(l.now) {
			continue
		}
		st := st
		l.add(at, func(s *models.Store) error {
			m := models.Milestone{Type: st.typ, AchievedOn: models.Date(s.Now().Format(models.DateLayout)), Note: st.note}
			if st.hours > 0 {
				h := st.hours
				m.Hours = &h
			}
			_, err := s.LogMilestone(l.ctx, logger, l.org.ID, m)
			return err
		})
	}
}

// plan lays out the lane's path (see demoOrgs).
func (l *lane) plan(created time.Time, path string, first models.Actor) {
	const graduateNote = "经实地核查：已能独立开展活动并获街道项目资助；员工与项目数据待录入，准予出壳"
	now := l.now
	switch path {
	case "applicant":
		if l.rng.IntN(2) == 0 {
			l.request(now.Add(-time.Duration(2+l.rng.IntN(20))*24*time.Hour), first, models.StageRegistered, "已完成社区备案材料准备")
		}
		return
	}
	reg := l.move(created, first, models.StageRegistered, "已在街道完成社区备案", "材料齐全，同意备案")
	switch path {
	case "registered":
	case "dissolved":
		l.move(l.later(reg, 120, 200), first, models.StageDissolved, "骨干成员搬离，活动停止", "同意注销")
	case "dormant":
		ind := l.move(l.later(reg, 40, 90), first, models.StageIndependent, "已能自主运营", "同意")
		l.move(l.later(ind, 150, 250), first, models.StageDormant, "负责人外出务工，暂停活动", "同意暂停")
	case "pendinc":
		l.request(now.Add(-time.Duration(1+l.rng.IntN(30))*24*time.Hour), first, models.StageIncubating, "希望入驻孵化基地，获得能力建设支持")
	case "rejected":
		asked := l.later(reg, 30, 90)
		l.request(asked, first, models.StageIncubating, "申请入孵")
		l.reject(l.later(asked, 2, 10), "服务内容与社区需求调研结果不符，建议完善服务方案后再申请")
	default:
		entryAfter := reg
		if path == "incubating" {
			entryAfter = now.AddDate(0, 0, -(60 + l.rng.IntN(340)))
			if entryAfter.Before(reg) {
				entryAfter = reg
			}
		}
		entry := l.move(entryAfter, first, models.StageIncubating, "申请入驻孵化基地", "同意入孵")
		switch path {
		case "graduated":
			grad := l.later(entry, 200, 380)
			l.milestones(entry, grad, true)
			l.move(grad, l.insider(), models.StageIndependent, "已建立治理和财务制度，申请出壳", graduateNote)
		case "ended":
			end := l.later(entry, 150, 300)
			l.milestones(entry, end, false)
			l.move(end, l.insider(), models.StageRegistered, "项目周期结束，骨干流失，终止孵化", "同意终止孵化")
		case "pendgrad":
			l.milestones(entry, now, true)
			l.request(now.Add(-time.Duration(3+l.rng.IntN(18))*24*time.Hour), l.insider(), models.StageIndependent, "孵化期满，申请出壳")
		default: // incubating, stuck
			l.milestones(entry, now, l.rng.IntN(2) == 0)
		}
	}
}
