import { describeProblem, fieldPath, formPathOf, problemOf } from './errors';
import { translate } from '../i18n/translate';

const graphqlError = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, ...extra } }],
});

describe('problems from errors', () => {
  it('reads code, message and field of the first GraphQL error', () => {
    const p = problemOf(
      graphqlError('BAD_USER_INPUT', 'check digit wrong', { field: 'supplier.uscc' }),
    );
    expect(p).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'check digit wrong',
      field: 'supplier.uscc',
    });
    expect(formPathOf(p, { name: '', uscc: '' })).toEqual(['uscc']);
  });

  it('maps codes to catalogue messages in both languages', () => {
    const forbidden = describeProblem(
      problemOf(
        graphqlError('FORBIDDEN', "you have not been given access to this supplier's inventory: …"),
      ),
    );
    expect(translate('zh-CN', forbidden.key, forbidden.vars)).toBe('对方尚未授权您查看其库存');
    expect(translate('en', forbidden.key, forbidden.vars)).toBe(
      "You have not been given access to this supplier's inventory",
    );
    const conflict = describeProblem(problemOf(graphqlError('CONFLICT', 'already pledged')));
    expect(translate('zh-CN', conflict.key, conflict.vars)).toBe(
      '操作与当前状态冲突：already pledged',
    );
    const internal = describeProblem(
      problemOf(graphqlError('INTERNAL_SERVER_ERROR', 'Unexpected error', { errorId: 'e-1' })),
    );
    expect(translate('en', internal.key, internal.vars)).toContain('e-1');
  });

  it('tells network trouble apart', () => {
    expect(problemOf(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    expect(problemOf({ statusCode: 503, message: 'bad gateway' }).code).toBe('UNAVAILABLE');
    const unknown = describeProblem(problemOf('boom'));
    expect(unknown.key).toBe('error.UNKNOWN');
  });
});

describe('the form field a server error names', () => {
  const problem = (field: string) => problemOf(graphqlError('BAD_USER_INPUT', 'bad', { field }));

  it('splits paths with list indexes', () => {
    expect(fieldPath('input.lines[0].sku')).toEqual(['input', 'lines', 0, 'sku']);
    expect(fieldPath('goods[12].unitCost')).toEqual(['goods', 12, 'unitCost']);
  });

  it('finds the longest part of the path the form has', () => {
    const order = { number: 'PO-1', lines: [{ sku: 'A', quantity: 1, unitPrice: undefined }] };
    expect(formPathOf(problem('lines[0].sku'), order)).toEqual(['lines', 0, 'sku']);
    expect(formPathOf(problem('input.lines[0].unitPrice'), order)).toEqual([
      'lines',
      0,
      'unitPrice',
    ]);
    expect(formPathOf(problem('lines[0]'), order)).toBeUndefined();
    expect(formPathOf(problem('promisedDate'), order)).toBeUndefined();
    expect(formPathOf(problem('supplier.uscc'), { uscc: '' })).toEqual(['uscc']);
    const answers = { items: { network: undefined }, scenarios: {} };
    expect(formPathOf(problem('items.network.percent'), answers)).toEqual(['items', 'network']);
    expect(formPathOf(problem('items.network'), { name: 'x' })).toBeUndefined();
  });
});
