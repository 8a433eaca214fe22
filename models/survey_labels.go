package models

// Chinese labels of the survey enums, as street offices write them in their
// spreadsheets and as the import template lists them. They are the labels of
// frontend/src/i18n/survey.zh-CN.ts; a test holds the two equal.
var (
	SurveyMethodLabels = map[string]string{
		"questionnaire":        "问卷调查",
		"interview":            "入户访谈",
		"deliberation_meeting": "议事协商会",
		"grid_visit":           "网格走访",
		"online":               "线上征集",
	}
	NeedCategoryLabels = map[string]string{
		"elderly_care":       "养老服务",
		"child_care":         "儿童关爱",
		"disability_support": "助残服务",
		"environment":        "环境整治",
		"culture_sports":     "文化体育",
		"neighbor_relations": "邻里关系",
		"participation":      "居民参与",
		"safety":             "平安建设",
		"health":             "健康服务",
		"employment":         "就业帮扶",
		"other":              "其他",
	}
	NeedPriorityLabels = map[string]string{
		"high":   "高",
		"medium": "中",
		"low":    "低",
	}
)

// labelled is one enum as a spreadsheet cell may give it: by code or by
// its Chinese label.
type labelled struct {
	codes  []string
	labels map[string]string
}

var (
	surveyMethodCells = labelled{SurveyMethods, SurveyMethodLabels}
	needCategoryCells = labelled{NeedCategories, NeedCategoryLabels}
	needPriorityCells = labelled{NeedPriorities, NeedPriorityLabels}
)

// code answers the code a cell names, by label or by code.
func (l labelled) code(cell string) (string, bool) {
	for _, c := range l.codes {
		if cell == c || cell == l.labels[c] {
			return c, true
		}
	}
	return "", false
}

// names lists the labels in the enum's order.
func (l labelled) names() []string {
	out := make([]string, len(l.codes))
	for i, c := range l.codes {
		out[i] = l.labels[c]
	}
	return out
}
