package handlers

import (
	"strconv"
	"strings"

	"hatchery/models"
)

// The exported reports: headline figures first, then each table the page
// draws, as a bureau pastes them into its monthly report upward.

// keyCount is one row of a count by code (stage, leave reason, flag).
type keyCount struct {
	code  any
	count int64
}

func countTable(name label, zh, en string) table[keyCount] {
	return table[keyCount]{name: name, columns: []column[keyCount]{
		col(zh, en, func(k keyCount) any { return k.code }),
		col("数量", "Count", func(k keyCount) any { return k.count }),
	}}
}

func pipelineSections(r models.PipelineReport) []section {
	stages := make([]keyCount, 0, len(models.Stages))
	for _, s := range models.Stages {
		stages = append(stages, keyCount{enumValue{"Stage", string(s)}, r.ByStage[s]})
	}
	in := r.Incubation
	return []section{
		figures(label{"孵化进程", "pipeline"},
			figure{label{"统计期开始", "Period from"}, in.From},
			figure{label{"统计期结束", "Period to"}, in.To},
			figure{label{"入孵", "Entered incubation"}, in.Entered},
			figure{label{"出壳", "Graduated"}, in.Graduated},
			figure{label{"孵化终止", "Ended without graduating"}, in.Ended},
			figure{label{"出壳中位天数", "Median days to graduate"}, in.MedianDaysToGraduate},
			figure{label{"待审申请", "Pending requests"}, r.Pending.Count},
			figure{label{"待审中位天数", "Median pending age (days)"}, r.Pending.MedianAgeDays},
			figure{label{"滞留孵化", "Stuck in incubation"}, r.Stuck.Count},
			figure{label{"滞留阈值（天）", "Stuck threshold (days)"}, r.Stuck.ThresholdDays},
			figure{label{"已出壳", "Hatched"}, r.Survival.Hatched},
			figure{label{"仍在运营", "Still operating"}, r.Survival.Alive},
			figure{label{"存活率", "Survival share"}, sharePtr(r.Survival.Share)},
		),
		sectionOf(countTable(label{"各阶段组织数", "by stage"}, "阶段", "Stage"), stages),
		sectionOf(table[models.QuarterOutcome]{name: label{"按季度", "by quarter"}, columns: columns[models.QuarterOutcome](
			col("季度", "Quarter", func(q models.QuarterOutcome) any { return q.Quarter }),
			col("入孵", "Entered", func(q models.QuarterOutcome) any { return q.Entered }),
			col("出壳", "Graduated", func(q models.QuarterOutcome) any { return q.Graduated }),
			col("终止", "Ended", func(q models.QuarterOutcome) any { return q.Ended }),
		)}, in.ByQuarter),
		sectionOf(table[models.StuckMember]{name: label{"滞留孵化组织", "stuck"}, columns: columns[models.StuckMember](
			col("社会组织", "Organization", func(m models.StuckMember) any { return m.Name }),
			col("孵化机构", "Incubator", func(m models.StuckMember) any { return m.IncubatorName }),
			col("入孵时间", "Incubating since", func(m models.StuckMember) any { return m.StageSince }),
			col("孵化天数", "Days", func(m models.StuckMember) any { return m.Days }),
		)}, r.Stuck.Items),
		sectionOf(table[models.PendingRequest]{name: label{"待审申请", "pending"}, columns: columns[models.PendingRequest](
			col("社会组织", "Organization", func(p models.PendingRequest) any { return p.OrganizationName }),
			enumCols("原阶段", "From", "Stage", func(p models.PendingRequest) string { return string(p.FromStage) }),
			enumCols("申请阶段", "To", "Stage", func(p models.PendingRequest) string { return string(p.ToStage) }),
			col("申请时间", "Requested at", func(p models.PendingRequest) any { return p.RequestedAt }),
			col("等待天数", "Age (days)", func(p models.PendingRequest) any { return p.AgeDays }),
		)}, r.Pending.Items),
	}
}

