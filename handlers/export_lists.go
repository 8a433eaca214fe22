package handlers

import (
	"strings"

	"hatchery/models"
)

// The exported form of each list: the columns a bureau's monthly report or
// an auditor's working paper needs, in the order the pages show them. Enum
// columns come in pairs, the label and then the code.

var organizationTable = table[models.OrganizationView]{
	name: label{"社会组织", "organizations"},
	columns: columns[models.OrganizationView](
		col("名称", "Name", func(o models.OrganizationView) any { return o.Name }),
		col("统一社会信用代码", "Unified social credit code", func(o models.OrganizationView) any { return o.CreditCode }),
		enumCols("阶段", "Stage", "Stage", func(o models.OrganizationView) string { return string(o.Stage) }),
		col("进入阶段时间", "Stage since", func(o models.OrganizationView) any { return o.StageSince }),
		enumCols("登记类型", "Registration type", "RegistrationType", func(o models.OrganizationView) string { return o.RegistrationType }),
		enumCols("服务领域", "Category", "OrganizationCategory", func(o models.OrganizationView) string { return o.Category }),
		col("所属社区", "Community", func(o models.OrganizationView) any { return o.CommunityName }),
		col("区县", "District", func(o models.OrganizationView) any { return o.District }),
		col("孵化机构", "Hosting incubator", func(o models.OrganizationView) any { return o.IncubatorName }),
		col("本身为孵化机构", "Is an incubator", func(o models.OrganizationView) any { return o.IsIncubator }),
		col("成立日期", "Founded on", func(o models.OrganizationView) any { return o.FoundedOn }),
		col("联系人", "Contact", func(o models.OrganizationView) any { return o.ContactName }),
		col("联系电话", "Contact phone", func(o models.OrganizationView) any { return o.ContactPhone }),
		col("编号", "ID", func(o models.OrganizationView) any { return o.ID }),
	),
}

var projectTable = table[models.ProjectView]{
	name: label{"服务项目", "projects"},
	columns: columns[models.ProjectView](
		col("项目编号", "Code", func(p models.ProjectView) any { return p.Code }),
		col("项目名称", "Title", func(p models.ProjectView) any { return p.Title }),
		enumCols("状态", "Status", "ProjectStatus", func(p models.ProjectView) string { return string(p.Status) }),
		col("承接组织", "Contractor", func(p models.ProjectView) any { return p.OrganizationName }),
		col("资助方", "Funder", func(p models.ProjectView) any { return p.FunderName }),
		enumCols("服务领域", "Category", "OrganizationCategory", func(p models.ProjectView) string { return p.Category }),
		col("开始日期", "Start", func(p models.ProjectView) any { return p.StartOn }),
		col("结束日期", "End", func(p models.ProjectView) any { return p.EndOn }),
		col("预算（元）", "Budget (yuan)", func(p models.ProjectView) any { return p.BudgetFen }),
		col("已拨付（元）", "Disbursed (yuan)", func(p models.ProjectView) any { return p.DisbursedFen }),
		col("已支出（元）", "Spent (yuan)", func(p models.ProjectView) any { return p.SpentFen }),
		col("编号", "ID", func(p models.ProjectView) any { return p.ID }),
	),
}

var fundingCycleTable = table[models.FundingCycleView]{
	name: label{"资助批次", "funding cycles"},
	columns: columns[models.FundingCycleView](
		col("批次名称", "Name", func(f models.FundingCycleView) any { return f.Name }),
		col("资助方", "Funder", func(f models.FundingCycleView) any { return f.FunderName }),
		col("年度", "Year", func(f models.FundingCycleView) any { return f.Year }),
		col("资金池（元）", "Pool (yuan)", func(f models.FundingCycleView) any { return f.PoolFen }),
		col("已立项（元）", "Awarded (yuan)", func(f models.FundingCycleView) any { return f.AwardedFen }),
		col("项目数", "Projects", func(f models.FundingCycleView) any { return f.Projects }),
		col("申报开始", "Opens on", func(f models.FundingCycleView) any { return f.OpensOn }),
		col("申报截止", "Closes on", func(f models.FundingCycleView) any { return f.ClosesOn }),
		col("执行期开始", "Period start", func(f models.FundingCycleView) any { return f.PeriodStart }),
		col("执行期结束", "Period end", func(f models.FundingCycleView) any { return f.PeriodEnd }),
		col("编号", "ID", func(f models.FundingCycleView) any { return f.ID }),
	),
}

