/** Taking a company's data away (GET /takeaway/archive) and bringing an archive in (POST /takeaway/import). */
import { mayExportCompanyData, mayImportCompanyData } from '@chainlift/domain';
import { type Rule, decided, need } from './rule';

export const TAKEAWAY_POLICY = {
  'takeaway.export': (p, t) => decided(mayExportCompanyData(p, need(t, 'companyId'))),
  'takeaway.import': (p) => decided(mayImportCompanyData(p)),
} satisfies Record<string, Rule>;
