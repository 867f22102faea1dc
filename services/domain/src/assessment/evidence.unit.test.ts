import {
  EVIDENCE_RULES,
  evidenceFor,
  NO_FACTS,
  onTimeRateBp,
  type EvidenceFacts,
  type ScenarioEvidence,
} from './evidence';
import miit2024v1 from './miit-2024.v1.json';
import { parseQuestionnaire } from './questionnaire-file';
import { MIIT_2024_V1 } from './questionnaire-versions';

const Q = MIIT_2024_V1;

const facts = (over: Partial<EvidenceFacts> = {}): EvidenceFacts => ({ ...NO_FACTS, ...over });
const of = (list: ScenarioEvidence[], id: string) => list.find((e) => e.scenarioId === id)!;
const levels = (list: ScenarioEvidence[]) =>
  Object.fromEntries(list.map((e) => [e.scenarioId, e.evidencedLevel]));

/** A supplier that does everything the platform can see. */
const streaming: EvidenceFacts = facts({
  chainMember: true,
  declaredSuppliers: 3,
  stockReports: 40,
  stockReportDays: 30,
  stockReportsViaIngest: 35,
  ordersPlaced: 12,
  orderActions: 50,
  orderEventsViaIngest: 20,
  activeApiKeys: 1,
  deliveredOrders: 20,
  onTimeDeliveries: 19,
  sharesInventoryWithLeader: true,
  receivablesRegistered: 4,
  receivablesConfirmed: 3,
});

