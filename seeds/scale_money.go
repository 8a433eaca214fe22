package seeds

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"hatchery/models"
)

// Per district of the synthetic data set: projects over three years, and
// receipts per project (about 455 and 25, so one unit of scale holds about
// 40,000 projects and 1,000,000 expenditures).
const (
	projectsPerDistrict = 455
	receiptsPerProject  = 25
)

// syntheticMoney makes one district's projects with their plans and
// ledgers. Contractors are the district's registered, incubating or
// independent organizations; funders its own, and one in fifty projects the
// province's (provincial), so that one funder holds a large portfolio.
func syntheticMoney(rng *rand.Rand, district int, orgs []models.Organization, coms []models.Community, funders []models.Funder,
	provincial string, clerk string, now time.Time) models.MoneyBatch {
	var b models.MoneyBatch
	var eligible []models.Organization
	for _, o := range orgs {
		if o.Stage == models.StageRegistered || o.Stage == models.StageIncubating || o.Stage == models.StageIndependent {
			eligible = append(eligible, o)
		}
	}
	if len(eligible) == 0 {
		return b
	}
	stamp := models.NewTime(now)
	day := 24 * time.Hour
	for i := 0; i < projectsPerDistrict; i++ {
		o := eligible[rng.IntN(len(eligible))]
		funder := funders[rng.IntN(len(funders))].ID
		if rng.IntN(50) == 0 {
			funder = provincial
		}
		start := time.Date(now.Year()-3, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, rng.IntN(40), 0)
		end := start.AddDate(0, 6+rng.IntN(7), 0).Add(-day)
		budget := models.Fen(int64(20+rng.IntN(60)) * 5_000 * 100)
		status := models.ProjectActive
		switch {
		case end.Before(now):
			status = models.ProjectCompleted
		case start.After(now):
			status = models.ProjectContracted
		}
		p := models.Project{ID: models.NewID(), Code: fmt.Sprintf("S%04d-%03d", district, i+1), Title: fmt.Sprintf("合成项目%04d-%03d", district, i+1),
			OrganizationID: o.ID, FunderID: funder, Category: o.Category, BudgetFen: budget, StartOn: date(start), EndOn: date(end),
			Status: status, StatusSince: stamp, Stamps: models.Stamps{CreatedAt: stamp, UpdatedAt: stamp, Version: 1}}
		b.Projects = append(b.Projects, p)
		b.Communities = append(b.Communities, [2]string{p.ID, coms[rng.IntN(len(coms))].ID})
		lines := planLines(budget)
		for _, l := range lines {
			l.ProjectID = p.ID
			b.Lines = append(b.Lines, l)
		}
		half := budget / 2
		for seq, t := range []struct {
			due    time.Time
			amount models.Fen
		}{{start.Add(14 * day), half}, {start.Add(end.Sub(start) / 2), budget - half}} {
			n := seq + 1
			b.Tranches = append(b.Tranches, models.Tranche{ProjectID: p.ID, Seq: n, DueOn: date(t.due), AmountFen: t.amount})
			if t.due.Before(now) && rng.IntN(20) > 0 {
				b.Disbursements = append(b.Disbursements, models.Disbursement{ID: models.NewID(), ProjectID: p.ID, TrancheSeq: &n,
					PaidOn: date(t.due), AmountFen: t.amount, RecordedBy: clerk, CreatedAt: models.NewTime(t.due)})
			}
		}
		if status == models.ProjectContracted {
			continue
		}
		// Receipts over the part of the period that has passed, sized
		// log-uniformly so that the first digits follow Benford's law.
		until := end
		if now.Before(end) {
			until = now
		}
		gone := until.Sub(start)
		n := int(math.Round(float64(receiptsPerProject) * float64(gone) / float64(end.Sub(start))))
		for k := 0; k < n; k++ {
			at := start.Add(time.Duration(rng.Int64N(int64(gone))))
			amount := models.Fen(math.Exp(math.Log(5_000) + (math.Log(1_500_000)-math.Log(5_000))*rng.Float64()))
			e := models.Expenditure{ID: models.NewID(), ProjectID: p.ID, BudgetCategory: lines[weightedLine(rng)].Category, AmountFen: amount,
				SpentOn: date(at), Payee: "合成收款方", VoucherNo: fmt.Sprintf("V%04d-%03d-%02d", district, i+1, k+1),
				RecordedBy: clerk, CreatedAt: models.NewTime(at)}
			b.Expenditures = append(b.Expenditures, e)
			if rng.IntN(100) == 0 { // a correction now and then
				orig := e.ID
				b.Expenditures = append(b.Expenditures, models.Expenditure{ID: models.NewID(), ProjectID: p.ID, BudgetCategory: e.BudgetCategory,
					AmountFen: -e.AmountFen, SpentOn: e.SpentOn, Payee: e.Payee, VoucherNo: e.VoucherNo, RecordedBy: clerk,
					ReversesID: &orig, ReversalReason: "录入有误", CreatedAt: models.NewTime(at.Add(day))})
			}
		}
	}
	return b
}

// weightedLine picks a budget line as spending falls on them: people
// most, then activities, materials, venue and admin.
func weightedLine(rng *rand.Rand) int {
	switch r := rng.IntN(100); {
	case r < 45:
		return 0
	case r < 75:
		return 1
	case r < 88:
		return 2
	case r < 95:
		return 3
	default:
		return 4
	}
}