var transitionTable = table[models.TransitionView]{
	name: label{"阶段变更申请", "transition requests"},
	columns: columns[models.TransitionView](
		col("社会组织", "Organization", func(t models.TransitionView) any { return t.OrganizationName }),
		enumCols("原阶段", "From", "Stage", func(t models.TransitionView) string { return string(t.FromStage) }),
		enumCols("申请阶段", "To", "Stage", func(t models.TransitionView) string { return string(t.ToStage) }),
		enumCols("状态", "Status", "TransitionStatus", func(t models.TransitionView) string { return t.Status }),
		col("理由", "Reason", func(t models.TransitionView) any { return t.Reason }),
		col("孵化机构", "Incubator", func(t models.TransitionView) any { return t.IncubatorName }),
		col("申请人", "Requested by", func(t models.TransitionView) any { return t.RequestedByName }),
		col("申请时间", "Requested at", func(t models.TransitionView) any { return t.RequestedAt }),
		col("等待天数", "Age (days)", func(t models.TransitionView) any { return t.AgeDays }),
		col("已满足条件", "Criteria met", func(t models.TransitionView) any { return t.CriteriaMet }),
		col("条件总数", "Criteria", func(t models.TransitionView) any { return t.CriteriaTotal }),
		col("审核人", "Decided by", func(t models.TransitionView) any { return t.DecidedByName }),
		col("审核时间", "Decided at", func(t models.TransitionView) any { return t.DecidedAt }),
		col("审核意见", "Decision note", func(t models.TransitionView) any { return t.DecisionNote }),
		col("编号", "ID", func(t models.TransitionView) any { return t.ID }),
	),
}

var communityTable = table[models.Community]{
	name: label{"社区", "communities"},
	columns: columns[models.Community](
		col("社区", "Community", func(c models.Community) any { return c.Name }),
		col("街道", "Street", func(c models.Community) any { return c.Street }),
		col("区县", "District", func(c models.Community) any { return c.District }),
		enumCols("社区类型", "Type", "CommunityType", func(c models.Community) string { return c.Type }),
		col("户数", "Households", func(c models.Community) any { return c.Households }),
		col("人口", "Population", func(c models.Community) any { return c.Population }),
		col("编号", "ID", func(c models.Community) any { return c.ID }),
	),
}

var funderTable = table[models.Funder]{
	name: label{"资助方", "funders"},
	columns: columns[models.Funder](
		col("名称", "Name", func(f models.Funder) any { return f.Name }),
		enumCols("类型", "Kind", "FunderKind", func(f models.Funder) string { return f.Kind }),
		col("主管部门", "Department", func(f models.Funder) any { return f.Department }),
		col("统一社会信用代码", "Unified social credit code", func(f models.Funder) any { return f.CreditCode }),
		col("编号", "ID", func(f models.Funder) any { return f.ID }),
	),
}

var userTable = table[models.UserView]{
	name: label{"用户", "users"},
	columns: columns[models.UserView](
		col("用户名", "Username", func(u models.UserView) any { return u.Username }),
		col("姓名", "Name", func(u models.UserView) any { return u.DisplayName }),
		enumCols("角色", "Role", "Role", func(u models.UserView) string { return string(u.Role) }),
		col("所属组织", "Organization", func(u models.UserView) any { return u.OrganizationName }),
		col("所属资助方", "Funder", func(u models.UserView) any { return u.FunderName }),
		col("已停用", "Disabled", func(u models.UserView) any { return u.Disabled }),
		col("创建时间", "Created at", func(u models.UserView) any { return u.CreatedAt }),
		col("编号", "ID", func(u models.UserView) any { return u.ID }),
	),
}

var auditTable = table[models.AuditEntry]{
	name: label{"审计日志", "audit trail"},
	columns: columns[models.AuditEntry](
		col("序号", "Seq", func(e models.AuditEntry) any { return e.Seq }),
		col("时间", "At", func(e models.AuditEntry) any { return models.Time{Time: e.At} }),
		col("操作人", "Actor", func(e models.AuditEntry) any { return e.ActorUsername }),
		col("操作", "Action", func(e models.AuditEntry) any { return e.Action }),
		col("对象类型", "Entity", func(e models.AuditEntry) any { return e.Entity }),
		col("对象编号", "Entity ID", func(e models.AuditEntry) any { return e.EntityID }),
		col("对象名称", "Entity name", func(e models.AuditEntry) any { return e.EntityName }),
		col("变更内容", "Changes", func(e models.AuditEntry) any { return auditChangesCell(e.Changes) }),
		col("请求编号", "Request ID", func(e models.AuditEntry) any { return e.RequestID }),
		col("客户端地址", "Client IP", func(e models.AuditEntry) any { return e.ClientIP }),
		col("哈希", "Hash", func(e models.AuditEntry) any { return e.Hash }),
	),
}

// auditChangesCell writes an entry's changes one per line, as
// "field: before → after" in JSON.
func auditChangesCell(cs []models.AuditChange) string {
	lines := make([]string, len(cs))
	for i, c := range cs {
		lines[i] = c.Field + ": " + string(c.Before) + " → " + string(c.After)
	}
	return strings.Join(lines, "\n")
}

var tokenTable = table[models.APIToken]{
	name: label{"API 令牌", "API tokens"},
	columns: columns[models.APIToken](
		col("名称", "Name", func(t models.APIToken) any { return t.Name }),
		col("创建时间", "Created at", func(t models.APIToken) any { return t.CreatedAt }),
		col("到期时间", "Expires at", func(t models.APIToken) any { return t.ExpiresAt }),
		col("最近使用", "Last used at", func(t models.APIToken) any { return t.LastUsedAt }),
		col("撤销时间", "Revoked at", func(t models.APIToken) any { return t.RevokedAt }),
		col("编号", "ID", func(t models.APIToken) any { return t.ID }),
	),
}
