package seeds

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"time"

	"hatchery/models"
)

// demoOrg is an organization of the demo pipeline and the path it takes.
type demoOrg struct {
	name     string
	category string
	regType  string
	path     string // see the paths below
}

// The demo pipeline: the organizations the paper says communities need
// (elder care, children after school, culture and sports, neighbour help),
// each on a path through the lifecycle so that every stage, outcome and
// report has something true to show.
//
//	graduated  registered, incubated, hatched (some by override)
//	incubating registered and incubating now
//	stuck      incubating for more than 540 days
//	ended      incubation ended without graduation
//	pendgrad   incubating with a graduation request waiting
//	pendinc    registered with a request to enter incubation waiting
//	rejected   registered; a request to enter incubation was rejected
//	registered registered only
//	applicant  still preparing registration (some with a request waiting)
//	dormant    hatched, then dormant
//	dissolved  registered, then dissolved
var demoOrgs = []demoOrg{
	{"育才社区银发志愿服务队", "elderly_care", "community_filed", "graduated"},
	{"棉一社区四点半课堂", "child_youth", "community_filed", "graduated"},
	{"建北社区邻里调解室", "legal_aid", "social_group", "graduated"},
	{"友谊北社区康乐舞蹈队", "culture_sports", "community_filed", "graduated"},
	{"振头一社区助残之家", "disability", "social_service_agency", "graduated"},
	{"维明社区绿色家园环保队", "environment", "community_filed", "graduated"},
	{"槐底一社区老年食堂互助会", "elderly_care", "social_group", "incubating"},
	{"槐底二社区儿童成长营", "child_youth", "community_filed", "incubating"},
	{"裕兴社区书香读书会", "education", "community_filed", "incubating"},
	{"东仰陵社区健康促进会", "health", "social_group", "incubating"},
	{"方村社区新市民服务站", "community_service", "community_filed", "incubating"},
	{"建通社区书法协会", "culture_sports", "community_filed", "incubating"},
	{"红旗社区睦邻互助社", "community_service", "community_filed", "stuck"},
	{"苑东社区慈善超市", "charity", "social_service_agency", "stuck"},
	{"谈固南社区村改居融合服务队", "community_service", "community_filed", "ended"},
	{"北后街社区棚改安置帮扶队", "community_service", "unregistered", "ended"},
	{"翰林观邸社区业主议事会", "community_service", "community_filed", "pendgrad"},
	{"振新社区巧手妈妈工作坊", "other", "community_filed", "pendgrad"},
	{"育才社区法律明白人服务队", "legal_aid", "community_filed", "pendinc"},
	{"棉一社区失独家庭关爱小组", "elderly_care", "social_group", "pendinc"},
	{"友谊北社区心理疏导站", "health", "social_service_agency", "pendinc"},
	{"裕兴社区垃圾分类督导队", "environment", "community_filed", "rejected"},
	{"槐底二社区篮球俱乐部", "culture_sports", "unregistered", "rejected"},
	{"建北社区助餐配送队", "elderly_care", "community_filed", "registered"},
	{"维明社区青少年科创社", "education", "social_group", "registered"},
	{"方村社区妇女议事会", "community_service", "community_filed", "registered"},
	{"东仰陵社区秧歌队", "culture_sports", "community_filed", "registered"},
	{"苑东社区托育互助点", "child_youth", "unregistered", "applicant"},
	{"谈固南社区老党员志愿队", "community_service", "unregistered", "applicant"},
	{"建通社区无障碍出行服务队", "disability", "unregistered", "applicant"},
	{"红旗社区社区花园营造社", "environment", "unregistered", "applicant"},
	{"振头一社区戏曲票友会", "culture_sports", "community_filed", "dormant"},
	{"槐底一社区家电义修队", "charity", "community_filed", "dormant"},
	{"振新社区广场舞协会", "culture_sports", "community_filed", "dissolved"},
	{"北后街社区老年大学分校", "education", "social_group", "graduated"},
	{"友谊北社区应急志愿队", "community_service", "community_filed", "incubating"},
	{"裕兴社区健康小屋", "health", "community_filed", "ended"},
	{"翰林观邸社区宠物文明协会", "other", "unregistered", "applicant"},
}

// event is one step of the simulated history.
type event struct {
	at  time.Time
	seq int
	run func(s *models.Store) error
}

// demoActors are the accounts that act in the history.
type demoActors struct {
	admin, reviewer, incubator, orgstaff models.Actor
}

