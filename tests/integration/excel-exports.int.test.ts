/**
 * Excel exports on the real servers: each table's .xlsx, opened with exceljs, has Chinese
 * headers, amounts as numbers (exact to the fen, ¥ format), dates as dates, and exactly the rows
 * the same GraphQL query returns with the same filters; errors are JSON with a code.
 */
import { parseSupplierCsv } from '@chainlift/domain';
import { answersFor, graphqlAnswers } from '../../scripts/seed/assessment-answers';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { download, headersOf, rowsOf, sheetOf } from '../support/exports';
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  grantReceivables,
  inDays,
  registerReceivable,
} from '../support/finance';
import { requestLoan } from '../support/inventory-loans';
import { startTestApi, uniqueUscc, type Account, type TestApi } from '../support/platform';

const MONEY_FORMAT = '"¥"#,##0.00';

let api: TestApi;
let w: ChainWorld;
let bank: Account;
let operator: Account;
let productId: string;
let oddReceivable: { id: string; dueDate: string };

/** Business date → the Date an Excel date cell holds (that day, 00:00 UTC). */
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  bank = await api.user(await api.company('BANK', '甬江银行'), 'ADMIN');
  operator = await api.user(await api.company('WAREHOUSE_OPERATOR', '四明仓储'), 'ADMIN');
  productId = await defineProduct(bank);
  await grantReceivables(w.t1a, bank.companyId);

  // t1a: one receivable financed at the bank, one confirmed in the pool (an amount with odd fen),
  // one registered only; t1b: one confirmed. The leader owes all of them.
  const financed = await registerReceivable(
    w.t1a,
    await deliveredOrder(w.leader, w.t1a, '100000.00'),
  );
  const odd = await registerReceivable(
    w.t1a,
    await deliveredOrder(w.leader, w.t1a, '12345.67'),
    inDays(45),
  );
  oddReceivable = odd;
  await registerReceivable(w.t1a, await deliveredOrder(w.leader, w.t1a, '7000.01'), inDays(40));
  const other = await registerReceivable(w.t1b, await deliveredOrder(w.leader, w.t1b, '50000.00'));
  await confirmReceivables(w.leader, [financed.id, odd.id, other.id]);
  const { applyForFinancing } = await w.t1a.data<{ applyForFinancing: { id: string } }>(
    'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
    { r: financed.id, p: productId, e: inDays(90) },
  );
  await bank.data('mutation ($id: ID!) { actOnPledge(id: $id, action: APPROVE) { id } }', {
    id: applyForFinancing.id,
  });
  // An open order (KPIs' open value) and t1a's stock.
  await w.leader.data(
    `mutation ($s: ID!) { placeOrder(input: { number: "XLS-OPEN-1", supplierId: $s, promisedDate: "2099-01-01",
       lines: [{ sku: "XLS-1", quantity: 3, unitPrice: "333.33" }] }) { id } }`,
    { s: w.t1a.companyId },
  );
  await w.t1a.data(
    `mutation { reportStock(positions: [
       { sku: "MOTOR-220", productName: "电机", warehouse: "NB-01", quantity: 40 },
       { sku: "COIL-7", productName: "线圈", warehouse: "NB-02", quantity: 15 }]) { status } }`,
  );
  // An inventory loan request at the bank (the loan book's second sheet).
  const loan = await requestLoan(w.t1a, {
    bankId: bank.companyId,
    operatorId: operator.companyId,
    warehouse: 'WH-NB',
    goods: [{ sku: 'CU-XLS', quantity: 10, unitCost: '7000.50' }],
    principal: '40000.00',
  });
  expect(loan.errors).toBeUndefined();
}, 240_000);
afterAll(() => api?.close());