describe('evidence from the platform', () => {
  it('speaks only for scenarios of the questionnaire', () => {
    const ids = MIIT_2024_V1.operations.scenarios.map((s) => s.id);
    for (const rule of EVIDENCE_RULES) expect(ids).toContain(rule.scenarioId);
    expect(EVIDENCE_RULES.map((r) => r.scenarioId)).toEqual([
      'procurement',
      'warehousing-logistics',
      'collaboration',
      'finance',
    ]);
  });

  it('sees nothing of a company that does nothing on the platform', () => {
    const e = evidenceFor(NO_FACTS, null, Q);
    expect(levels(e)).toEqual({
      procurement: 0,
      'warehousing-logistics': 0,
      collaboration: 0,
      finance: 0,
    });
    expect(e.every((s) => s.agreement === 'NOT_DECLARED' && !s.disagrees)).toBe(true);
  });

  it('gives the ceiling to a company that streams, delivers on time and shares inventory', () => {
    const e = evidenceFor(streaming, null, Q);
    expect(levels(e)).toEqual({
      procurement: 4,
      'warehousing-logistics': 4,
      collaboration: 4,
      finance: 2,
    });
    expect(e.map((s) => s.ceiling)).toEqual([4, 4, 4, 2]);
  });

  it('climbs 仓储物流 one condition at a time: reported, regular, streamed, shared', () => {
    const at = (f: Partial<EvidenceFacts>) =>
      of(evidenceFor(facts(f), null, Q), 'warehousing-logistics').evidencedLevel;
    expect(at({ stockReports: 1, stockReportDays: 1 })).toBe(1);
    expect(at({ stockReports: 4, stockReportDays: 3 })).toBe(1);
    expect(at({ stockReports: 4, stockReportDays: 4 })).toBe(2);
    expect(at({ stockReports: 4, stockReportDays: 4, stockReportsViaIngest: 1 })).toBe(3);
    expect(
      at({
        stockReports: 4,
        stockReportDays: 4,
        stockReportsViaIngest: 1,
        sharesInventoryWithLeader: true,
      }),
    ).toBe(4);
  });

  it('needs every level below: sharing inventory alone is not level 4', () => {
    const e = of(
      evidenceFor(facts({ sharesInventoryWithLeader: true }), null, Q),
      'warehousing-logistics',
    );
    expect(e.evidencedLevel).toBe(0);
    expect(e.levels.map((l) => l.met)).toEqual([false, false, false, true]);
  });

  it('says what it sees, with the numbers', () => {
    const e = of(
      evidenceFor(facts({ stockReports: 5, stockReportDays: 3 }), null, Q),
      'warehousing-logistics',
    );
    expect(e.levels[1]!.conditions[0]).toEqual({
      code: 'STOCK_REGULAR',
      met: false,
      zh: '90 天内有 3 天报告了库存（需要 4 天）',
      en: 'stock reported on 3 days in 90 (needs 4)',
    });
  });

  it('counts on-time delivery only over five deliveries or more, at 90 %', () => {
    const collab = (delivered: number, onTime: number) =>
      of(
        evidenceFor(
          facts({
            chainMember: true,
            orderActions: 3,
            deliveredOrders: delivered,
            onTimeDeliveries: onTime,
          }),
          null,
          Q,
        ),
        'collaboration',
      ).evidencedLevel;
    expect(collab(4, 4)).toBe(2); // too few deliveries
    expect(collab(10, 8)).toBe(2); // 80 %
    expect(collab(10, 9)).toBe(3); // 90 %
    expect(onTimeRateBp({ deliveredOrders: 3, onTimeDeliveries: 2 })).toBe(6667); // half-up
    expect(onTimeRateBp({ deliveredOrders: 0, onTimeDeliveries: 0 })).toBeNull();
  });

  it('climbs 采购管理 from a declared supply network to purchasing on the platform, streamed', () => {
    const at = (f: Partial<EvidenceFacts>) =>
      of(evidenceFor(facts(f), null, Q), 'procurement').evidencedLevel;
    expect(at({ ordersPlaced: 5 })).toBe(0); // no suppliers of its own on the platform
    expect(at({ declaredSuppliers: 1, ordersPlaced: 2 })).toBe(1);
    expect(at({ declaredSuppliers: 1, ordersPlaced: 3 })).toBe(2);
    expect(at({ declaredSuppliers: 1, ordersPlaced: 3, orderEventsViaIngest: 1 })).toBe(3);
    expect(
      at({
        declaredSuppliers: 1,
        ordersPlaced: 3,
        orderEventsViaIngest: 1,
        sharesInventoryWithLeader: true,
      }),
    ).toBe(3); // level 4 also needs two suppliers or more
  });

  it('needs confirmed receivables for 财务 level 2', () => {
    const fin = (registered: number, confirmed: number) =>
      of(
        evidenceFor(
          facts({ receivablesRegistered: registered, receivablesConfirmed: confirmed }),
          null,
          Q,
        ),
        'finance',
      ).evidencedLevel;
    expect([fin(0, 0), fin(2, 0), fin(2, 1)]).toEqual([0, 1, 2]);
  });

  describe('agreement with the declared level', () => {
    const f = facts({ stockReports: 6, stockReportDays: 5 }); // 仓储物流 evidenced at 2
    const ware = (declared: number) =>
      of(evidenceFor(f, { 'warehousing-logistics': declared }, Q), 'warehousing-logistics');

    it('tolerates one level: the platform sees only part of the practice', () => {
      expect(ware(2)).toMatchObject({ agreement: 'CONSISTENT', disagrees: false });
      expect(ware(3)).toMatchObject({ agreement: 'CONSISTENT', disagrees: false });
    });

    it('flags a declared level two above the evidence', () => {
      expect(ware(4)).toMatchObject({
        declaredLevel: 4,
        evidencedLevel: 2,
        agreement: 'NOT_EVIDENCED',
        disagrees: true,
      });
    });

    it('flags evidence above the declared level', () => {
      expect(ware(1)).toMatchObject({ agreement: 'UNDERSTATED', disagrees: true });
    });

    it('does not hold a company to what the platform cannot see (财务 above 2)', () => {
      const e = evidenceFor(
        facts({ receivablesRegistered: 1, receivablesConfirmed: 1 }),
        {
          finance: 4,
        },
        Q,
      );
      expect(of(e, 'finance')).toMatchObject({ evidencedLevel: 2, agreement: 'CONSISTENT' });
      const none = evidenceFor(NO_FACTS, { finance: 4 }, Q);
      // min(4, ceiling 2) − 0 = 2: the platform would see receivables at least.
      expect(of(none, 'finance').agreement).toBe('NOT_EVIDENCED');
    });

    it('reads a scenario missing from the declaration as not declared', () => {
      expect(of(evidenceFor(f, { procurement: 1 }, Q), 'warehousing-logistics').agreement).toBe(
        'NOT_DECLARED',
      );
    });
  });

  describe('thresholds are data: the questionnaire file, not the code', () => {
    /** A copy of the shipped file with one figure corrected, loaded as a new version would be. */
    const corrected = (change: (file: typeof miit2024v1) => void) => {
      const file = structuredClone(miit2024v1);
      change(file);
      return parseQuestionnaire(file, 'corrected copy');
    };

    it('reads every threshold, with its source, from the questionnaire data', () => {
      expect(Q.evidenceThresholds).toMatchObject({
        stockReportDays: 4,
        purchaseOrders: 3,
        onTimeRateBp: 9000,
        onTimeMinDeliveries: 5,
      });
      for (const source of Object.values(Q.evidenceThresholds.sources))
        expect(source.length).toBeGreaterThan(20);
    });

    it('given stock on 4 days, when the file asks for 6 report days, then 仓储物流 drops to level 1', () => {
      const f = facts({ stockReports: 8, stockReportDays: 4 });
      const six = corrected((file) => {
        file.evidenceThresholds.stockReportDays.value = 6;
      });
      expect(of(evidenceFor(f, null, Q), 'warehousing-logistics').evidencedLevel).toBe(2);
      const stricter = of(evidenceFor(f, null, six), 'warehousing-logistics');
      expect(stricter.evidencedLevel).toBe(1);
      expect(stricter.levels[1]!.conditions[0]).toMatchObject({
        code: 'STOCK_REGULAR',
        met: false,
        en: 'stock reported on 4 days in 90 (needs 6)',
      });
    });

    it('given 85 % on time, when the file lowers the share to 85 %, then 协同办公 reaches level 3', () => {
      const f = facts({
        chainMember: true,
        orderActions: 3,
        deliveredOrders: 20,
        onTimeDeliveries: 17,
      });
      const lower = corrected((file) => {
        file.evidenceThresholds.onTimeShare.percent = 85;
      });
      expect(of(evidenceFor(f, null, Q), 'collaboration').evidencedLevel).toBe(2);
      expect(of(evidenceFor(f, null, lower), 'collaboration').evidencedLevel).toBe(3);
    });

    it('given 2 purchase orders, when the file asks for 2, then 采购管理 reaches level 2', () => {
      const f = facts({ declaredSuppliers: 1, ordersPlaced: 2 });
      const two = corrected((file) => {
        file.evidenceThresholds.purchaseOrders.value = 2;
      });
      expect(of(evidenceFor(f, null, Q), 'procurement').evidencedLevel).toBe(1);
      expect(of(evidenceFor(f, null, two), 'procurement').evidencedLevel).toBe(2);
    });

    it('refuses a file whose threshold has no source or a share with three decimals', () => {
      expect(() =>
        corrected((file) => {
          (file.evidenceThresholds.purchaseOrders as { source?: string }).source = undefined;
        }),
      ).toThrow(/evidenceThresholds\.purchaseOrders\.source/);
      expect(() =>
        corrected((file) => {
          file.evidenceThresholds.onTimeShare.percent = 90.125;
        }),
      ).toThrow(/evidenceThresholds\.onTimeShare\.percent/);
    });
  });
});
