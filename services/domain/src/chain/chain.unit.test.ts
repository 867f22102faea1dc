import { specFor } from '../shared/decider-spec';
import { chainName, createChain, mayCreateChain, type ChainCreated } from './chain';

const given = (leading: string[] = [], chains: string[] = []) =>
  specFor(createChain).given({
    kinds: new Map([
      ['leader', 'CHAIN_LEADER'],
      ['other-leader', 'CHAIN_LEADER'],
      ['sme', 'SME'],
    ]),
    leading: new Set(leading),
    chains: new Set(chains),
  });
const created: ChainCreated = { chainId: 'ch-1', leaderId: 'leader', name: '海川家电供应链' };

describe('ChainCreated', () => {
  it('accepts a chain leader founding its chain', () => given().when(created).then(created));
  it('refuses a company that does not exist (NOT_FOUND)', () =>
    given()
      .when({ ...created, leaderId: 'ghost' })
      .thenFails('NOT_FOUND', /does not exist/));
  it('refuses a company that is not a chain leader (FORBIDDEN)', () =>
    given()
      .when({ ...created, leaderId: 'sme' })
      .thenFails('FORBIDDEN', /only a chain leader/));
  it('refuses a leader that already leads a chain, also earlier in the run (CONFLICT)', () => {
    given(['leader'])
      .when(created)
      .thenFails('CONFLICT', /already leads a chain/);
    given()
      .when(created, { ...created, chainId: 'ch-2' })
      .thenFails('CONFLICT', /already leads a chain/);
  });
  it('refuses a chain id in use (CONFLICT)', () =>
    given([], ['ch-1'])
      .when({ ...created, leaderId: 'other-leader' })
      .thenFails('CONFLICT', /already in use/));
  it('refuses an empty or overlong name (BAD_USER_INPUT)', () =>
    given()
      .when({ ...created, name: ' ' })
      .thenFails('BAD_USER_INPUT', /1 to 100/, 'name'));
});

describe('who may create a chain, and its name', () => {
  it('only a chain leader', () => {
    expect(mayCreateChain('CHAIN_LEADER').ok).toBe(true);
    expect(mayCreateChain('SME')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
  it('trims the name', () => expect(chainName('  链 ')).toEqual({ ok: true, value: '链' }));
});