// history lays down about two years of requests, decisions and milestones
// ending today, through the Store's own rules. It is deterministic.
func history(ctx context.Context, base *models.Store, now time.Time, acts demoActors, incubators [2]models.Organization,
	communities []models.Community, funders []models.Funder, ownOrg models.Organization) error {
	rng := rand.New(rand.NewPCG(7, 2026))
	start := now.AddDate(-2, 0, 0)
	var events []event
	add := func(at time.Time, run func(s *models.Store) error) {
		if at.After(now) {
			at = now.Add(-time.Hour)
		}
		events = append(events, event{at: at, seq: len(events), run: run})
	}
	daysAfter := func(t time.Time, lo, hi int) time.Time {
		return t.Add(time.Duration(lo+rng.IntN(hi-lo+1))*24*time.Hour + time.Duration(rng.IntN(8*60))*time.Minute)
	}
	byName := map[string]models.Community{}
	for _, c := range communities {
		byName[c.Name] = c
	}
	orgs := make([]models.Organization, len(demoOrgs))
	for i, d := range demoOrgs {
		// Each organization belongs to the community it is named after.
		com, ok := byName[communityOf(d.name)]
		if !ok {
			return fmt.Errorf("demo organization %s: no community of its name", d.name)
		}
		o := models.Organization{Name: d.name, Category: d.category, RegistrationType: d.regType, CommunityID: &com.ID,
			ContactName: demoContacts[i%len(demoContacts)], ContactPhone: fmt.Sprintf("139%08d", 3110000+i*37)}
		if d.regType != "community_filed" && d.regType != "unregistered" {
			code := models.MakeUSCC(regPrefix(d.regType), fmt.Sprintf("MA0D%04d", 1000+i*7))
			o.CreditCode = &code
		}
		o.Description = fmt.Sprintf("%s居民自发成立的%s，服务本社区。", com.Name, categoryWords[d.category])
		created := daysAfter(start, 0, 120)
		if d.path == "stuck" {
			created = daysAfter(start, 0, 10)
		}
		i, d := i, d
		add(created, func(s *models.Store) error {
			var err error
			orgs[i], err = s.CreateOrganization(ctx, acts.admin, o)
			return err
		})
		l := &lane{ctx: ctx, add: add, later: daysAfter, rng: rng, acts: acts, org: &orgs[i], inc: incubators[i%2], byInc: i%2 == 0, now: now}
		l.plan(created, d.path, acts.admin)
		stints := roster(rng, communityPosts, now)
		switch d.path {
		case "applicant":
			stints = roster(rng, communityPosts[3:], now) // volunteers only, so far
		case "dormant", "dissolved":
			stints = endRoster(rng, roster(rng, communityPosts, created.AddDate(0, 0, 110)), created.AddDate(0, 0, 110))
		}
		scheduleRoster(ctx, add, rng, acts.admin, &orgs[i], created, stints)
	}
	// The org_staff account's own organization asks for its own moves.
	own := ownOrg
	l := &lane{ctx: ctx, add: add, later: daysAfter, rng: rng, acts: acts, org: &own, inc: incubators[0], byInc: true, now: now}
	l.plan(start.Add(24*time.Hour), "incubating", acts.orgstaff)
	scheduleRoster(ctx, add, rng, acts.admin, &own, start, roster(rng, communityPosts, now))
	for i := range incubators {
		scheduleRoster(ctx, add, rng, acts.admin, &incubators[i], start, roster(rng, incubatorPosts, now))
	}

	// Projects go to the incubators, the org_staff account's organization
	// and every organization that is registered by then and not dormant,
	// dissolved or still applying. Registration comes at most about 160
	// days into the history (see plan), so contracts start after that.
	registeredBy := start.AddDate(0, 0, 170)
	contractors := []*models.Organization{&incubators[0], &incubators[1], &own}
	eligible := []time.Time{start, start, registeredBy}
	for i, d := range demoOrgs {
		switch d.path {
		case "applicant", "dormant", "dissolved":
			continue
		}
		contractors = append(contractors, &orgs[i])
		eligible = append(eligible, registeredBy)
	}
	money := &moneyPlan{ctx: ctx, add: add, rng: rng, now: now, acts: acts, admin: acts.admin, funders: funders}
	money.schedule(start, contractors, eligible, communities)
	sort.SliceStable(events, func(i, j int) bool { return events[i].at.Before(events[j].at) })
	for _, e := range events {
		at := e.at
		s := base.WithClock(func() time.Time { return at })
		if err := e.run(s); err != nil {
			return fmt.Errorf("demo history at %s: %w", at.Format(time.DateOnly), err)
		}
	}
	return nil
}

var (
	demoContacts  = []string{"张桂芳", "刘建国", "赵丽娟", "孙志强", "周淑华", "吴海燕", "郑国庆", "王秀英", "冯晓东", "陈玉梅"}
	categoryWords = map[string]string{
		"elderly_care": "为老服务组织", "child_youth": "儿童青少年服务组织", "disability": "助残服务组织",
		"community_service": "社区服务组织", "culture_sports": "文体活动组织", "charity": "公益慈善组织",
		"environment": "环保组织", "education": "学习教育组织", "health": "健康服务组织", "legal_aid": "法律服务组织", "other": "社区社会组织",
	}
)

func regPrefix(regType string) string {
	switch regType {
	case "social_group":
		return "51130105"
	case "foundation":
		return "53130105"
	default:
		return "52130105"
	}
}
