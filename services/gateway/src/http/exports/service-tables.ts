/**
 * The exports of issue 18's matching tables: a provider's measured outcomes, an SME's
 * recommendations and its leaders' sponsorships, a chain's sponsorships with uptake by tier. Each
 * runs the query its web table runs (see tables.ts); products and engagements export from
 * tables.ts (service-products, engagements), the authority's tables as regional-statistics.
 */
import type { ExportTable } from './tables';
import { sheet, type Column } from './workbook';

type Data = Record<string, unknown>;

interface Named {
  name: string;
}
interface Amount {
  amount: string;
  currency: string;
}
interface Scenario {
  scenarioId: string;
  zh: string;
  targetLevel: number;
}

const MONEY = 'amount currency';
const scenarioText = (scenarios: Scenario[]) =>
  scenarios.map((s) => `${s.zh}→${s.targetLevel}级`).join('；');
const yesNo = (value: boolean) => (value ? '是' : '否');

// ---- a recommended product ----------------------------------------------------------------------------------

interface ProductRow {
  id: string;
  name: string;
  status: string;
  version: number;
  description: string;
  monthlyPrice: Amount;
  scenarios: Scenario[];
  industries: string[];
  regions: { code: string; fullName: string }[];
  deliveryDays: number;
  references: string[];
  publishedAt: string;
  withdrawnAt: string | null;
  provider: Named;
}

const PRODUCT_FIELDS = `id name status version description monthlyPrice { ${MONEY} }
  scenarios { scenarioId zh targetLevel } industries regions { code fullName } deliveryDays
  references publishedAt withdrawnAt provider { id name }`;

// ---- measured outcomes -------------------------------------------------------------------------

interface ChangeRow {
  engagements: number;
  improved: number;
  unchanged: number;
  declined: number;
  averageChange: string;
}
interface OutcomesData {
  delivered: number;
  minimum: number;
  shown: boolean;
  methodZh: string;
  scenarios: {
    zh: string;
    measurable: boolean;
    atDelivery: ChangeRow | null;
    after90Days: ChangeRow | null;
  }[];
}
interface OutcomeRow {
  subject: string;
  delivered: number;
  shown: boolean;
  scenario: OutcomesData['scenarios'][number];
}

const OUTCOME_FIELDS = `delivered minimum shown methodZh
  scenarios { zh measurable
    atDelivery { engagements improved unchanged declined averageChange }
    after90Days { engagements improved unchanged declined averageChange } }`;

const changeColumns = (
  label: string,
  pick: (row: OutcomeRow) => ChangeRow | null,
): Column<OutcomeRow>[] => [
  { header: `${label}测得`, type: 'int', value: (r) => pick(r)?.engagements },
  { header: `${label}提升`, type: 'int', value: (r) => pick(r)?.improved },
  { header: `${label}持平`, type: 'int', value: (r) => pick(r)?.unchanged },
  { header: `${label}下降`, type: 'int', value: (r) => pick(r)?.declined },
  { header: `${label}平均变化（级）`, type: 'decimal', value: (r) => pick(r)?.averageChange },
];

const outcomeColumns: Column<OutcomeRow>[] = [
  { header: '范围', type: 'text', value: (r) => r.subject },
  { header: '场景', type: 'text', value: (r) => r.scenario.zh, width: 30 },
  { header: '已交付', type: 'int', value: (r) => r.delivered },
  { header: '达到最少项目数', type: 'text', value: (r) => yesNo(r.shown), width: 10 },
  { header: '可测', type: 'text', value: (r) => yesNo(r.scenario.measurable), width: 8 },
  ...changeColumns('交付时', (r) => r.scenario.atDelivery),
  ...changeColumns('90天后', (r) => r.scenario.after90Days),
];

const outcomeRows = (subject: string, o: OutcomesData): OutcomeRow[] =>
  o.scenarios.map((scenario) => ({ subject, delivered: o.delivered, shown: o.shown, scenario }));

const methodColumns: Column<{ text: string }>[] = [
  { header: '计算方法', type: 'text', value: (m) => m.text, width: 120 },
];

// ---- recommendations and sponsorships ----------------------------------------------------------

interface RecommendationRow {
  product: ProductRow;
  reasons: { zh: string }[];
  sponsorships: { share: string; leader: Named }[];
  netMonthlyPrice: Amount;
}

const recommendationColumns: Column<RecommendationRow>[] = [
  { header: '服务产品', type: 'text', value: (r) => r.product.name },
  { header: '服务商', type: 'text', value: (r) => r.product.provider.name },
  { header: '版本', type: 'int', value: (r) => r.product.version, width: 8 },
  {
    header: '推荐理由',
    type: 'text',
    value: (r) => r.reasons.map((x) => x.zh).join('；'),
    width: 50,
  },
  { header: '订阅价（月）', type: 'money', value: (r) => r.product.monthlyPrice.amount },
  { header: '分担后每月', type: 'money', value: (r) => r.netMonthlyPrice.amount },
  {
    header: '链主分担',
    type: 'text',
    value: (r) => r.sponsorships.map((s) => `${s.leader.name} ${s.share}%`).join('；'),
  },
  {
    header: '适用场景与目标等级',
    type: 'text',
    value: (r) => scenarioText(r.product.scenarios),
    width: 40,
  },
  { header: '交付周期（天）', type: 'int', value: (r) => r.product.deliveryDays },
];

