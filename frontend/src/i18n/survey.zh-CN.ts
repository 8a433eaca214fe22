// Messages of demand surveys, needs and the coverage report (SPEC 2, 5.5).
// Merged into the main catalogue by index.ts; survey.en.ts carries the same keys.
const survey = {
  surveyMethod: {
    questionnaire: '问卷调查',
    interview: '入户访谈',
    deliberation_meeting: '议事协商会',
    grid_visit: '网格走访',
    online: '线上征集',
  },
  needCategory: {
    elderly_care: '养老服务',
    child_care: '儿童关爱',
    disability_support: '助残服务',
    environment: '环境整治',
    culture_sports: '文化体育',
    neighbor_relations: '邻里关系',
    participation: '居民参与',
    safety: '平安建设',
    health: '健康服务',
    employment: '就业帮扶',
    other: '其他',
  },
  needPriority: {
    high: '高',
    medium: '中',
    low: '低',
  },
  importFormat: {
    xlsx: 'Excel 工作簿（.xlsx）',
    csv: 'CSV 文本（.csv）',
  },
}

export default survey
