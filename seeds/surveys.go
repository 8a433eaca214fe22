package seeds

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"hatchery/models"
)

// The demo surveys reproduce the seed paper's finding at city level: most
// communities surveyed their residents, some more than once and some not
// for over a year, yet over nine in ten have no project answering any need
// a survey found. Two communities are the exception: their contractors
// surveyed first and designed their projects from the needs found. A draft
// and a terminated project also name needs, which does not count.

// surveyLess are the communities that never ran a survey.
var surveyLess = []string{"红旗社区", "苑东社区"}

// coveredFirst are the communities, in order of preference, whose projects
// answer their needs; the first two with at least two contracted, active
// or completed projects are the ones.
var coveredFirst = []string{"谈固东社区", "振头一社区", "槐底二社区", "建北社区", "友谊北社区"}

const coveredCommunities = 2

// surveyPlan lays the demo surveys down.
type surveyPlan struct {
	rng     *rand.Rand
	now     time.Time
	start   time.Time // when the demo's history begins
	orgs    map[string]models.OrganizationView
	surveys []models.DemandSurvey
	needs   []models.Need
	links   []models.ProjectNeed
	byCom   map[string][]int // survey indexes by community id
	needsOf map[string][]int // need indexes by survey id
}

// demoSurveys adds the surveys, needs and links once the history has put
// the organizations and projects in place.
func demoSurveys(ctx context.Context, store *models.Store, a, admin models.Actor, communities []models.Community,
	incubators [2]models.Organization, own models.Organization) error {
	now := store.Now()
	p := &surveyPlan{rng: rand.New(rand.NewPCG(11, 2026)), now: now, start: now.AddDate(-2, 0, -2),
		orgs: map[string]models.OrganizationView{}, byCom: map[string][]int{}, needsOf: map[string][]int{}}
	orgs, err := store.ListOrganizations(ctx, admin, models.OrganizationFilter{Page: models.Page{Limit: models.MaxLimit}})
	if err != nil {
		return err
	}
	for _, o := range orgs.Items {
		p.orgs[o.ID] = o
	}
	projects := map[string][]models.ProjectView{}
	for _, c := range communities {
		list, err := store.ListProjects(ctx, admin, models.ProjectFilter{CommunityID: c.ID, Page: models.Page{Limit: models.MaxLimit}})
		if err != nil {
			return err
		}
		projects[c.ID] = list.Items
		slices.SortFunc(projects[c.ID], func(x, y models.ProjectView) int { return compareDates(x.StartOn, y.StartOn) })
	}
	covered := map[string]bool{}
	for _, name := range coveredFirst {
		for _, c := range communities {
			if c.Name == name && len(covered) < coveredCommunities && len(covering(projects[c.ID])) >= 2 {
				covered[c.ID] = true
			}
		}
	}
	for i, c := range communities {
		if slices.Contains(surveyLess, c.Name) {
			continue
		}
		incubator := incubators[0]
		if c.District == "桥西区" {
			incubator = incubators[1]
		}
		var conductor *models.Organization
		if own.CommunityID != nil && *own.CommunityID == c.ID {
			conductor = &own
		}
		p.community(c, i%4 == 1 && !covered[c.ID], projects[c.ID], covered[c.ID], incubator, conductor)
		if covered[c.ID] {
			p.answer(c, covering(projects[c.ID]))
		}
	}
	for _, c := range communities {
		for _, pr := range projects[c.ID] {
			if pr.Status == models.ProjectDraft || pr.Status == models.ProjectTerminated {
				p.nameNeeds(c, pr)
			}
		}
	}
	return store.BulkInsertSurveys(ctx, a, models.SurveyBatch{Surveys: p.surveys, Needs: p.needs, Links: p.links})
}

// covering answers the projects whose links count (SPEC 5.5).
func covering(ps []models.ProjectView) []models.ProjectView {
	var out []models.ProjectView
	for _, p := range ps {
		if slices.Contains(models.CoveringStatuses, p.Status) {
			out = append(out, p)
		}
	}
	return out
}

