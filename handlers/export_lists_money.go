package handlers

import (
	"hatchery/models"
)

// The exported ledgers, rosters and surveys. Amounts are yuan from exact
// fen; a reversal is its own row with the negated amount and the id of the
// entry it reverses, as the ledger keeps it.

var disbursementTable = table[models.Disbursement]{
	name: label{"拨付记录", "disbursements"},
	columns: columns[models.Disbursement](
		col("拨付日期", "Paid on", func(d models.Disbursement) any { return d.PaidOn }),
		col("金额（元）", "Amount (yuan)", func(d models.Disbursement) any { return d.AmountFen }),
		col("对应拨付节点", "Tranche", func(d models.Disbursement) any { return d.TrancheSeq }),
		col("凭证号", "Reference", func(d models.Disbursement) any { return d.Reference }),
		col("冲销的记录", "Reverses", func(d models.Disbursement) any { return d.ReversesID }),
		col("冲销原因", "Reversal reason", func(d models.Disbursement) any { return d.ReversalReason }),
		col("被冲销于", "Reversed by", func(d models.Disbursement) any { return d.ReversedBy }),
		col("记录时间", "Recorded at", func(d models.Disbursement) any { return d.CreatedAt }),
		col("编号", "ID", func(d models.Disbursement) any { return d.ID }),
	),
}

// expenditureColumns are an expenditure's own columns, shared by a
// project's ledger and a portfolio's.
func expenditureColumns[T any](e func(T) models.Expenditure) []column[T] {
	return columns[T](
		col("支出日期", "Spent on", func(r T) any { return e(r).SpentOn }),
		enumCols("预算科目", "Budget line", "BudgetCategory", func(r T) string { return e(r).BudgetCategory }),
		col("金额（元）", "Amount (yuan)", func(r T) any { return e(r).AmountFen }),
		col("收款方", "Payee", func(r T) any { return e(r).Payee }),
		col("凭证号", "Voucher no.", func(r T) any { return e(r).VoucherNo }),
		col("摘要", "Description", func(r T) any { return e(r).Description }),
		col("冲销的记录", "Reverses", func(r T) any { return e(r).ReversesID }),
		col("冲销原因", "Reversal reason", func(r T) any { return e(r).ReversalReason }),
		col("被冲销于", "Reversed by", func(r T) any { return e(r).ReversedBy }),
		col("记录时间", "Recorded at", func(r T) any { return e(r).CreatedAt }),
		col("编号", "ID", func(r T) any { return e(r).ID }),
	)
}

var expenditureTable = table[models.Expenditure]{
	name:    label{"支出明细", "expenditures"},
	columns: expenditureColumns(func(e models.Expenditure) models.Expenditure { return e }),
}

var ledgerTable = table[models.LedgerEntry]{
	name: label{"资助台账", "portfolio ledger"},
	columns: columns[models.LedgerEntry](
		col("项目编号", "Project code", func(e models.LedgerEntry) any { return e.ProjectCode }),
		col("项目名称", "Project", func(e models.LedgerEntry) any { return e.ProjectTitle }),
		col("承接组织", "Contractor", func(e models.LedgerEntry) any { return e.OrganizationName }),
		col("资助方", "Funder", func(e models.LedgerEntry) any { return e.FunderName }),
		expenditureColumns(func(e models.LedgerEntry) models.Expenditure { return e.Expenditure }),
	),
}

var staffTable = table[models.StaffMember]{
	name: label{"工作人员", "staff"},
	columns: columns[models.StaffMember](
		col("姓名", "Name", func(m models.StaffMember) any { return m.Name }),
		col("岗位", "Title", func(m models.StaffMember) any { return m.Title }),
		col("联系电话", "Phone", func(m models.StaffMember) any { return m.Phone }),
		enumCols("用工形式", "Employment", "EmploymentType", func(m models.StaffMember) string { return m.EmploymentType }),
		enumCols("职业资格", "Qualification", "Qualification", func(m models.StaffMember) string { return m.Qualification }),
		enumCols("学历", "Education", "Education", func(m models.StaffMember) string { return m.Education }),
		col("入职日期", "Joined on", func(m models.StaffMember) any { return m.JoinedOn }),
		col("离职日期", "Left on", func(m models.StaffMember) any { return m.LeftOn }),
		enumCols("离职原因", "Leave reason", "LeaveReason", func(m models.StaffMember) string { return deref(m.LeaveReason) }),
		col("本年培训学时", "Training hours this year", func(m models.StaffMember) any { return m.TrainingHours }),
		col("编号", "ID", func(m models.StaffMember) any { return m.ID }),
	),
}