it("the leader's receivables: Chinese headers, exact amounts, date cells, the query's rows (with its filter)", async () => {
  const file = await download(api, w.leader, 'receivables.xlsx', { role: 'DEBTOR' });
  expect(file.status).toBe(200);
  expect(file.contentType).toMatch(/spreadsheetml\.sheet/);
  expect(file.disposition).toMatch(
    /^attachment; filename="?receivables-\d{4}-\d{2}-\d{2}\.xlsx"?$/,
  );
  const sheet = sheetOf(file.book, '应收账款');
  expect(headersOf(sheet)).toEqual([
    '应收账款编号',
    '发票号',
    '债权人',
    '持有人',
    '债务人',
    '金额',
    '币种',
    '签发日',
    '到期日',
    '状态',
    '质押登记编号',
    '质押银行',
  ]);
  const { receivables } = await w.leader.data<{ receivables: { id: string }[] }>(
    '{ receivables(role: DEBTOR, first: 1000) { id } }',
  );
  const rows = rowsOf(sheet);
  expect(rows).toHaveLength(receivables.length);
  expect(rows.map((r) => r['应收账款编号']!.value).sort()).toEqual(
    receivables.map((r) => r.id).sort(),
  );
  const odd = rows.find((r) => r['应收账款编号']!.value === oddReceivable.id)!;
  expect(odd['金额']!.type).toBe(2); // ExcelJS.ValueType.Number
  expect(odd['金额']!.value).toBe(12345.67);
  expect((odd['金额']!.value as number).toFixed(2)).toBe('12345.67');
  expect(odd['金额']!.numFmt).toBe(MONEY_FORMAT);
  expect(odd['到期日']!.value).toBeInstanceOf(Date);
  expect(odd['到期日']!.value).toEqual(day(oddReceivable.dueDate));
  expect(odd['到期日']!.numFmt).toBe('yyyy-mm-dd');
  expect(odd['债务人']!.value).toBe(
    (await w.leader.data<{ me: { company: { name: string } } }>('{ me { company { name } } }')).me
      .company.name,
  );

  // The status filter selects what the query selects.
  const confirmed = await download(api, w.leader, 'receivables.xlsx', {
    role: 'DEBTOR',
    status: 'CONFIRMED',
  });
  const { receivables: onlyConfirmed } = await w.leader.data<{ receivables: unknown[] }>(
    '{ receivables(role: DEBTOR, status: CONFIRMED, first: 1000) { id } }',
  );
  expect(rowsOf(sheetOf(confirmed.book, '应收账款'))).toHaveLength(onlyConfirmed.length);
  expect(onlyConfirmed.length).toBeLessThan(receivables.length);
});

it("the leader's supplier KPIs and orders", async () => {
  const kpis = await download(api, w.leader, 'supplier-kpis.xlsx');
  const sheet = sheetOf(kpis.book, '供应商绩效');
  const { supplierKpis } = await w.leader.data<{
    supplierKpis: { supplier: { name: string }; orders: number; openValue: { amount: string } }[];
  }>('{ supplierKpis { supplier { name } orders openValue { amount } } }');
  const rows = rowsOf(sheet);
  expect(rows).toHaveLength(supplierKpis.length);
  for (const kpi of supplierKpis) {
    const row = rows.find((r) => r['供应商']!.value === kpi.supplier.name)!;
    expect(row['订单数']!.value).toBe(kpi.orders);
    expect(row['未完成金额']!.value).toBe(Number(kpi.openValue.amount));
    expect(row['未完成金额']!.numFmt).toBe(MONEY_FORMAT);
  }
  const t1a = supplierKpis.find((k) => k.openValue.amount === '999.99');
  expect(t1a).toBeDefined();

  const orders = await download(api, w.leader, 'orders.xlsx', { role: 'BUYER' });
  const { orders: placed } = await w.leader.data<{ orders: unknown[] }>(
    '{ orders(role: BUYER, first: 1000) { id } }',
  );
  const orderRows = rowsOf(sheetOf(orders.book, '订单'));
  expect(orderRows).toHaveLength(placed.length);
  const open = orderRows.find((r) => r['订单号']!.value === 'XLS-OPEN-1')!;
  expect(open['金额']!.value).toBe(999.99);
  expect(open['下单日']!.value).toBeInstanceOf(Date);
  expect(open['交付日']!.value).toBeNull();
});