// community plans one community's surveys: one to three, the latest over a
// year old when stale. One is run by the contractor of a later project
// there, a couple of months before it starts, when it was in Hatchery by
// then; the others by the district's incubator or the street office.
func (p *surveyPlan) community(c models.Community, stale bool, projects []models.ProjectView, covered bool,
	incubator models.Organization, home *models.Organization) {
	count := 1 + p.rng.IntN(3)
	if covered {
		count = max(count, 2)
	}
	day := 24 * time.Hour
	oldest, newest := p.now.AddDate(-3, 0, 0), p.now.Add(-20*day)
	if stale {
		newest = p.now.AddDate(-1, 0, -20)
	}
	var dates []time.Time
	var by []*models.Organization
	// The contractor's survey before its project: for a covered community
	// the first project that counts, else any project starting in range.
	candidates := projects
	if covered {
		candidates = covering(projects)
	}
	for _, pr := range candidates {
		at := pr.StartOn.Time().AddDate(0, -(1 + p.rng.IntN(3)), -p.rng.IntN(20))
		if at.Before(oldest) || at.After(newest) {
			continue
		}
		o := p.orgs[pr.OrganizationID].Organization
		if o.CreatedAt.Time.After(at) {
			o = incubator
		}
		dates, by = append(dates, at), append(by, &o)
		break
	}
	if home != nil {
		at := p.now.AddDate(0, -2-p.rng.IntN(6), -p.rng.IntN(25))
		if !at.After(newest) {
			dates, by = append(dates, at), append(by, home)
		}
	}
	recent := stale
	for _, at := range dates {
		recent = recent || at.After(p.now.AddDate(-1, 0, 0))
	}
	for len(dates) < count || !recent {
		at := oldest.Add(time.Duration(p.rng.Int64N(int64(newest.Sub(oldest)))))
		if !recent {
			at, recent = p.now.AddDate(0, 0, -20-p.rng.IntN(300)), true
		}
		var o *models.Organization
		if p.rng.IntN(2) == 0 {
			o = &incubator
		}
		dates, by = append(dates, at), append(by, o)
	}
	for k, at := range dates {
		p.survey(c, at, by[k])
	}
}

// surveyMethods are the methods an organization uses and those the street
// office and its grid workers use.
var (
	orgMethods    = []string{"questionnaire", "questionnaire", "interview", "online"}
	streetMethods = []string{"grid_visit", "deliberation_meeting", "questionnaire"}
)

// survey records one survey of c on day at by org (nil: the street office)
// with three to eight needs drawn for the community's type.
func (p *surveyPlan) survey(c models.Community, at time.Time, org *models.Organization) {
	method := streetMethods[p.rng.IntN(len(streetMethods))]
	if org != nil {
		method = orgMethods[p.rng.IntN(len(orgMethods))]
	}
	year := at.Year()
	var respondents int64
	var title string
	switch method {
	case "questionnaire":
		respondents = int64(float64(c.Population) * (0.025 + 0.035*p.rng.Float64()))
		title = fmt.Sprintf("%s%d年居民需求问卷调查", c.Name, year)
	case "interview":
		respondents = int64(24 + p.rng.IntN(40))
		title = fmt.Sprintf("%s重点人群入户访谈（%d年）", c.Name, year)
	case "deliberation_meeting":
		respondents = int64(18 + p.rng.IntN(28))
		title = fmt.Sprintf("%s%d年第%d季度居民议事协商会", c.Name, year, (int(at.Month())-1)/3+1)
	case "grid_visit":
		respondents = int64(float64(c.Households) * (0.08 + 0.08*p.rng.Float64()))
		title = fmt.Sprintf("%s%d年网格走访需求摸排", c.Name, year)
	default:
		respondents = int64(float64(c.Population) * (0.01 + 0.02*p.rng.Float64()))
		title = fmt.Sprintf("%s%d年“我为社区献一策”线上需求征集", c.Name, year)
	}
	created := at.AddDate(0, 0, 5+p.rng.IntN(20)).Add(10 * time.Hour)
	if created.Before(p.start) {
		created = p.start.AddDate(0, 0, 3+p.rng.IntN(30)).Add(10 * time.Hour)
	}
	if created.After(p.now) {
		created = p.now.Add(-2 * time.Hour)
	}
	s := models.DemandSurvey{ID: models.NewID(), CommunityID: c.ID, Title: title, Method: method, ConductedOn: date(at),
		Respondents: respondents, Stamps: models.Stamps{CreatedAt: models.NewTime(created), UpdatedAt: models.NewTime(created), Version: 1}}
	if org != nil {
		s.ConductedByOrgID = &org.ID
	}
	p.byCom[c.ID] = append(p.byCom[c.ID], len(p.surveys))
	p.surveys = append(p.surveys, s)
	pool := slices.Clone(needsByType[c.Type])
	p.rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	common := slices.Clone(commonNeeds)
	p.rng.Shuffle(len(common), func(i, j int) { common[i], common[j] = common[j], common[i] })
	pool = append(pool[:min(len(pool), 5)], common...)
	for _, idea := range pool[:3+p.rng.IntN(6)] {
		p.need(&p.surveys[len(p.surveys)-1], idea)
	}
}

