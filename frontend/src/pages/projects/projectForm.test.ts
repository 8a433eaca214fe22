import { describe, expect, it } from 'vitest'
import type { Project } from '@/api/types'
import {
  blankProjectForm,
  planTotal,
  projectChanges,
  projectFormFields,
  projectRequest,
  projectToForm,
  type ProjectForm,
} from './projectForm'

function filled(): ProjectForm {
  return {
    ...blankProjectForm(),
    code: 'SJZ-2027-001',
    title: '邻里守望',
    organization_id: 'o1',
    category: 'elderly_care',
    budget: '1,000.10',
    start_on: '2027-01-01',
    end_on: '2027-12-31',
    community_ids: ['c1'],
    budget_lines: [
      { category: 'personnel', amount: '600.05' },
      { category: 'activities', amount: '４００．０５' },
    ],
    tranches: [
      { due_on: '2027-01-15', amount: '500', condition: '签约后' },
      { due_on: '2027-07-15', amount: '500.10', condition: '' },
    ],
    indicators: [{ name: '服务人次', unit: '人次', target: 700 }],
  }
}

describe('projectRequest', () => {
  it('sends every amount in fen and numbers the tranches', () => {
    const request = projectRequest(filled())
    expect(request.ok).toBe(true)
    if (!request.ok) return
    expect(request.body.budget_fen).toBe(100010)
    expect(request.body.budget_lines).toEqual([
      { category: 'personnel', amount_fen: 60005 },
      { category: 'activities', amount_fen: 40005 },
    ])
    expect(request.body.tranches?.map((t) => [t.seq, t.amount_fen])).toEqual([
      [1, 50000],
      [2, 50010],
    ])
    expect(request.body).not.toHaveProperty('funder_id')
    expect(request.body).not.toHaveProperty('funding_cycle_id')
  })

  it('names each amount it cannot read by the field the server would name', () => {
    const form = filled()
    form.budget = '1.234'
    form.tranches[1].amount = ''
    const request = projectRequest(form)
    expect(request).toEqual({ ok: false, errors: { budget_fen: 'decimals', 'tranches[1].amount_fen': 'empty' } })
  })

  it('sends the funder and cycle when chosen', () => {
    const request = projectRequest({ ...filled(), funder_id: 'f1', funding_cycle_id: 'fc1' })
    expect(request.ok && request.body.funder_id).toBe('f1')
    expect(request.ok && request.body.funding_cycle_id).toBe('fc1')
  })
})

describe('projectFormFields', () => {
  it('lists the fields of each row', () => {
    const fields = projectFormFields(filled())
    expect(fields).toContain('budget_lines[1].amount_fen')
    expect(fields).toContain('tranches[1].due_on')
    expect(fields).toContain('indicators[0].name')
    expect(fields).not.toContain('tranches[2].due_on')
  })
})

describe('planTotal', () => {
  it('sums exactly and compares with the budget', () => {
    expect(planTotal(['0.1', '0.2'], '0.30')).toEqual({ total: 30n, unread: 0, budget: 30n, difference: 0n })
  })

  it('counts rows it cannot read yet and a budget not yet typed', () => {
    expect(planTotal(['600', 'abc', ''], '')).toEqual({ total: 60000n, unread: 2, budget: null, difference: null })
  })

  it('shows what is left to plan, or planned beyond', () => {
    expect(planTotal(['600'], '1,000').difference).toBe(40000n)
    expect(planTotal(['600', '500'], '1,000').difference).toBe(-10000n)
  })
})

describe('projectChanges', () => {
  const draft = {
    id: 'p1',
    version: 3,
    code: 'SJZ-2027-001',
    title: '邻里守望',
    organization_id: 'o1',
    funder_id: 'f1',
    funding_cycle_id: 'fc1',
    category: 'elderly_care',
    budget_fen: 100010,
    start_on: '2027-01-01',
    end_on: '2027-12-31',
    description: '',
    community_ids: ['c1'],
    budget_lines: [{ category: 'personnel', amount_fen: 100010 }],
    tranches: [
      { seq: 2, due_on: '2027-07-15', amount_fen: 50010, condition: '' },
      { seq: 1, due_on: '2027-01-15', amount_fen: 50000, condition: '签约后' },
    ],
    indicators: [{ id: 'i1', name: '服务人次', unit: '人次', target: 700, actual: null }],
  } as unknown as Project

  it('finds nothing changed in the draft as stored', () => {
    expect(projectChanges(projectToForm(draft), draft)).toEqual({ ok: true, body: {} })
  })

  it('sends a changed amount in fen and a changed list whole', () => {
    const form = projectToForm(draft)
    form.budget_lines[0].amount = '600.05'
    form.budget_lines.push({ category: 'activities', amount: '400.05' })
    expect(projectChanges(form, draft)).toEqual({
      ok: true,
      body: {
        budget_lines: [
          { category: 'personnel', amount_fen: 60005 },
          { category: 'activities', amount_fen: 40005 },
        ],
      },
    })
  })

  it('clears the cycle with an empty id and never sends the funder', () => {
    const form = { ...projectToForm(draft), funding_cycle_id: '', funder_id: 'f2' }
    expect(projectChanges(form, draft)).toEqual({ ok: true, body: { funding_cycle_id: '' } })
  })

  it('names an amount it cannot read', () => {
    expect(projectChanges({ ...projectToForm(draft), budget: '1.2.3' }, draft)).toEqual({ ok: false, errors: { budget_fen: 'syntax' } })
  })
})