interface SponsorshipRow {
  share: string;
  monthlyShare: Amount;
  note: string | null;
  status: string;
  since: string;
  endedAt: string | null;
  chain: Named;
  leader: Named;
  product: { name: string; monthlyPrice: Amount; provider: Named };
}

const SPONSORSHIP_FIELDS = `share monthlyShare { ${MONEY} } note status since endedAt
  chain { id name } leader { id name }
  product { id name monthlyPrice { ${MONEY} } provider { id name } }`;

const sponsorshipColumns: Column<SponsorshipRow>[] = [
  { header: '产业链', type: 'text', value: (s) => s.chain.name },
  { header: '链主', type: 'text', value: (s) => s.leader.name },
  { header: '服务产品', type: 'text', value: (s) => s.product.name },
  { header: '服务商', type: 'text', value: (s) => s.product.provider.name },
  { header: '订阅价（月）', type: 'money', value: (s) => s.product.monthlyPrice.amount },
  { header: '链主分担比例', type: 'percent', value: (s) => s.share },
  { header: '链主每月分担', type: 'money', value: (s) => s.monthlyShare.amount },
  { header: '状态', type: 'text', value: (s) => s.status, width: 12 },
  { header: '开始时间', type: 'datetime', value: (s) => s.since, width: 20 },
  { header: '结束时间', type: 'datetime', value: (s) => s.endedAt, width: 20 },
  { header: '备注', type: 'text', value: (s) => s.note, width: 30 },
];

interface UptakeRow {
  sponsorship: SponsorshipRow;
  tier: number | null;
  members: number;
  engaged: number;
  delivered: number;
}

const uptakeColumns: Column<UptakeRow>[] = [
  { header: '服务产品', type: 'text', value: (u) => u.sponsorship.product.name },
  { header: '服务商', type: 'text', value: (u) => u.sponsorship.product.provider.name },
  { header: '链主分担比例', type: 'percent', value: (u) => u.sponsorship.share },
  { header: '状态', type: 'text', value: (u) => u.sponsorship.status, width: 12 },
  { header: '层级', type: 'text', value: (u) => (u.tier === null ? '无供货路径' : String(u.tier)) },
  { header: '成员数', type: 'int', value: (u) => u.members },
  { header: '已委托', type: 'int', value: (u) => u.engaged },
  { header: '已交付', type: 'int', value: (u) => u.delivered },
];

const list = <T>(data: Data, field: string): T[] => (data[field] ?? []) as T[];

export const SERVICE_TABLES: ExportTable[] = [
  {
    name: 'provider-outcomes',
    params: { providerId: { required: true } },
    query: `query ExportProviderOutcomes($providerId: ID!) {
      providerOutcomes(providerId: $providerId) {
        provider { id name }
        outcomes { ${OUTCOME_FIELDS} }
        products { name version outcomes { ${OUTCOME_FIELDS} } }
      }
    }`,
    sheets: (data) => {
      const result = data.providerOutcomes as {
        provider: Named;
        outcomes: OutcomesData;
        products: { name: string; version: number; outcomes: OutcomesData }[];
      };
      return [
        sheet('服务成效', outcomeColumns, [
          ...outcomeRows(`${result.provider.name}（全部产品）`, result.outcomes),
          ...result.products.flatMap((p) => outcomeRows(`${p.name} v${p.version}`, p.outcomes)),
        ]),
        sheet('计算方法', methodColumns, [{ text: result.outcomes.methodZh }]),
      ];
    },
  },
  {
    name: 'recommended-products',
    params: { companyId: { required: true } },
    query: `query ExportRecommendedProducts($companyId: ID!) {
      recommendedProducts(companyId: $companyId) {
        items {
          product { ${PRODUCT_FIELDS} }
          reasons { zh } sponsorships { share leader { id name } } netMonthlyPrice { ${MONEY} }
        }
      }
    }`,
    sheets: (data) => [
      sheet(
        '为你推荐',
        recommendationColumns,
        (data.recommendedProducts as { items: RecommendationRow[] }).items,
      ),
    ],
  },
  {
    name: 'my-sponsorships',
    params: {},
    query: `query ExportMySponsorships { mySponsorships { ${SPONSORSHIP_FIELDS} } }`,
    sheets: (data) => [
      sheet('链主推荐', sponsorshipColumns, list<SponsorshipRow>(data, 'mySponsorships')),
    ],
  },
  {
    name: 'chain-sponsorships',
    params: { chainId: { required: true } },
    query: `query ExportChainSponsorships($chainId: ID!) {
      chainSponsorships(chainId: $chainId) {
        sponsorship { ${SPONSORSHIP_FIELDS} } byTier { tier members engaged delivered }
      }
    }`,
    sheets: (data) => {
      const uptake = list<{
        sponsorship: SponsorshipRow;
        byTier: Omit<UptakeRow, 'sponsorship'>[];
      }>(data, 'chainSponsorships');
      return [
        sheet(
          '推荐与分担',
          sponsorshipColumns,
          uptake.map((u) => u.sponsorship),
        ),
        sheet(
          '按层级采用',
          uptakeColumns,
          uptake.flatMap((u) => u.byTier.map((t) => ({ ...t, sponsorship: u.sponsorship }))),
        ),
      ];
    },
  },
];