var turnoverGroupColumns = columns[models.TurnoverGroup](
	col("分组", "Group", func(g models.TurnoverGroup) any {
		if g.Key == totalKey {
			return label{"合计", "Total"}
		}
		return g.Label
	}),
	col("期初人数", "Headcount at start", func(g models.TurnoverGroup) any { return g.HeadcountStart }),
	col("期末人数", "Headcount at end", func(g models.TurnoverGroup) any { return g.HeadcountEnd }),
	col("入职", "Hires", func(g models.TurnoverGroup) any { return g.Hires }),
	col("离职", "Separations", func(g models.TurnoverGroup) any { return g.Separations }),
	col("流失率", "Turnover rate", func(g models.TurnoverGroup) any { return sharePtr(g.TurnoverRate) }),
	col("流失率偏高", "High turnover", func(g models.TurnoverGroup) any { return g.HighTurnover }),
	col("任职中位天数", "Median tenure (days)", func(g models.TurnoverGroup) any { return g.MedianTenureDays }),
	col("持证社工", "Social workers", func(g models.TurnoverGroup) any { return g.SocialWorkersEnd }),
	col("助理社工师", "Assistant social workers", func(g models.TurnoverGroup) any { return g.AssistantSocialWorkers }),
	col("社工师", "Social workers (mid)", func(g models.TurnoverGroup) any { return g.SocialWorkers }),
	col("高级社工师", "Senior social workers", func(g models.TurnoverGroup) any { return g.SeniorSocialWorkers }),
	col("任职不足1年", "Tenure under 1 year", func(g models.TurnoverGroup) any { return g.TenureUnder1Y }),
	col("1至3年", "1 to 3 years", func(g models.TurnoverGroup) any { return g.Tenure1To3Y }),
	col("3至5年", "3 to 5 years", func(g models.TurnoverGroup) any { return g.Tenure3To5Y }),
	col("5年以上", "Over 5 years", func(g models.TurnoverGroup) any { return g.TenureOver5Y }),
	col("培训未达标", "Below training target", func(g models.TurnoverGroup) any { return g.BelowTrainingTarget }),
)

// totalKey marks the total row among the turnover groups.
const totalKey = "\x00total"

func turnoverSections(r models.TurnoverReport) []section {
	reasons := make([]keyCount, 0, len(models.LeaveReasons))
	for _, code := range models.LeaveReasons {
		reasons = append(reasons, keyCount{enumValue{"LeaveReason", code}, r.LeaveReasons[code]})
	}
	total := r.Total
	total.Key = totalKey
	groups := append(append([]models.TurnoverGroup{}, r.Groups...), total)
	return []section{
		figures(label{"人员流失", "turnover"},
			figure{label{"统计期开始", "Period from"}, r.From},
			figure{label{"统计期结束", "Period to"}, r.To},
			figure{label{"分组方式", "Grouped by"}, enumValue{"TurnoverGrouping", r.GroupBy}},
			figure{label{"年度培训目标（学时）", "Training target (hours a year)"}, r.TrainingTarget},
			figure{label{"流失率", "Turnover rate"}, sharePtr(total.TurnoverRate)},
		),
		sectionOf(table[models.TurnoverGroup]{name: label{"分组明细", "groups"}, columns: turnoverGroupColumns}, groups),
		sectionOf(countTable(label{"离职原因", "leave reasons"}, "原因", "Reason"), reasons),
		sectionOf(table[models.TurnoverTrend]{name: label{"按季度", "by quarter"}, columns: columns[models.TurnoverTrend](
			col("季度", "Quarter", func(t models.TurnoverTrend) any { return t.Quarter }),
			col("入职", "Hires", func(t models.TurnoverTrend) any { return t.Hires }),
			col("离职", "Separations", func(t models.TurnoverTrend) any { return t.Separations }),
			col("期末人数", "Headcount at end", func(t models.TurnoverTrend) any { return t.HeadcountEnd }),
			col("流失率", "Turnover rate", func(t models.TurnoverTrend) any { return sharePtr(t.TurnoverRate) }),
		)}, r.ByQuarter),
	}
}

