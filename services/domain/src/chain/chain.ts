/**
 * ChainCreated: a chain leader (链主) founds its supply chain. One chain per leader; the leader is
 * its first ACTIVE member.
 */
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';

/** Only a company registered as a chain leader founds a chain. */
export const mayCreateChain = (kind: string | undefined): Result<true> =>
  kind === 'CHAIN_LEADER'
    ? ok(true)
    : fail('FORBIDDEN', 'only a chain leader (链主, CHAIN_LEADER) can create a chain');

/** A chain's name as typed: trimmed, 1 to 100 characters. */
export function chainName(text: string): Result<string> {
  const name = text.trim();
  if (!name || name.length > 100)
    return fail('BAD_USER_INPUT', 'the chain name must have 1 to 100 characters', 'name');
  return ok(name);
}

export interface ChainCreated {
  chainId: string;
  leaderId: string;
  name: string;
}

export interface CreateChainState {
  /** The kind of each company the events name (absent: no such company). */
  kinds: Map<string, string>;
  /** Companies that lead a chain already. */
  leading: Set<string>;
  /** Chain ids in use. */
  chains: Set<string>;
}

export const createChain: Decider<CreateChainState, ChainCreated> = {
  decide(state, command) {
    const kind = state.kinds.get(command.leaderId);
    if (!kind) return fail('NOT_FOUND', `company ${command.leaderId} does not exist`);
    const may = mayCreateChain(kind);
    if (!may.ok) return may;
    if (state.leading.has(command.leaderId))
      return fail('CONFLICT', 'this company already leads a chain');
    if (state.chains.has(command.chainId))
      return fail('CONFLICT', `chain id ${command.chainId} is already in use`);
    const name = chainName(command.name);
    return name.ok ? ok(command) : name;
  },
  evolve(state, created) {
    state.leading.add(created.leaderId);
    state.chains.add(created.chainId);
    return state;
  },
};
