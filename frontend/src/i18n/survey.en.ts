// English messages of demand surveys, needs and the coverage report; the same
// keys as survey.zh-CN.ts.
const survey = {
  surveyMethod: {
    questionnaire: 'Questionnaire',
    interview: 'Interviews',
    deliberation_meeting: 'Deliberation meeting',
    grid_visit: 'Grid visits',
    online: 'Online',
  },
  needCategory: {
    elderly_care: 'Elderly care',
    child_care: 'Child care',
    disability_support: 'Disability support',
    environment: 'Environment',
    culture_sports: 'Culture and sports',
    neighbor_relations: 'Neighbour relations',
    participation: 'Participation',
    safety: 'Safety',
    health: 'Health',
    employment: 'Employment',
    other: 'Other',
  },
  needPriority: {
    high: 'High',
    medium: 'Medium',
    low: 'Low',
  },
  importFormat: {
    xlsx: 'Excel workbook (.xlsx)',
    csv: 'CSV text (.csv)',
  },
}

export default survey