var milestoneTable = table[models.Milestone]{
	name: label{"孵化里程碑", "milestones"},
	columns: columns[models.Milestone](
		col("达成日期", "Achieved on", func(m models.Milestone) any { return m.AchievedOn }),
		enumCols("类型", "Type", "MilestoneType", func(m models.Milestone) string { return m.Type }),
		col("学时", "Hours", func(m models.Milestone) any { return m.Hours }),
		col("说明", "Note", func(m models.Milestone) any { return m.Note }),
		col("佐证材料", "Evidence", func(m models.Milestone) any { return m.EvidenceRef }),
		col("记录人", "Logged by", func(m models.Milestone) any { return m.LoggedByName }),
		col("编号", "ID", func(m models.Milestone) any { return m.ID }),
	),
}

var surveyTable = table[models.DemandSurvey]{
	name: label{"需求调研", "demand surveys"},
	columns: columns[models.DemandSurvey](
		col("调研名称", "Title", func(s models.DemandSurvey) any { return s.Title }),
		col("社区", "Community", func(s models.DemandSurvey) any { return s.CommunityName }),
		col("区县", "District", func(s models.DemandSurvey) any { return s.District }),
		enumCols("调研方式", "Method", "SurveyMethod", func(s models.DemandSurvey) string { return s.Method }),
		col("调研日期", "Conducted on", func(s models.DemandSurvey) any { return s.ConductedOn }),
		col("受访人数", "Respondents", func(s models.DemandSurvey) any { return s.Respondents }),
		col("实施组织", "Conducted by", func(s models.DemandSurvey) any { return s.ConductedByOrgName }),
		col("需求数", "Needs", func(s models.DemandSurvey) any { return s.NeedsCount }),
		col("已回应需求数", "Needs answered", func(s models.DemandSurvey) any { return s.NeedsCovered }),
		col("已过时", "Stale", func(s models.DemandSurvey) any { return s.Stale }),
		col("编号", "ID", func(s models.DemandSurvey) any { return s.ID }),
	),
}

var needTable = table[models.Need]{
	name: label{"居民需求", "needs"},
	columns: columns[models.Need](
		col("需求", "Need", func(n models.Need) any { return n.Title }),
		enumCols("需求类别", "Category", "NeedCategory", func(n models.Need) string { return n.Category }),
		enumCols("优先级", "Priority", "NeedPriority", func(n models.Need) string { return n.Priority }),
		col("提及人次", "Mentions", func(n models.Need) any { return n.Mentions }),
		col("社区", "Community", func(n models.Need) any { return n.CommunityName }),
		col("区县", "District", func(n models.Need) any { return n.District }),
		col("调研", "Survey", func(n models.Need) any { return n.SurveyTitle }),
		col("调研日期", "Surveyed on", func(n models.Need) any { return n.SurveyConductedOn }),
		col("已有项目回应", "Answered", func(n models.Need) any { return n.Covered }),
		col("回应项目", "Projects", func(n models.Need) any { return needProjectCodes(n) }),
		col("说明", "Description", func(n models.Need) any { return n.Description }),
		col("编号", "ID", func(n models.Need) any { return n.ID }),
	),
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// needProjectCodes names a need's linked projects by code, one cell.
func needProjectCodes(n models.Need) string {
	out := ""
	for i, p := range n.Projects {
		if i > 0 {
			out += "、"
		}
		out += p.Code
	}
	return out
}
