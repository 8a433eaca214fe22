import { describe, expect, it } from 'vitest'
import { flagEvidence } from './auditFlags'

// The sentences as models/spend_audit.go writes them.
describe('flagEvidence', () => {
  it.each([
    [
      'LINE_OVERSPENT',
      'personnel: 121,411.70 yuan spent against a line of 97,500.00 yuan, more than 10% over',
      { category: 'personnel', spent: 12141170, line: 9750000, percent: '10' },
    ],
    [
      'ADMIN_OVER_CAP',
      'admin is 20,012.00 yuan of 150,000.00 yuan net spend (13.3%), over the 10% cap',
      { admin: 2001200, spent: 15000000, share: '13.3', cap: '10' },
    ],
    ['SPEND_OUTSIDE_PERIOD', '2 entries dated outside the project period 2025-01-01 to 2025-12-31', { n: 2, from: '2025-01-01', to: '2025-12-31' }],
    [
      'SPEND_EXCEEDS_DISBURSED',
      '197,409.75 yuan spent, 137,500.00 yuan disbursed: 59,909.75 yuan paid ahead by the organization',
      { spent: 19740975, disbursed: 13750000, ahead: 5990975 },
    ],
    ['DUPLICATE_VOUCHER', 'voucher 记-0042 is booked 2 times', { voucher: '记-0042', n: 2 }],
    ['MISSING_VOUCHER', '3 entries of 1,000.00 yuan or more have no voucher', { n: 3, threshold: 100000 }],
    ['UNDERSPEND', '62% of the period gone, 10% of the budget spent', { time: '62', spent: '10' }],
    [
      'TRANCHE_OVERDUE',
      'tranche 2 of 137,500.00 yuan was due on 2026-08-30; 0.00 yuan paid',
      { seq: 2, amount: 13750000, due: '2026-08-30', paid: 0 },
    ],
  ])('reads the figures of %s', (code, detail, values) => {
    expect(flagEvidence({ code, detail })).toEqual({ key: `flagDetail.${code}`, values })
  })

  it('leaves a sentence it does not know to the server', () => {
    expect(flagEvidence({ code: 'UNDERSPEND', detail: 'something else' })).toBeNull()
    expect(flagEvidence({ code: 'NEW_FLAG', detail: '1 entry' })).toBeNull()
  })
})
