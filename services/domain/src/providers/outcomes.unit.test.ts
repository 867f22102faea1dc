import { evidenceFor, NO_FACTS } from '../assessment/evidence';
import { MIIT_2024_V1 as Q } from '../assessment/questionnaire-versions';
import {
  averageHundredths,
  evidencedLevels,
  OUTCOME_MINIMUM,
  outcomeChange,
  outcomeDates,
  outcomeTallies,
  productOutcomes,
  type MeasuredEngagement,
} from './outcomes';

const WH = 'warehousing-logistics';

/** An engagement of a 仓储物流 + 营销 product whose 仓储物流 evidence went from `began` to `delivered` (and `followUp`). */
const engagement = (
  id: string,
  began: number,
  delivered: number,
  followUp: number | null = null,
): MeasuredEngagement => ({
  engagementId: id,
  companyId: `sme-${id}`,
  scenarioIds: [WH, 'marketing'],
  acceptedOn: '2026-06-01',
  deliveredOn: '2026-07-01',
  began: { [WH]: began },
  delivered: { [WH]: delivered },
  followUp: followUp === null ? null : { [WH]: followUp },
});

describe('outcomeDates', () => {
  it('measures when it began (accepted), on delivery and 90 days after, once that day has come', () => {
    const e = { acceptedOn: '2026-06-01', deliveredOn: '2026-07-01' };
    expect(outcomeDates(e, '2026-09-28')).toEqual({
      began: '2026-06-01',
      delivered: '2026-07-01',
      followUp: null,
    });
    // 2026-07-01 + 90 days = 2026-09-29: measured on that very day
    expect(outcomeDates(e, '2026-09-29').followUp).toBe('2026-09-29');
    expect(outcomeDates(e, '2027-01-01').followUp).toBe('2026-09-29');
  });
  it('counts calendar days across a leap day', () =>
    expect(
      outcomeDates({ acceptedOn: '2027-12-01', deliveredOn: '2028-01-01' }, '2028-12-31').followUp,
    ).toBe('2028-03-31'));
});

describe('evidencedLevels', () => {
  it("keeps only the platform's evidenced levels, never the declared ones", () => {
    const levels = evidencedLevels(evidenceFor(NO_FACTS, { [WH]: 4, procurement: 3 }, Q));
    expect(levels).toEqual({ procurement: 0, [WH]: 0, collaboration: 0, finance: 0 });
  });
});

describe('averages and tallies', () => {
  it('averages to two decimals, half away from zero', () => {
    expect(averageHundredths([1, 0, 0])).toBe('0.33');
    expect(averageHundredths([1, 1, 0])).toBe('0.67');
    expect(averageHundredths([-1, -1, 0])).toBe('-0.67');
    expect(averageHundredths([2, 1, 0, 0, 0, 0, 0, 0])).toBe('0.38'); // 0.375 → 0.38
    expect(averageHundredths([-2, -1, 0, 0, 0, 0, 0, 0])).toBe('-0.38');
    expect(averageHundredths([0, 0, 0])).toBe('0.00');
    expect(averageHundredths([3, 2, 2])).toBe('2.33');
  });
  it('counts improved, unchanged and declined', () =>
    expect(outcomeChange([2, 0, -1, 1])).toEqual({
      engagements: 4,
      improved: 2,
      unchanged: 1,
      declined: 1,
      averageChange: '0.50',
    }));
});

