import { describe, expect, it } from 'vitest'
import type { Need } from '@/api/surveys'
import { boardOrder } from './needOrder'

const need = (id: string, priority: Need['priority'], covered: boolean, mentions = 1): Need => ({
  id,
  survey_id: 's',
  community_id: 'c',
  category: 'other',
  title: id,
  description: '',
  mentions,
  priority,
  created_at: '',
  survey_title: '',
  survey_conducted_on: '',
  community_name: '',
  district: '',
  projects: [],
  covered,
})

describe('boardOrder', () => {
  it('puts unanswered high-priority needs first and answered ones last', () => {
    const got = boardOrder([need('a', 'low', false), need('b', 'high', true), need('c', 'high', false, 3), need('d', 'high', false, 9), need('e', 'medium', false)])
    expect(got.map((n) => n.id)).toEqual(['d', 'c', 'e', 'a', 'b'])
  })
})