// need adds one need to survey s: mentions near the idea's share of the
// respondents (never more than them), the priority from that share.
func (p *surveyPlan) need(s *models.DemandSurvey, idea needIdea) *models.Need {
	share := min(idea.share*(0.6+0.8*p.rng.Float64()), 0.9)
	mentions := min(max(int64(math.Round(share*float64(s.Respondents))), 1), s.Respondents)
	priority := "low"
	switch {
	case share >= 0.4:
		priority = "high"
	case share >= 0.22:
		priority = "medium"
	}
	n := models.Need{ID: models.NewID(), SurveyID: s.ID, CommunityID: s.CommunityID, Seq: int64(len(p.needsOf[s.ID]) + 1),
		Category: idea.category, Title: idea.title, Description: idea.description, Mentions: mentions, Priority: priority,
		CreatedAt: s.CreatedAt}
	p.needsOf[s.ID] = append(p.needsOf[s.ID], len(p.needs))
	p.needs = append(p.needs, n)
	return &p.needs[len(p.needs)-1]
}

// answer links each project that counts in covered community c to the
// needs of its kind found before it started, adding the need to the last
// survey before the start when none was found.
func (p *surveyPlan) answer(c models.Community, projects []models.ProjectView) {
	for _, pr := range projects {
		fits := fittingNeeds[pr.Category]
		var before *models.DemandSurvey
		var found []int
		for _, si := range p.byCom[c.ID] {
			s := &p.surveys[si]
			if s.ConductedOn >= pr.StartOn {
				continue
			}
			if before == nil || s.ConductedOn > before.ConductedOn {
				before = s
			}
			for _, ni := range p.needsOf[s.ID] {
				if slices.Contains(fits, p.needs[ni].Category) {
					found = append(found, ni)
				}
			}
		}
		if before == nil {
			continue
		}
		// Needs no project answers yet come first; a need of a fitting
		// kind is added to the last survey before the start when every
		// one found is answered already.
		fresh := slices.DeleteFunc(slices.Clone(found), func(ni int) bool { return p.linked(p.needs[ni].ID) })
		if len(fresh) == 0 {
			for _, cat := range fits {
				if idea, ok := ideaFor(c.Type, cat); ok && !p.hasNeed(before.ID, idea.title) {
					p.need(before, idea)
					fresh = append(fresh, len(p.needs)-1)
					break
				}
			}
		}
		found = append(fresh, slices.DeleteFunc(found, func(ni int) bool { return slices.Contains(fresh, ni) })...)
		if len(found) == 0 {
			continue
		}
		for k, ni := range found[:min(len(found), 2)] {
			n := p.needs[ni]
			survey := p.surveyOf(n.SurveyID)
			note := fmt.Sprintf("项目方案依据%s的结果设计，把这一需求列为主要服务内容。", survey.Title)
			if k > 0 {
				note = "项目同时回应这一需求，纳入年度活动计划。"
			}
			p.link(pr, n, note)
		}
	}
}

// nameNeeds links a draft or terminated project to a need in its service
// area: its plan names the need, which does not make it answered.
func (p *surveyPlan) nameNeeds(c models.Community, pr models.ProjectView) {
	fits := fittingNeeds[pr.Category]
	var pick *models.Need
	for _, si := range p.byCom[c.ID] {
		for _, ni := range p.needsOf[p.surveys[si].ID] {
			if pick == nil || slices.Contains(fits, p.needs[ni].Category) {
				pick = &p.needs[ni]
			}
		}
	}
	if pick == nil {
		return
	}
	note := "项目申报书针对这一需求设计，尚未签约。"
	if pr.Status == models.ProjectTerminated {
		note = "项目原计划回应这一需求，已终止。"
	}
	p.link(pr, *pick, note)
}

func (p *surveyPlan) link(pr models.ProjectView, n models.Need, note string) {
	at := n.CreatedAt.Time
	if pr.CreatedAt.Time.After(at) {
		at = pr.CreatedAt.Time
	}
	at = at.Add(26 * time.Hour)
	if at.After(p.now) {
		at = p.now.Add(-time.Hour)
	}
	for _, l := range p.links {
		if l.ProjectID == pr.ID && l.NeedID == n.ID {
			return
		}
	}
	p.links = append(p.links, models.ProjectNeed{ProjectID: pr.ID, NeedID: n.ID, Note: note, CreatedAt: models.NewTime(at)})
}

func (p *surveyPlan) linked(needID string) bool {
	return slices.ContainsFunc(p.links, func(l models.ProjectNeed) bool { return l.NeedID == needID })
}

func (p *surveyPlan) hasNeed(surveyID, title string) bool {
	return slices.ContainsFunc(p.needs, func(n models.Need) bool { return n.SurveyID == surveyID && n.Title == title })
}

func (p *surveyPlan) surveyOf(id string) models.DemandSurvey {
	for _, s := range p.surveys {
		if s.ID == id {
			return s
		}
	}
	return models.DemandSurvey{}
}

func compareDates(a, b models.Date) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
