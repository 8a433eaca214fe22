// Package seeds fills a database with the demo data set and with the
// large synthetic data set used by benchmarks.
package seeds

import (
	"context"
	"fmt"
	"time"

	"hatchery/models"
)

// DemoPassword is the published password of every demo account (SPEC 6).
const DemoPassword = "demo-password"

// DemoAccounts are the usernames seeded in demo mode, one per role.
var DemoAccounts = []struct {
	Username string
	Role     models.Role
	Name     string
}{
	{"admin", models.RoleAdmin, "系统管理员"},
	{"reviewer", models.RoleReviewer, "市民政局 审核员"},
	{"incubator", models.RoleIncubator, "益民社工 孵化专员"},
	{"orgstaff", models.RoleOrgStaff, "邻里互助会 负责人"},
	{"funder", models.RoleFunder, "市民政局 资金审计"},
	{"auditor", models.RoleSecurityAuditor, "市民政局 安全审计员"},
}

// demoStreets is the demo city, 石家庄市: three districts and their streets
// with the communities of each, covering every community type.
var demoStreets = []struct {
	district, street string
	communities      []demoCommunity
}{
	{"长安区", "谈固街道", []demoCommunity{
		{"谈固东社区", "village_to_residence", 3120, 8950},
		{"谈固南社区", "urban_village", 2480, 7230},
		{"翰林观邸社区", "commodity_housing", 1960, 5480},
	}},
	{"长安区", "育才街道", []demoCommunity{
		{"育才社区", "old_neighborhood", 2870, 7640},
		{"棉一社区", "old_neighborhood", 3350, 8120},
	}},
	{"长安区", "建北街道", []demoCommunity{
		{"建北社区", "commodity_housing", 2210, 6150},
		{"北后街社区", "shantytown_renovation", 1780, 5060},
	}},
	{"桥西区", "友谊街道", []demoCommunity{
		{"友谊北社区", "old_neighborhood", 2640, 6980},
		{"维明社区", "commodity_housing", 1890, 5210},
	}},
	{"桥西区", "振头街道", []demoCommunity{
		{"振头一社区", "urban_village", 3580, 10420},
		{"振新社区", "shantytown_renovation", 2950, 8330},
	}},
	{"桥西区", "苑东街道", []demoCommunity{
		{"苑东社区", "commodity_housing", 2030, 5670},
		{"红旗社区", "other", 1420, 3980},
	}},
	{"裕华区", "槐底街道", []demoCommunity{
		{"槐底一社区", "village_to_residence", 2760, 8010},
		{"槐底二社区", "village_to_residence", 2410, 7150},
	}},
	{"裕华区", "裕兴街道", []demoCommunity{
		{"裕兴社区", "commodity_housing", 2390, 6620},
		{"东仰陵社区", "shantytown_renovation", 3010, 8740},
	}},
	{"裕华区", "建通街道", []demoCommunity{
		{"建通社区", "old_neighborhood", 1850, 4870},
		{"方村社区", "urban_village", 2690, 7920},
	}},
}

type demoCommunity struct {
	name       string
	kind       string
	households int64
	population int64
}

var demoFunders = []models.Funder{
	{Name: "石家庄市民政局", Kind: "government", Department: "社会组织管理科"},
	{Name: "长安区民政局", Kind: "government", Department: "基层政权和社区建设科"},
	{Name: "桥西区民政局", Kind: "government", Department: "社会事务科"},
	{Name: "谈固街道办事处", Kind: "street_office", Department: "社区建设办公室"},
	{Name: "振头街道办事处", Kind: "street_office", Department: "社会事务办公室"},
	{Name: "河北省青少年发展基金会", Kind: "foundation", Department: "项目部"},
	{Name: "石家庄市慈善总会", Kind: "other", Department: "募集与项目部"},
	{Name: "冀华建设集团有限公司", Kind: "enterprise", Department: "社会责任部"},
}

// Demo seeds the demo data set: the city's communities, funders, two
// incubators, about forty organizations with two years of requests,
// decisions and milestones, projects with their ledgers, staff rosters,
// residents' demand surveys, and one account per role with DemoPassword.
// It refuses a database that already has users.
func Demo(ctx context.Context, store *models.Store) error {
	empty, err := store.IsEmpty(ctx)
	if err != nil {
		return err
	}
	if !empty {
		return fmt.Errorf("the database already has users; demo data goes only into an empty database")
	}
	// The demo can always be made again, so its thousands of small writes
	// need not each wait for the disk.
	return store.Loading(ctx, func() error { return demo(ctx, store) })
}

