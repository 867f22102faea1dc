/**
 * Choosing whom to grant a consent to, from the API's consentCandidates: each candidate once, those
 * that can still be granted this scope first (in the server's order: leaders, buyers, banks applied
 * to, other banks), those that already have it after, marked and not selectable.
 */

export interface CandidateLike<Scope extends string = string, Relation extends string = string> {
  company: { id: string; name: string };
  relations: readonly Relation[];
  scopes: readonly Scope[];
  granted: readonly Scope[];
}

export interface GranteeChoice<Scope extends string = string, Relation extends string = string> {
  value: string;
  label: string;
  relations: readonly Relation[];
  /** The scopes this candidate would see something with. */
  scopes: readonly Scope[];
  /** The scopes granted to it now. */
  granted: readonly Scope[];
  /** It already has this scope: nothing to grant. */
  disabled: boolean;
}

export function granteeChoices<Scope extends string, Relation extends string>(
  candidates: readonly CandidateLike<Scope, Relation>[],
  scope: Scope | undefined,
): GranteeChoice<Scope, Relation>[] {
  const seen = new Set<string>();
  const choices: GranteeChoice<Scope, Relation>[] = [];
  for (const c of candidates) {
    if (seen.has(c.company.id)) continue;
    seen.add(c.company.id);
    if (scope && !c.scopes.includes(scope)) continue;
    choices.push({
      value: c.company.id,
      label: c.company.name,
      relations: c.relations,
      scopes: c.scopes,
      granted: c.granted,
      disabled: scope !== undefined && c.granted.includes(scope),
    });
  }
  return [...choices.filter((c) => !c.disabled), ...choices.filter((c) => c.disabled)];
}