var continuityTable = table[models.FundingContinuity]{
	name: label{"资金连续性", "continuity"},
	columns: columns[models.FundingContinuity](
		col("社会组织", "Organization", func(f models.FundingContinuity) any { return f.OrganizationName }),
		col("项目数", "Projects", func(f models.FundingContinuity) any { return f.Projects }),
		col("获资助（元）", "Awarded (yuan)", func(f models.FundingContinuity) any { return f.AwardedFen }),
		col("资助方", "Funders", func(f models.FundingContinuity) any { return funderNames(f.Funders) }),
		col("最大资助方占比", "Largest funder share", func(f models.FundingContinuity) any { return sharePtr(f.LargestFunderShare) }),
		col("集中度（HHI）", "Concentration (HHI)", func(f models.FundingContinuity) any { return f.HHI }),
		col("资助空档（天）", "Gaps (days)", func(f models.FundingContinuity) any { return joinInts(f.GapsDays) }),
		col("资助截至", "Funded until", func(f models.FundingContinuity) any { return f.FundedUntil }),
		col("面临资金断档", "Funding cliff", func(f models.FundingContinuity) any { return f.FundingCliff }),
		col("组织编号", "Organization ID", func(f models.FundingContinuity) any { return f.OrganizationID }),
	),
}

func fundingSections(r models.FundingReport) []section {
	return []section{
		figures(label{"资金连续性", "funding"},
			figure{label{"组织数", "Organizations"}, r.OrganizationCount},
			figure{label{"面临资金断档", "Facing a funding cliff"}, r.CliffCount},
			figure{label{"单一资助方", "With a single funder"}, r.SingleFunderCount},
		),
		sectionOf(continuityTable, r.Organizations),
		sectionOf(table[models.CycleAward]{name: label{"资助批次", "cycles"}, columns: columns[models.CycleAward](
			col("批次", "Cycle", func(a models.CycleAward) any { return a.Name }),
			col("年度", "Year", func(a models.CycleAward) any { return a.Year }),
			col("资金池（元）", "Pool (yuan)", func(a models.CycleAward) any { return a.PoolFen }),
			col("已立项（元）", "Awarded (yuan)", func(a models.CycleAward) any { return a.AwardedFen }),
			col("立项占比", "Awarded share", func(a models.CycleAward) any { return sharePtr(a.AwardedShare) }),
		)}, r.Cycles),
	}
}

func organizationFundingSections(f models.FundingContinuity) []section {
	return []section{
		sectionOf(continuityTable, []models.FundingContinuity{f}),
		sectionOf(table[models.FundingPeriod]{name: label{"资助时间线", "timeline"}, columns: columns[models.FundingPeriod](
			col("项目编号", "Project code", func(p models.FundingPeriod) any { return p.Code }),
			col("资助方", "Funder", func(p models.FundingPeriod) any { return p.FunderName }),
			enumCols("状态", "Status", "ProjectStatus", func(p models.FundingPeriod) string { return string(p.Status) }),
			col("开始日期", "Start", func(p models.FundingPeriod) any { return p.StartOn }),
			col("结束日期", "End", func(p models.FundingPeriod) any { return p.EndOn }),
			col("预算（元）", "Budget (yuan)", func(p models.FundingPeriod) any { return p.BudgetFen }),
		)}, f.Periods),
	}
}

var auditLineColumns = func(code string) []column[models.AuditLine] {
	return columns[models.AuditLine](
		col("项目编号", "Project code", func(models.AuditLine) any { return code }),
		enumCols("预算科目", "Budget line", "BudgetCategory", func(l models.AuditLine) string { return l.Category }),
		col("预算（元）", "Budget (yuan)", func(l models.AuditLine) any { return l.BudgetFen }),
		col("已支出（元）", "Spent (yuan)", func(l models.AuditLine) any { return l.SpentFen }),
		col("结余（元）", "Remaining (yuan)", func(l models.AuditLine) any { return l.RemainingFen }),
		col("执行率", "Spent share", func(l models.AuditLine) any { return sharePtr(l.SpentShare) }),
	)
}