// demo lays the data set down (see Demo).
func demo(ctx context.Context, store *models.Store) error {
	var err error
	now := store.Now()
	t0 := now.AddDate(-2, 0, -2)
	s := store.WithClock(func() time.Time { return t0 })
	a := models.System("seed-demo")
	var communities []models.Community
	for _, st := range demoStreets {
		for _, c := range st.communities {
			com, err := s.CreateCommunity(ctx, a, models.Community{
				Name: c.name, Street: st.street, District: st.district, Type: c.kind,
				Households: c.households, Population: c.population,
			})
			if err != nil {
				return fmt.Errorf("community %s: %w", c.name, err)
			}
			communities = append(communities, com)
		}
	}
	var cityBureau models.Funder
	var funders []models.Funder
	for i, f := range demoFunders {
		if f.Kind == "government" {
			code := models.MakeUSCC("11130100", fmt.Sprintf("%08d", 40003100+i*17))
			f.CreditCode = &code
		}
		got, err := s.CreateFunder(ctx, a, f)
		if err != nil {
			return fmt.Errorf("funder %s: %w", f.Name, err)
		}
		if i == 0 {
			cityBureau = got
		}
		funders = append(funders, got)
	}
	tangu, qiaoxi := communities[0].ID, communities[7].ID
	var incubators [2]models.Organization
	for i, inc := range []models.Organization{
		{Name: "石家庄市益民社会工作服务中心", CommunityID: &tangu, ContactName: "王敏", ContactPhone: "0311-86012345",
			Description: "承接长安区社会组织孵化基地运营，为社区社会组织提供场地、能力建设、登记协助和项目管理支持。"},
		{Name: "石家庄市爱邻社会工作服务中心", CommunityID: &qiaoxi, ContactName: "陈静", ContactPhone: "0311-87654321",
			Description: "运营桥西区社区社会组织孵化园，重点培育为老、助残和儿童服务组织。"},
	} {
		code := models.MakeUSCC("52130102", fmt.Sprintf("MA0C4Y7%d", i))
		founded := models.Date(fmt.Sprintf("201%d-05-18", 5+i))
		inc.CreditCode, inc.FoundedOn = &code, &founded
		inc.RegistrationType, inc.Category, inc.IsIncubator, inc.Stage = "social_service_agency", "community_service", true, models.StageIndependent
		if incubators[i], err = s.CreateOrganization(ctx, a, inc); err != nil {
			return fmt.Errorf("incubator: %w", err)
		}
	}
	own, err := s.CreateOrganization(ctx, a, models.Organization{
		Name: "谈固东社区邻里互助会", RegistrationType: "community_filed", Category: "elderly_care",
		CommunityID: &tangu, ContactName: "李秀兰", ContactPhone: "13903110000",
		Description: "由社区居民发起，为独居和高龄老人提供探访、助餐陪伴和邻里互助服务。",
	})
	if err != nil {
		return fmt.Errorf("own organization: %w", err)
	}
	t0 = t0.Add(24 * time.Hour)
	acts := demoActors{}
	for _, acc := range DemoAccounts {
		u := models.NewUser{Username: acc.Username, DisplayName: acc.Name, Role: acc.Role, Password: DemoPassword, AllowKnownPassword: true}
		switch acc.Role {
		case models.RoleIncubator:
			u.OrganizationID = incubators[0].ID
		case models.RoleOrgStaff:
			u.OrganizationID = own.ID
		case models.RoleFunder:
			u.FunderID = cityBureau.ID
		}
		got, err := s.CreateUser(ctx, a, u)
		if err != nil {
			return fmt.Errorf("user %s: %w", acc.Username, err)
		}
		actor := models.Actor{UserID: got.ID, Username: got.Username, Role: got.Role, OrganizationID: u.OrganizationID, FunderID: u.FunderID}
		switch acc.Role {
		case models.RoleAdmin:
			acts.admin = actor
		case models.RoleReviewer:
			acts.reviewer = actor
		case models.RoleIncubator:
			acts.incubator = actor
		case models.RoleOrgStaff:
			acts.orgstaff = actor
		}
	}
	if err := history(ctx, store, now, acts, incubators, communities, funders, own); err != nil {
		return err
	}
	// The city bureau publishes the projects as open data (OCDS and
	// 360Giving) under its own credit code.
	if _, err := store.SetOpenData(ctx, a, 0, models.OpenData{
		PublisherName: cityBureau.Name, PublisherScheme: "CN-USCI", PublisherUID: *cityBureau.CreditCode,
		OCIDPrefix: "ocds-hchry1", GrantPrefix: "360G-sjzmzj",
	}); err != nil {
		return fmt.Errorf("open-data settings: %w", err)
	}
	return demoSurveys(ctx, store, a, acts.admin, communities, incubators, own)
}
