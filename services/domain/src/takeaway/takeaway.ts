/**
 * Who may take a company's data away and who may bring it in, and the audit record of an export.
 *
 * - Export: only an ADMIN of the company itself. Not a platform admin of another company (the data is
 *   the company's, and the platform operator does not walk off with it), not a lower role.
 * - Import: only a platform admin (it creates companies and users, as `registerCompany` does).
 */
import { roleAtLeast, type Role } from '../access/access';
import type { Decider } from '../shared/decider';
import { noEvolve } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';

export interface TakeawayActor {
  companyId: string;
  role: Role;
  platformAdmin: boolean;
}

export function mayExportCompanyData(actor: TakeawayActor, companyId: string): Result<true> {
  if (actor.companyId !== companyId)
    return fail('FORBIDDEN', "a company's data is taken away by that company's own ADMIN only");
  if (!roleAtLeast(actor.role, 'ADMIN'))
    return fail(
      'FORBIDDEN',
      `taking your company's data away needs the ADMIN role; you are ${actor.role}`,
    );
  return ok(true);
}

export const mayImportCompanyData = (actor: TakeawayActor): Result<true> =>
  actor.platformAdmin
    ? ok(true)
    : fail('FORBIDDEN', 'only a platform admin can import a company archive');

export interface CompanyDataExported {
  exportId: string;
  companyId: string;
  userId: string;
  userEmail: string;
  at: string;
  sha256: string;
  counts: Record<string, number>;
}

/** The export was decided by the authorization module before the archive left: always recorded. */
export const recordDataExport: Decider<null, CompanyDataExported> = {
  decide: (_state, command) => ok(command),
  evolve: noEvolve,
};