var flagTable = table[models.AuditFlag]{name: label{"审计标记", "flags"}, columns: columns[models.AuditFlag](
	col("标记", "Flag", func(f models.AuditFlag) any { return f.Code }),
	col("说明", "Detail", func(f models.AuditFlag) any { return f.Detail }),
	col("相关记录", "Entries", func(f models.AuditFlag) any { return strings.Join(f.EntryIDs, " ") }),
	col("项目编号", "Project ID", func(f models.AuditFlag) any { return f.ProjectID }),
)}

func projectAuditSections(a models.SpendAudit) []section {
	return []section{
		figures(label{"支出审计", "spend audit"},
			figure{label{"项目编号", "Project code"}, a.Code},
			figure{label{"项目名称", "Project"}, a.Title},
			figure{label{"状态", "Status"}, enumValue{"ProjectStatus", a.Status}},
			figure{label{"预算（元）", "Budget (yuan)"}, a.BudgetFen},
			figure{label{"已拨付（元）", "Disbursed (yuan)"}, a.DisbursedFen},
			figure{label{"已支出（元）", "Spent (yuan)"}, a.SpentFen},
			figure{label{"时间进度", "Time elapsed"}, percent(a.TimeElapsedShare)},
			figure{label{"支出进度", "Spent share"}, percent(a.SpentShare)},
		),
		sectionOf(table[models.AuditLine]{name: label{"预算执行", "lines"}, columns: auditLineColumns(a.Code)}, a.Lines),
		sectionOf(flagTable, a.Flags),
	}
}

func portfolioAuditSections(r models.PortfolioAudit) []section {
	flags := []models.AuditFlag{}
	rows := []models.SpendAudit{}
	for _, a := range r.Audits {
		flags = append(flags, a.Flags...)
		rows = append(rows, a)
	}
	ss := []section{
		figures(label{"组合审计", "portfolio audit"},
			figure{label{"项目数", "Projects"}, r.Projects},
			figure{label{"预算（元）", "Budget (yuan)"}, r.BudgetFen},
			figure{label{"已拨付（元）", "Disbursed (yuan)"}, r.DisbursedFen},
			figure{label{"已支出（元）", "Spent (yuan)"}, r.SpentFen},
			figure{label{"支出笔数", "Expenditures"}, r.Expenditures},
		),
		sectionOf(table[models.SpendAudit]{name: label{"项目", "projects"}, columns: columns[models.SpendAudit](
			col("项目编号", "Project code", func(a models.SpendAudit) any { return a.Code }),
			col("项目名称", "Project", func(a models.SpendAudit) any { return a.Title }),
			enumCols("状态", "Status", "ProjectStatus", func(a models.SpendAudit) string { return a.Status }),
			col("预算（元）", "Budget (yuan)", func(a models.SpendAudit) any { return a.BudgetFen }),
			col("已拨付（元）", "Disbursed (yuan)", func(a models.SpendAudit) any { return a.DisbursedFen }),
			col("已支出（元）", "Spent (yuan)", func(a models.SpendAudit) any { return a.SpentFen }),
			col("时间进度", "Time elapsed", func(a models.SpendAudit) any { return percent(a.TimeElapsedShare) }),
			col("支出进度", "Spent share", func(a models.SpendAudit) any { return percent(a.SpentShare) }),
			col("标记数", "Flags", func(a models.SpendAudit) any { return len(a.Flags) }),
		)}, rows),
		sectionOf(flagTable, flags),
	}
	if b := r.Benford; b != nil {
		ss = append(ss,
			figures(label{"首位数字检验", "Benford"},
				figure{label{"金额数", "Amounts"}, b.N},
				figure{label{"卡方", "Chi-square"}, b.ChiSq},
				figure{label{"卡方临界值（5%）", "Chi-square critical (5%)"}, b.Critical},
				figure{label{"平均绝对偏差", "MAD"}, b.MAD},
				figure{label{"符合程度", "Conformity"}, b.Conformity},
				figure{label{"结论", "Conclusion"}, b.Conclusion},
			),
			sectionOf(table[models.BenfordDigit]{name: label{"首位数字分布", "first digits"}, columns: columns[models.BenfordDigit](
				col("首位数字", "Digit", func(d models.BenfordDigit) any { return d.Digit }),
				col("笔数", "Count", func(d models.BenfordDigit) any { return d.Count }),
				col("实际占比", "Observed", func(d models.BenfordDigit) any { return percent(d.Observed) }),
				col("理论占比", "Expected", func(d models.BenfordDigit) any { return percent(d.Expected) }),
			)}, b.Digits))
	}
	return ss
}

