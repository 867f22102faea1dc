/**
 * The demo chain `npm start` seeds into an empty database: an appliance maker in Ningbo (the
 * chain leader), fourteen suppliers over three tiers, a bank, a warehouse operator and two service providers. All names
 * are invented; USCCs are generated with valid check digits.
 */
import { DEMO_PASSWORDS, withUsccCheckChar, type CompanyKind } from '@chainlift/domain';

export interface DemoCompany {
  key: string;
  name: string;
  uscc: string;
  kind: CompanyKind;
  region: string;
  industry: string;
  /** Supply tier under the leader (1 = direct supplier). */
  tier?: 1 | 2 | 3;
  /** Who invites it into the chain (a key), and what it supplies to that company. */
  invitedBy?: string;
  supplies?: string[];
  /** Left with its invitation unanswered, to show the onboarding funnel. */
  pending?: boolean;
  /** Grants the leader an INVENTORY consent. */
  sharesInventory?: boolean;
}

const uscc = (n: number, region = '330200') =>
  withUsccCheckChar(`91${region}MA2H${String(n).padStart(4, '0')}X`);
const sme = (
  key: string,
  name: string,
  n: number,
  region: [string, string],
  industry: string,
  tier: 1 | 2 | 3,
  invitedBy: string,
  supplies: string[],
  extra: Partial<DemoCompany> = {},
): DemoCompany => ({
  key,
  name,
  uscc: uscc(n, region[0]),
  kind: 'SME',
  region: region[1],
  industry,
  tier,
  invitedBy,
  supplies,
  ...extra,
});

