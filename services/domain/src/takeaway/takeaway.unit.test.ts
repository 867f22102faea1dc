import { specFor } from '../shared/decider-spec';
import { mayExportCompanyData, mayImportCompanyData, recordDataExport } from './takeaway';

describe('mayExportCompanyData', () => {
  it('lets an ADMIN take its own company’s data', () =>
    expect(
      mayExportCompanyData({ companyId: 'c', role: 'ADMIN', platformAdmin: false }, 'c').ok,
    ).toBe(true));
  it('refuses an OPERATOR or VIEWER of the company (FORBIDDEN)', () =>
    expect(
      mayExportCompanyData({ companyId: 'c', role: 'OPERATOR', platformAdmin: false }, 'c'),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: /ADMIN/ },
    }));
  it('refuses another company’s ADMIN, a platform admin included', () =>
    expect(
      mayExportCompanyData({ companyId: 'p', role: 'ADMIN', platformAdmin: true }, 'c'),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    }));
});

describe('mayImportCompanyData', () => {
  it('lets a platform admin import', () =>
    expect(mayImportCompanyData({ companyId: 'p', role: 'ADMIN', platformAdmin: true }).ok).toBe(
      true,
    ));
  it('refuses a company ADMIN (FORBIDDEN)', () =>
    expect(
      mayImportCompanyData({ companyId: 'c', role: 'ADMIN', platformAdmin: false }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    }));
});

describe('CompanyDataExported', () => {
  const exported = {
    exportId: 'e',
    companyId: 'c',
    userId: 'u',
    userEmail: 'a@x',
    at: 't',
    sha256: 'h',
    counts: { orders: 2 },
  };
  it('is always recorded', () =>
    specFor(recordDataExport).given(null).when(exported).then(exported));
});
