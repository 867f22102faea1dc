import { exportFileName, exportProblem, exportUrl, oneFilter } from './exports';

describe('exports', () => {
  it('builds the URL with the filters that are set', () => {
    expect(exportUrl('exposure')).toBe('/export/exposure.xlsx');
    expect(exportUrl('receivables', { role: 'DEBTOR', status: undefined })).toBe(
      '/export/receivables.xlsx?role=DEBTOR',
    );
    expect(
      exportUrl('receivable-pool', { productId: 'p 1', loanEndDate: '2027-03-31', x: '' }),
    ).toBe('/export/receivable-pool.xlsx?productId=p+1&loanEndDate=2027-03-31');
  });

  it("takes the server's file name", () => {
    expect(exportFileName('attachment; filename="pledges-2027-01-02.xlsx"', 'pledges')).toBe(
      'pledges-2027-01-02.xlsx',
    );
    expect(exportFileName('attachment; filename=stock-2027-01-02.xlsx', 'stock')).toBe(
      'stock-2027-01-02.xlsx',
    );
    expect(exportFileName(null, 'stock')).toBe('stock.xlsx');
  });

  it('reads a refusal as a problem', () => {
    expect(exportProblem(403, { error: { code: 'FORBIDDEN', message: 'no' } })).toEqual({
      code: 'FORBIDDEN',
      message: 'no',
    });
    expect(exportProblem(502, null).code).toBe('UNAVAILABLE');
  });

  it('passes a column filter on only when one value is chosen', () => {
    expect(oneFilter(['APPROVED'])).toBe('APPROVED');
    expect(oneFilter(['APPROVED', 'REJECTED'])).toBeUndefined();
    expect(oneFilter(null)).toBeUndefined();
  });
});