it("the bank's pool, exposure and loan book", async () => {
  const loanEndDate = inDays(90);
  const pool = await download(api, bank, 'receivable-pool.xlsx', { productId, loanEndDate });
  expect(pool.status).toBe(200);
  const { receivablePool } = await bank.data<{
    receivablePool: {
      eligible: boolean;
      receivable: { id: string };
      offer: { advance: { amount: string } } | null;
    }[];
  }>(
    'query ($p: ID!, $e: Date!) { receivablePool(productId: $p, loanEndDate: $e) { eligible receivable { id } offer { advance { amount } } } }',
    { p: productId, e: loanEndDate },
  );
  const poolRows = rowsOf(sheetOf(pool.book, '应收账款池'));
  expect(poolRows).toHaveLength(receivablePool.length);
  const eligible = receivablePool.find((e) => e.receivable.id === oddReceivable.id)!;
  expect(eligible.eligible).toBe(true);
  const oddRow = poolRows.find((r) => r['应收账款编号']!.value === oddReceivable.id)!;
  expect(oddRow['是否合格']!.value).toBe('是');
  expect(oddRow['融资金额']!.value).toBe(Number(eligible.offer!.advance.amount));
  expect(oddRow['融资金额']!.numFmt).toBe(MONEY_FORMAT);
  expect(oddRow['计息天数']!.value).toEqual(expect.any(Number));

  // The table's 合格 column filter: only the eligible entries.
  const onlyEligible = await download(api, bank, 'receivable-pool.xlsx', {
    productId,
    loanEndDate,
    eligible: 'true',
  });
  const eligibleRows = rowsOf(sheetOf(onlyEligible.book, '应收账款池'));
  expect(eligibleRows).toHaveLength(receivablePool.filter((e) => e.eligible).length);
  expect(eligibleRows.length).toBeLessThan(receivablePool.length);
  expect(eligibleRows.every((r) => r['是否合格']!.value === '是')).toBe(true);
  const wrong = await download(api, bank, 'receivable-pool.xlsx', {
    productId,
    loanEndDate,
    eligible: 'maybe',
  });
  expect(wrong.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eligible' });

  const exposure = await download(api, bank, 'exposure.xlsx');
  const byDebtor = rowsOf(sheetOf(exposure.book, '按债务人'));
  expect(byDebtor).toHaveLength(1);
  expect(byDebtor[0]!['敞口金额']!.value).toBe(80000);
  expect(byDebtor[0]!['占比']!.value).toBe(1);
  expect(byDebtor[0]!['占比']!.numFmt).toBe('0.00%');
  expect(rowsOf(sheetOf(exposure.book, '按借款企业'))).toHaveLength(1);
  expect(rowsOf(sheetOf(exposure.book, '按产业链'))[0]!['产业链']!.value).toEqual(
    expect.any(String),
  );

  const book = await download(api, bank, 'loan-book.xlsx');
  const { pledges, inventoryLoans } = await bank.data<{
    pledges: { registerNumber: string }[];
    inventoryLoans: { id: string }[];
  }>('{ pledges(first: 1000) { registerNumber } inventoryLoans { id } }');
  const pledgeRows = rowsOf(sheetOf(book.book, '应收账款质押'));
  expect(pledgeRows).toHaveLength(pledges.length);
  expect(pledgeRows[0]!['应收账款金额']!.value).toBe(100000);
  expect(pledgeRows[0]!['融资金额']!.value).toBe(80000);
  expect(pledgeRows[0]!['批准日']!.value).toBeInstanceOf(Date);
  const loanRows = rowsOf(sheetOf(book.book, '存货融资'));
  expect(loanRows).toHaveLength(inventoryLoans.length);
  expect(loanRows[0]!['本金']!.value).toBe(40000);
  expect(loanRows[0]!['质押货物']!.value).toBe('CU-XLS×10');

  const pledgesOnly = await download(api, bank, 'pledges.xlsx', { status: 'REJECTED' });
  expect(rowsOf(sheetOf(pledgesOnly.book, '应收账款质押'))).toHaveLength(0);
  const loansOnly = await download(api, bank, 'inventory-loans.xlsx', { status: 'REQUESTED' });
  expect(rowsOf(sheetOf(loansOnly.book, '存货融资'))).toHaveLength(1);
});

it('a stock export saved as CSV uploads again (the stock CSV columns come first)', async () => {
  const file = await download(api, w.t1a, 'stock.xlsx', { companyId: w.t1a.companyId });
  const sheet = sheetOf(file.book, '库存');
  expect(headersOf(sheet).slice(0, 4)).toEqual(['物料编码', '仓库', '数量', '品名']);
  const rows = rowsOf(sheet);
  expect(rows.find((r) => r['物料编码']!.value === 'MOTOR-220')!['更新时间']!.value).toBeInstanceOf(
    Date,
  );
  // The web app's stock upload (web/src/features/stock/csv.ts) reads sku,warehouse,quantity[,product_name]
  // by position and skips a header row: the sheet saved as CSV gives exactly that.
  const csv = (await file.book!.csv.writeBuffer({ sheetName: '库存' })).toString().split('\n');
  expect(csv[0]).toMatch(/^物料编码,仓库,数量,品名,/);
  expect(csv.some((line) => line.startsWith('MOTOR-220,NB-01,40,电机,'))).toBe(true);
  expect(csv.some((line) => line.startsWith('COIL-7,NB-02,15,线圈,'))).toBe(true);
});

it("the leader's supplier network exports under the supplier import's headers and imports again once e-mails are filled in", async () => {
  const network = (filter: Record<string, unknown>) =>
    w.leader.data<{ supplierNetwork: { total: number; nodes: { company: { uscc: string } }[] } }>(
      'query ($c: ID!, $f: NetworkFilter) { supplierNetwork(chainId: $c, filter: $f, first: 10000) { total nodes { company { uscc } } } }',
      { c: w.chainId, f: filter },
    );
  const all = await download(api, w.leader, 'supplier-network.xlsx', { chainId: w.chainId });
  const sheet = sheetOf(all.book, '供应商网络');
  expect(headersOf(sheet).slice(0, 4)).toEqual([
    '企业名称',
    '统一社会信用代码',
    '联系邮箱',
    '供应产品',
  ]);
  const { supplierNetwork } = await network({});
  expect(rowsOf(sheet)).toHaveLength(supplierNetwork.total);
  const tier1 = await download(api, w.leader, 'supplier-network.xlsx', {
    chainId: w.chainId,
    tiers: '1',
  });
  const { supplierNetwork: onlyTier1 } = await network({ tiers: [1] });
  expect(rowsOf(sheetOf(tier1.book, '供应商网络'))).toHaveLength(onlyTier1.total);
  expect(onlyTier1.total).toBeLessThan(supplierNetwork.total);

  // Fill in the e-mails, save as CSV: the supplier import reads every row back.
  rowsOf(sheet).forEach((row, i) => (row['联系邮箱']!.value = `s${i}@example.com`));
  const csv = (await all.book!.csv.writeBuffer({ sheetName: '供应商网络' })).toString();
  const parsed = parseSupplierCsv(csv);
  expect(parsed.problems).toEqual([]);
  expect(parsed.rows.map((r) => r.uscc).sort()).toEqual(
    supplierNetwork.nodes.map((n) => n.company.uscc).sort(),
  );
  expect(parsed.rows.some((r) => r.supplies.length > 0)).toBe(true);
});

it('release requests, consents and the access log export the rows their queries show', async () => {
  const consents = await download(api, w.t1a, 'consents.xlsx', { direction: 'GRANTED' });
  const { consents: granted, accessLog } = await w.t1a.data<{
    consents: { scope: string }[];
    accessLog: { at: string }[];
  }>('{ consents(direction: GRANTED) { scope } accessLog { at } }');
  const consentRows = rowsOf(sheetOf(consents.book, '数据授权'));
  expect(consentRows).toHaveLength(granted.length);
  expect(consentRows[0]!['授权范围']!.value).toBe('RECEIVABLES');
  expect(consentRows[0]!['授权时间']!.value).toBeInstanceOf(Date);
  // The bank's pool reads above were audited in t1a's access log.
  const log = await download(api, w.t1a, 'access-log.xlsx');
  const logRows = rowsOf(sheetOf(log.book, '访问记录'));
  // (an audit record still being projected may land between the two reads)
  const { accessLog: after } = await w.t1a.data<{ accessLog: unknown[] }>('{ accessLog { at } }');
  expect(logRows.length).toBeGreaterThanOrEqual(accessLog.length);
  expect(logRows.length).toBeLessThanOrEqual(after.length);
  expect(logRows.length).toBeGreaterThan(0);
  expect(logRows[0]!['访问时间']!.value).toBeInstanceOf(Date);

  const releases = await download(api, bank, 'release-requests.xlsx');
  const { releaseRequests } = await bank.data<{ releaseRequests: unknown[] }>(
    '{ releaseRequests { id } }',
  );
  expect(headersOf(sheetOf(releases.book, '放货申请'))).toContain('放货数量');
  expect(rowsOf(sheetOf(releases.book, '放货申请'))).toHaveLength(releaseRequests.length);
});

it("the leader's single-source risks and the bank's products", async () => {
  const risks = await download(api, w.leader, 'single-source-risks.xlsx', { chainId: w.chainId });
  const { singleSourceRisks } = await w.leader.data<{ singleSourceRisks: unknown[] }>(
    'query ($c: ID!) { singleSourceRisks(chainId: $c) { product } }',
    { c: w.chainId },
  );
  expect(rowsOf(sheetOf(risks.book, '单一来源风险'))).toHaveLength(singleSourceRisks.length);
  const products = await download(api, bank, 'finance-products.xlsx', { bankId: bank.companyId });
  const [product] = rowsOf(sheetOf(products.book, '融资产品'));
  expect(product!['融资比例']!.value).toBe(0.8);
  expect(product!['年利率']!.value).toBe(0.0435);
  expect(product!['最低金额']!.value).toBe(10000);
  expect(product!['最低金额']!.numFmt).toBe(MONEY_FORMAT);
});

it("the bank's undelivered backing and a company's own suppliers", async () => {
  const undelivered = await download(api, bank, 'undelivered-backing.xlsx');
  const { undeliveredBacking } = await bank.data<{ undeliveredBacking: unknown[] }>(
    '{ undeliveredBacking { orderStatus } }',
  );
  expect(rowsOf(sheetOf(undelivered.book, '无交付支撑的应收账款'))).toHaveLength(
    undeliveredBacking.length,
  );
  const own = await download(api, w.t1a, 'my-suppliers.xlsx', { chainId: w.chainId });
  const { mySuppliers } = await w.t1a.data<{ mySuppliers: { supplier: { name: string } }[] }>(
    'query ($c: ID) { mySuppliers(chainId: $c) { supplier { name } } }',
    { c: w.chainId },
  );
  const rows = rowsOf(sheetOf(own.book, '我的供应商'));
  expect(rows.map((r) => r['企业名称']!.value)).toEqual(mySuppliers.map((s) => s.supplier.name));
  expect(rows.length).toBeGreaterThan(0);
  expect(rows[0]!['建立时间']!.value).toBeInstanceOf(Date);
});

it("the leader's assessment lists, and a supplier's history, result, evidence and plans", async () => {
  // t2 (which t1a buys from: a share of the leader's purchasing) assesses itself (一级), lets
  // the leader see it, and the leader plans its improvement.
  await deliveredOrder(w.t1a, w.t2, '300.00');
  await w.t2.data(
    'mutation ($a: AssessmentAnswersInput) { submitAssessment(answers: $a) { id } }',
    {
      a: graphqlAnswers(answersFor(1)),
    },
  );
  await w.t2.data('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: ASSESSMENT) { id } }', {
    g: w.leader.companyId,
  });
  await w.leader.data(
    'mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { id } }',
    {
      i: { companyId: w.t2.companyId, targets: [{ scenarioId: 'quality', level: 3 }] },
    },
  );

  const { chainDashboard } = await w.leader.data<{
    chainDashboard: Record<
      'suppliers' | 'helpFirst',
      { company: { id: string; name: string }; total: string; volumeShare: string }[]
    >;
  }>(
    'query ($c: ID!) { chainDashboard(chainId: $c) { suppliers { company { id name } total volumeShare } helpFirst { company { id name } total volumeShare } } }',
    { c: w.chainId },
  );
  const assessed = await download(api, w.leader, 'assessed-suppliers.xlsx', { chainId: w.chainId });
  const sheet = sheetOf(assessed.book, '已评估供应商');
  expect(headersOf(sheet).slice(0, 8)).toEqual([
    '企业名称',
    '统一社会信用代码',
    '层级',
    '等级',
    '上次等级',
    '总分',
    '采购量占比',
    '证据不一致场景数',
  ]);
  const rows = rowsOf(sheet);
  expect(rows).toHaveLength(chainDashboard.suppliers.length);
  const t2 = chainDashboard.suppliers.find((s) => s.company.id === w.t2.companyId)!;
  const t2Row = rows.find((r) => r['企业名称']!.value === t2.company.name)!;
  expect(t2Row['等级']!.value).toBe('一级');
  expect(t2Row['层级']!.value).toBe(2);
  expect(t2Row['总分']!.value).toBe(Number(t2.total));
  expect(t2Row['采购量占比']!.value).toBeCloseTo(Number(t2.volumeShare) / 100, 12);
  expect(t2Row['采购量占比']!.numFmt).toBe('0.00%');
  expect(t2Row['提交时间']!.value).toBeInstanceOf(Date);
  const helpFirst = await download(api, w.leader, 'help-first.xlsx', { chainId: w.chainId });
  const helpRows = rowsOf(sheetOf(helpFirst.book, '优先帮扶供应商'));
  expect(helpRows.map((r) => r['企业名称']!.value)).toEqual(
    chainDashboard.helpFirst.map((s) => s.company.name),
  );
  expect(helpRows.length).toBeGreaterThan(0);

  const { assessment, evidence, improvementPlans } = await w.leader.data<{
    assessment: {
      history: unknown[];
      latest: { result: { dimensions: unknown[]; scenarios: unknown[] } };
    };
    evidence: { scenarios: unknown[] };
    improvementPlans: { tasks: { dueDate: string }[]; targets: unknown[] }[];
  }>(
    `query ($c: ID!) { assessment(companyId: $c) { history { id } latest { result { dimensions { id } scenarios { scenarioId } } } }
      evidence(companyId: $c) { scenarios { scenarioId } } improvementPlans(companyId: $c) { tasks { dueDate } targets { scenarioId } } }`,
    { c: w.t2.companyId },
  );
  const c = { companyId: w.t2.companyId };
  const history = rowsOf(
    sheetOf((await download(api, w.leader, 'assessment-history.xlsx', c)).book, '评估历史'),
  );
  expect(history).toHaveLength(assessment.history.length);
  expect(history[0]!['等级']!.value).toBe('一级');
  expect(history[0]!['提交时间']!.value).toBeInstanceOf(Date);
  const result = (await download(api, w.leader, 'assessment-result.xlsx', c)).book;
  expect(rowsOf(sheetOf(result, '场景等级'))).toHaveLength(
    assessment.latest.result.scenarios.length,
  );
  expect(rowsOf(sheetOf(result, '场景等级'))[0]!['等级']!.value).toEqual(expect.any(Number));
  expect(rowsOf(sheetOf(result, '维度得分'))).toHaveLength(
    assessment.latest.result.dimensions.length,
  );
  const evidenceRows = rowsOf(
    sheetOf((await download(api, w.leader, 'assessment-evidence.xlsx', c)).book, '平台证据'),
  );
  expect(evidenceRows).toHaveLength(evidence.scenarios.length);
  const plans = (await download(api, w.leader, 'improvement-plans.xlsx', c)).book;
  const tasks = rowsOf(sheetOf(plans, '改进任务'));
  expect(tasks).toHaveLength(improvementPlans.flatMap((p) => p.tasks).length);
  expect(tasks.length).toBeGreaterThan(0);
  expect(tasks[0]!['截止日']!.value).toEqual(day(improvementPlans[0]!.tasks[0]!.dueDate));
  expect(tasks[0]!['截止日']!.numFmt).toBe('yyyy-mm-dd');
  expect(rowsOf(sheetOf(plans, '改进目标'))).toHaveLength(1);

  // The query's access: a company in no chain with no consent reads none of it.
  const refused = await download(api, w.outsider, 'assessment-history.xlsx', c);
  expect(refused.status).toBe(403);
  expect(refused.error?.code).toBe('FORBIDDEN');
});

it("the leader's due-by-month, the bank's rings, alerts and registration risks, an SME's invitations and low stock", async () => {
  const { leaderFinance } = await w.leader.data<{
    leaderFinance: {
      dueByMonth: { month: string; receivables: number; amount: { amount: string } }[];
    };
  }>('{ leaderFinance { dueByMonth { month receivables amount { amount } } } }');
  const due = rowsOf(
    sheetOf((await download(api, w.leader, 'due-by-month.xlsx')).book, '按月到期'),
  );
  expect(
    due.map((r) => [r['到期月份']!.value, r['应收账款笔数']!.value, r['到期金额']!.value]),
  ).toEqual(leaderFinance.dueByMonth.map((b) => [b.month, b.receivables, Number(b.amount.amount)]));
  expect(due.length).toBeGreaterThan(0);
  expect(due[0]!['到期金额']!.numFmt).toBe(MONEY_FORMAT);

  const { circularTrades, alerts, pledgeRegistrationForms } = await bank.data<{
    circularTrades: unknown[];
    alerts: unknown[];
    pledgeRegistrationForms: { registrationRisk: string | null; amount: { amount: string } }[];
  }>(
    '{ circularTrades(kind: RECEIVABLES) { kind } alerts(first: 500) { id } pledgeRegistrationForms { registrationRisk amount { amount } } }',
  );
  const rings = await download(api, bank, 'circular-trades.xlsx', { kind: 'RECEIVABLES' });
  expect(headersOf(sheetOf(rings.book, '循环交易'))).toEqual([
    '环路',
    '企业数',
    '统一社会信用代码',
  ]);
  expect(rowsOf(sheetOf(rings.book, '循环交易'))).toHaveLength(circularTrades.length);
  expect((await download(api, bank, 'circular-trades.xlsx')).error).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'kind',
  });
  const alertBook = (await download(api, bank, 'alerts.xlsx')).book;
  expect(headersOf(sheetOf(alertBook, '预警'))).toContain('押品价值');
  expect(rowsOf(sheetOf(alertBook, '预警'))).toHaveLength(alerts.length);
  const risky = pledgeRegistrationForms.filter((f) => f.registrationRisk);
  const risks = rowsOf(
    sheetOf((await download(api, bank, 'registration-risks.xlsx')).book, '登记风险'),
  );
  expect(risks).toHaveLength(risky.length);
  expect(risks.length).toBeGreaterThan(0);
  expect(risks[0]!['主债权金额']!.value).toBe(Number(risky[0]!.amount.amount));
  expect(risks[0]!['主债权金额']!.numFmt).toBe(MONEY_FORMAT);

  // A company the leader invited and that has not answered yet: its pending invitation.
  const uscc = uniqueUscc();
  await w.leader.data(
    'mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { invited } }',
    { c: w.chainId, s: { name: '待邀企业', uscc, email: `${uscc.toLowerCase()}@test.chainlift` } },
  );
  const [row] = await api.cypher('MATCH (c:Company {uscc: $uscc}) RETURN c.id AS id', { uscc });
  const invitee = await api.user(row!.id as string, 'ADMIN');
  const pending = rowsOf(
    sheetOf((await download(api, invitee, 'my-chains.xlsx', { invited: 'true' })).book, '产业链'),
  );
  expect(pending).toHaveLength(1);
  expect(pending[0]!['状态']!.value).toBe('INVITED');
  expect(pending[0]!['邀请时间']!.value).toBeInstanceOf(Date);
  const joined = await download(api, invitee, 'my-chains.xlsx', { invited: 'false' });
  expect(rowsOf(sheetOf(joined.book, '产业链'))).toHaveLength(0);
  const { myChains } = await w.t1a.data<{ myChains: { status: string }[] }>(
    '{ myChains { status } }',
  );
  const t1aChains = await download(api, w.t1a, 'my-chains.xlsx', { invited: 'false' });
  expect(rowsOf(sheetOf(t1aChains.book, '产业链'))).toHaveLength(
    myChains.filter((m) => m.status !== 'INVITED').length,
  );

  const { lowStock } = await w.t1a.data<{ lowStock: unknown[] }>(
    'query ($c: ID!) { lowStock(companyId: $c) { sku } }',
    { c: w.t1a.companyId },
  );
  const low = await download(api, w.t1a, 'low-stock.xlsx', { companyId: w.t1a.companyId });
  expect(headersOf(sheetOf(low.book, '低库存'))).toEqual([
    '物料编码',
    '现有数量',
    '未交付需求',
    '缺口',
  ]);
  expect(rowsOf(sheetOf(low.book, '低库存'))).toHaveLength(lowStock.length);
});

it('refusals are JSON with a code and the HTTP status of the code', async () => {
  const noToken = await download(api, api.anonymous, 'exposure.xlsx');
  expect(noToken.status).toBe(401);
  expect(noToken.error?.code).toBe('UNAUTHENTICATED');
  const notABank = await download(api, w.leader, 'exposure.xlsx');
  expect(notABank.status).toBe(403);
  expect(notABank.error?.code).toBe('FORBIDDEN');
  const missing = await download(api, w.leader, 'receivables.xlsx');
  expect(missing.status).toBe(400);
  expect(missing.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  const badEnum = await download(api, w.leader, 'receivables.xlsx', { role: 'EVERYONE' });
  expect(badEnum.status).toBe(400);
  expect(badEnum.error?.code).toBe('BAD_USER_INPUT');
  const unknownFilter = await download(api, w.leader, 'receivables.xlsx', {
    role: 'DEBTOR',
    holder: 'x',
  });
  expect(unknownFilter.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'holder' });
  const noSuch = await download(api, w.leader, 'salaries.xlsx');
  expect(noSuch.status).toBe(404);
  expect(noSuch.error?.code).toBe('NOT_FOUND');
});