const NINGBO: [string, string] = ['330200', '浙江省宁波市'];

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    key: 'leader',
    name: '海川家电集团有限公司',
    uscc: uscc(1),
    kind: 'CHAIN_LEADER',
    region: '浙江省宁波市',
    industry: '家用电器制造',
  },
  sme('motor', '宁波甬华电机有限公司', 11, NINGBO, '微特电机', 1, 'leader', ['MOTOR-220'], {
    sharesInventory: true,
  }),
  sme(
    'molding',
    '慈溪精密注塑有限公司',
    12,
    ['330282', '浙江省慈溪市'],
    '塑料零件',
    1,
    'leader',
    ['SHELL-A1'],
    { sharesInventory: true },
  ),
  sme(
    'sheet',
    '北仑钣金制造有限公司',
    13,
    ['330206', '浙江省宁波市北仑区'],
    '金属结构件',
    1,
    'leader',
    ['FRAME-S3'],
  ),
  sme(
    'control',
    '余姚智控电子有限公司',
    14,
    ['330281', '浙江省余姚市'],
    '电子控制器',
    1,
    'leader',
    ['CTRL-B2'],
    { sharesInventory: true },
  ),
  sme(
    'compressor',
    '镇海压缩机配件有限公司',
    15,
    ['330211', '浙江省宁波市镇海区'],
    '压缩机零部件',
    1,
    'leader',
    ['VALVE-C7'],
  ),
  sme(
    'packaging',
    '奉化绿源包装有限公司',
    16,
    ['330213', '浙江省宁波市奉化区'],
    '包装材料',
    1,
    'leader',
    ['BOX-P1'],
    { pending: true },
  ),
  sme('copper', '象山精铜材料有限公司', 21, ['330225', '浙江省象山县'], '铜材加工', 2, 'motor', [
    'CU-WIRE-1',
  ]),
  sme(
    'harness',
    '鄞州汇通线束有限公司',
    22,
    ['330212', '浙江省宁波市鄞州区'],
    '线束',
    2,
    'control',
    ['HARNESS-H4'],
  ),
  sme('mould', '宁海精工模具有限公司', 23, ['330226', '浙江省宁海县'], '模具', 2, 'molding', [
    'MOULD-M2',
  ]),
  sme(
    'resin',
    '江北新材塑料粒子有限公司',
    24,
    ['330205', '浙江省宁波市江北区'],
    '改性塑料',
    2,
    'molding',
    ['RESIN-ABS'],
  ),
  sme(
    'hardware',
    '海曙利达五金有限公司',
    25,
    ['330203', '浙江省宁波市海曙区'],
    '紧固件',
    2,
    'sheet',
    ['BOLT-M6'],
  ),
  sme('chip', '杭州湾芯联封测有限公司', 26, ['330282', '浙江省慈溪市'], '芯片封测', 2, 'control', [
    'MCU-8',
  ]),
  sme(
    'refinery',
    '宁波金港冶炼有限公司',
    31,
    ['330206', '浙江省宁波市北仑区'],
    '有色金属冶炼',
    3,
    'copper',
    ['CU-CATHODE'],
  ),
  sme('wafer', '绍兴晶源硅片有限公司', 32, ['330602', '浙江省绍兴市'], '硅片', 3, 'chip', [
    'WAFER-8',
  ]),
  {
    key: 'bank',
    name: '甬江银行股份有限公司',
    uscc: uscc(91),
    kind: 'BANK',
    region: '浙江省宁波市',
    industry: '银行',
  },
  {
    key: 'warehouse',
    name: '四明仓储监管有限公司',
    uscc: uscc(92),
    kind: 'WAREHOUSE_OPERATOR',
    region: '浙江省宁波市',
    industry: '仓储监管',
  },
  // The demo region's authority (主管部门): it registers its region as a GB/T 2260 code.
  {
    key: 'authority',
    name: '宁波市经济和信息化局',
    uscc: withUsccCheckChar('11330200MB1H0093X'),
    kind: 'AUTHORITY',
    region: '330200',
    industry: '政府部门',
  },
  // Appliance-parts makers of the region outside the chain: one industry with enough companies
  // that the authority's view shows real cells (seed-assessments assesses them).
  ...(
    [
      ['parts-a', '宁波东钱湖家电配件有限公司', ['330212', '浙江省宁波市鄞州区']],
      ['parts-b', '宁波高新区恒泰电器配件有限公司', ['330212', '浙江省宁波市鄞州区']],
      ['parts-c', '北仑润禾家电部件有限公司', ['330206', '浙江省宁波市北仑区']],
      ['parts-d', '余姚新阳电器配件有限公司', ['330281', '浙江省余姚市']],
      ['parts-e', '慈溪长河小家电配件有限公司', ['330282', '浙江省慈溪市']],
      ['parts-f', '镇海海德电器部件有限公司', ['330211', '浙江省宁波市镇海区']],
      ['parts-g', '奉化溪口家电零件有限公司', ['330213', '浙江省宁波市奉化区']],
    ] as const
  ).map(([key, name, [code, region]], i): DemoCompany => ({
    key,
    name,
    uscc: uscc(41 + i, code),
    kind: 'SME',
    region,
    industry: '家电零部件',
  })),
  // 数字化转型服务商: their products are seeded in seed-providers.ts.
  {
    key: 'provider',
    name: '甬数云科技有限公司',
    uscc: uscc(93),
    kind: 'SERVICE_PROVIDER',
    region: '浙江省宁波市',
    industry: '软件和信息技术服务',
  },
  {
    key: 'provider2',
    name: '杭州链智数字科技有限公司',
    uscc: uscc(94, '330100'),
    kind: 'SERVICE_PROVIDER',
    region: '浙江省杭州市',
    industry: '软件和信息技术服务',
  },
];

/** Every demo user's password (printed by npm start; production mode refuses it at login). */
export const DEMO_PASSWORD = DEMO_PASSWORDS.user;

/** The demo platform admin. */
export const DEMO_ADMIN = { email: 'admin@chainlift.local', password: DEMO_PASSWORDS.admin };

/** The login of each demo company's ADMIN user. */
export const demoEmail = (key: string) => `${key}@demo.chainlift`;