describe('productOutcomes', () => {
  it(`given fewer than ${OUTCOME_MINIMUM} delivered engagements, shows no figure`, () => {
    const o = productOutcomes(Q, [WH], [engagement('a', 1, 3), engagement('b', 1, 2)]);
    expect(o).toMatchObject({ delivered: 2, minimum: 3, shown: false });
    // questionnaire order: 营销 before 仓储物流
    expect(o.scenarios).toEqual([
      expect.objectContaining({ scenarioId: 'marketing', measurable: false }),
      expect.objectContaining({
        scenarioId: WH,
        measurable: true,
        atDelivery: null,
        after90Days: null,
      }),
    ]);
  });
  it(`given ${OUTCOME_MINIMUM} delivered, shows the change at delivery; the follow-up only where 3 are measured`, () => {
    const o = productOutcomes(
      Q,
      [WH],
      [engagement('a', 1, 3, 3), engagement('b', 1, 2, 1), engagement('c', 2, 2)],
    );
    expect(o.shown).toBe(true);
    const wh = o.scenarios.find((s) => s.scenarioId === WH)!;
    expect(wh.atDelivery).toEqual({
      engagements: 3,
      improved: 2,
      unchanged: 1,
      declined: 0,
      averageChange: '1.00',
    });
    expect(wh.after90Days).toBeNull(); // two measured so far
    const later = productOutcomes(
      Q,
      [WH],
      [engagement('a', 1, 3, 3), engagement('b', 1, 2, 1), engagement('c', 2, 2, 1)],
    );
    expect(later.scenarios.find((s) => s.scenarioId === WH)!.after90Days).toEqual({
      engagements: 3,
      improved: 1,
      unchanged: 1,
      declined: 1,
      averageChange: '0.33',
    });
  });
  it('lists scenarios the platform cannot evidence as not measurable, with no figure', () => {
    const o = productOutcomes(
      Q,
      [WH],
      [engagement('a', 1, 3), engagement('b', 1, 2), engagement('c', 0, 1)],
    );
    expect(o.scenarios.find((s) => s.scenarioId === 'marketing')).toEqual({
      scenarioId: 'marketing',
      zh: '营销',
      en: 'Marketing',
      measurable: false,
      atDelivery: null,
      after90Days: null,
    });
  });
  it('measures each scenario over the engagements whose version targets it', () => {
    const older = { ...engagement('c', 0, 4), scenarioIds: ['marketing'] };
    const o = productOutcomes(Q, [WH], [engagement('a', 1, 3), engagement('b', 1, 2), older]);
    expect(o.delivered).toBe(3);
    // only two engagements targeted 仓储物流: below the minimum for that figure
    expect(o.scenarios.find((s) => s.scenarioId === WH)!.atDelivery).toBeNull();
  });
  it('lists the current targets and the engaged ones in questionnaire order, with the method', () => {
    const o = productOutcomes(Q, ['finance', 'procurement'], [engagement('a', 0, 1)]);
    expect(o.scenarios.map((s) => s.scenarioId)).toEqual([
      'marketing',
      'procurement',
      WH,
      'finance',
    ]);
    expect(o.methodZh).toMatch(/从不使用企业自评等级/);
    expect(o.methodEn).toMatch(/never the self-declared/);
  });
  it('counts an engagement once', () => {
    const a = engagement('a', 1, 2);
    expect(productOutcomes(Q, [WH], [a, a, engagement('b', 1, 2)]).delivered).toBe(2);
  });
});

describe('outcomeTallies (the regional view)', () => {
  it('counts engagements by how the evidence moved, with the companies each count rests on', () => {
    const twice = { ...engagement('d', 0, 1), companyId: 'sme-a' };
    const tallies = outcomeTallies(Q, [
      engagement('a', 1, 3, 1),
      engagement('b', 2, 2),
      engagement('c', 2, 1, 2),
      twice,
    ]);
    expect(tallies.map((t) => t.scenarioId)).toEqual([
      'procurement',
      WH,
      'finance',
      'collaboration',
    ]);
    const wh = tallies.find((t) => t.scenarioId === WH)!;
    expect(wh.measured.engagements).toBe(4);
    expect([...wh.measured.companies].sort()).toEqual(['sme-a', 'sme-b', 'sme-c']);
    expect(wh.improved).toEqual({ engagements: 2, companies: new Set(['sme-a']) });
    expect(wh.unchanged).toEqual({ engagements: 1, companies: new Set(['sme-b']) });
    expect(wh.declined).toEqual({ engagements: 1, companies: new Set(['sme-c']) });
    // 营销 is not measurable: no row; procurement is targeted by none: zeros
    expect(tallies.find((t) => t.scenarioId === 'procurement')!.measured.engagements).toBe(0);
  });
  it('after 90 days counts only the engagements whose follow-up day has come', () => {
    const wh = outcomeTallies(
      Q,
      [engagement('a', 1, 3, 1), engagement('b', 2, 2), engagement('c', 2, 1, 2)],
      'after90Days',
    ).find((t) => t.scenarioId === WH)!;
    expect(wh.measured.engagements).toBe(2);
    expect(wh.unchanged.engagements).toBe(2);
  });
});
