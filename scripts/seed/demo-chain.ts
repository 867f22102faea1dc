/**
 * The demo chain `npm start` seeds into an empty database: an appliance maker in Ningbo (the
 * chain leader), twelve suppliers over two tiers, a bank and a warehouse operator. All names are
 * invented; USCCs are generated with valid check digits.
 */
import { withUsccCheckChar, type CompanyKind } from '../../services/domain/src';

export interface DemoCompany {
  key: string;
  name: string;
  uscc: string;
  kind: CompanyKind;
  region: string;
  industry: string;
  /** Supply tier under the leader (1 = direct supplier); the chain itself is seeded once chains exist. */
  tier?: 1 | 2;
}

const uscc = (n: number, region = '330200') =>
  withUsccCheckChar(`91${region}MA2H${String(n).padStart(4, '0')}X`);

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    key: 'leader',
    name: '海川家电集团有限公司',
    uscc: uscc(1),
    kind: 'CHAIN_LEADER',
    region: '浙江省宁波市',
    industry: '家用电器制造',
  },
  {
    key: 'motor',
    name: '宁波甬华电机有限公司',
    uscc: uscc(11),
    kind: 'SME',
    region: '浙江省宁波市',
    industry: '微特电机',
    tier: 1,
  },
  {
    key: 'molding',
    name: '慈溪精密注塑有限公司',
    uscc: uscc(12, '330282'),
    kind: 'SME',
    region: '浙江省慈溪市',
    industry: '塑料零件',
    tier: 1,
  },
  {
    key: 'sheet',
    name: '北仑钣金制造有限公司',
    uscc: uscc(13, '330206'),
    kind: 'SME',
    region: '浙江省宁波市北仑区',
    industry: '金属结构件',
    tier: 1,
  },
  {
    key: 'control',
    name: '余姚智控电子有限公司',
    uscc: uscc(14, '330281'),
    kind: 'SME',
    region: '浙江省余姚市',
    industry: '电子控制器',
    tier: 1,
  },
  {
    key: 'compressor',
    name: '镇海压缩机配件有限公司',
    uscc: uscc(15, '330211'),
    kind: 'SME',
    region: '浙江省宁波市镇海区',
    industry: '压缩机零部件',
    tier: 1,
  },
  {
    key: 'packaging',
    name: '奉化绿源包装有限公司',
    uscc: uscc(16, '330213'),
    kind: 'SME',
    region: '浙江省宁波市奉化区',
    industry: '包装材料',
    tier: 1,
  },
  {
    key: 'copper',
    name: '象山精铜材料有限公司',
    uscc: uscc(21, '330225'),
    kind: 'SME',
    region: '浙江省象山县',
    industry: '铜材加工',
    tier: 2,
  },
  {
    key: 'harness',
    name: '鄞州汇通线束有限公司',
    uscc: uscc(22, '330212'),
    kind: 'SME',
    region: '浙江省宁波市鄞州区',
    industry: '线束',
    tier: 2,
  },
  {
    key: 'mould',
    name: '宁海精工模具有限公司',
    uscc: uscc(23, '330226'),
    kind: 'SME',
    region: '浙江省宁海县',
    industry: '模具',
    tier: 2,
  },
  {
    key: 'resin',
    name: '江北新材塑料粒子有限公司',
    uscc: uscc(24, '330205'),
    kind: 'SME',
    region: '浙江省宁波市江北区',
    industry: '改性塑料',
    tier: 2,
  },
  {
    key: 'hardware',
    name: '海曙利达五金有限公司',
    uscc: uscc(25, '330203'),
    kind: 'SME',
    region: '浙江省宁波市海曙区',
    industry: '紧固件',
    tier: 2,
  },
  {
    key: 'chip',
    name: '杭州湾芯联封测有限公司',
    uscc: uscc(26, '330282'),
    kind: 'SME',
    region: '浙江省慈溪市',
    industry: '芯片封测',
    tier: 2,
  },
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
];
