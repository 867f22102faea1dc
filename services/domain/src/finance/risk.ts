/** Pure pieces of the risk views: shares of exposure, and rings of trade told apart from their rotations. */
import { fail, ok, type Result } from '../shared/errors';
import { BP, mulDivHalfUp } from './rates';

/** part / total in basis points, half-up (0 when there is no total). */
export const shareBp = (partFen: number, totalFen: number): number =>
  totalFen === 0 ? 0 : mulDivHalfUp(partFen, BP, totalFen);

/** A ring A→B→C→A and its rotations B→C→A→B are one ring: keep each once, starting at its smallest id. */
export function distinctRings(rings: string[][]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const ring of rings) {
    if (ring.length < 2) continue;
    const start = ring.indexOf([...ring].sort()[0]!);
    const rotated = [...ring.slice(start), ...ring.slice(0, start)];
    const key = rotated.join('>');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(rotated);
  }
  return out;
}

/** At most this many rings or receivables in one risk view (the walks are bounded too). */
export const RISK_VIEW_CAP = 500;

/**
 * Whom a bank's risk views may look at: its counterparties (the holders and debtors of its pledges, the
 * borrowers of its loans), or a company that opened its receivables to it with a consent still in force
 * (that read is on the consent: audited).
 */
export const mayWatchForRisk = (
  counterparty: boolean,
  consentInForce: boolean,
): Result<'PARTY' | 'CONSENT'> =>
  counterparty
    ? ok('PARTY')
    : consentInForce
      ? ok('CONSENT')
      : fail(
          'FORBIDDEN',
          'this company has no dealings with your bank and has not opened its receivables to it',
        );