func coverageSections(r models.CoverageReport) []section {
	return []section{
		figures(label{"需求回应", "demand coverage"},
			figure{label{"社区数", "Communities"}, r.CommunitiesTotal},
			figure{label{"无项目回应的社区", "Communities with no answered need"}, r.CommunitiesWithoutAnswer},
			figure{label{"占比", "Share"}, sharePtr(r.CommunitiesWithoutAnswerShare)},
			figure{label{"未做调研的社区", "Communities without a survey"}, r.CommunitiesWithoutSurvey},
			figure{label{"调研已过时", "Stale surveys"}, r.StaleSurveys},
		),
		sectionOf(table[models.CommunityCoverage]{name: label{"各社区", "communities"}, columns: columns[models.CommunityCoverage](
			col("社区", "Community", func(c models.CommunityCoverage) any { return c.CommunityName }),
			col("街道", "Street", func(c models.CommunityCoverage) any { return c.Street }),
			col("区县", "District", func(c models.CommunityCoverage) any { return c.District }),
			col("调研次数", "Surveys", func(c models.CommunityCoverage) any { return c.Surveys }),
			col("最近调研", "Latest survey", func(c models.CommunityCoverage) any { return c.LatestSurveyOn }),
			col("调研已过时", "Stale", func(c models.CommunityCoverage) any { return c.Stale }),
			col("需求数", "Needs", func(c models.CommunityCoverage) any { return c.Needs }),
			col("已回应", "Answered", func(c models.CommunityCoverage) any { return c.NeedsCovered }),
			col("回应率", "Coverage", func(c models.CommunityCoverage) any { return sharePtr(c.Coverage) }),
			col("未回应高优先级", "Unanswered high priority", func(c models.CommunityCoverage) any { return c.UncoveredHigh }),
			col("服务项目", "Projects", func(c models.CommunityCoverage) any { return c.Projects }),
			col("对应需求的项目", "Projects linked to a need", func(c models.CommunityCoverage) any { return c.ProjectsLinked }),
			col("社区编号", "Community ID", func(c models.CommunityCoverage) any { return c.CommunityID }),
		)}, r.Communities),
		sectionOf(table[models.DistrictCoverage]{name: label{"各区县", "districts"}, columns: columns[models.DistrictCoverage](
			col("区县", "District", func(d models.DistrictCoverage) any { return d.District }),
			col("社区数", "Communities", func(d models.DistrictCoverage) any { return d.Communities }),
			col("无项目回应", "With no answered need", func(d models.DistrictCoverage) any { return d.CommunitiesWithoutAnswer }),
			col("未做调研", "Without a survey", func(d models.DistrictCoverage) any { return d.CommunitiesWithoutSurvey }),
			col("需求数", "Needs", func(d models.DistrictCoverage) any { return d.Needs }),
			col("已回应", "Answered", func(d models.DistrictCoverage) any { return d.NeedsCovered }),
			col("回应率", "Coverage", func(d models.DistrictCoverage) any { return sharePtr(d.Coverage) }),
		)}, r.Districts),
	}
}

// sharePtr is a share that may be unknown, as a percent cell.
func sharePtr(f *float64) any {
	if f == nil {
		return nil
	}
	return percent(*f)
}

func funderNames(fs []models.FunderShare) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.FunderName
	}
	return strings.Join(names, "、")
}

func joinInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, " ")
}
