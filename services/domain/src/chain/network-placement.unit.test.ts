import { placeInNetwork } from './network-placement';

describe('a member in the leader’s supplier network', () => {
  it('given a supply path, then it sits at its tier with no risk', () => {
    expect(placeInNetwork('ACTIVE', 2)).toEqual({ tier: 2, pathToLeader: true, risks: [] });
  });

  it('given an ACTIVE member whose path was removed, then it stays visible, marked NO_PATH_TO_LEADER', () => {
    expect(placeInNetwork('ACTIVE', undefined)).toEqual({
      tier: null,
      pathToLeader: false,
      risks: ['NO_PATH_TO_LEADER'],
    });
    expect(placeInNetwork('SUSPENDED', undefined)?.risks).toEqual(['NO_PATH_TO_LEADER']);
  });

  it('given a member out of the network (declined, removed), then it is not shown', () => {
    expect(placeInNetwork('REMOVED', undefined)).toBeUndefined();
    expect(placeInNetwork('DECLINED', undefined)).toBeUndefined();
  });

  it('given a depth or tier filter, then members without a path and outside it are left out', () => {
    expect(placeInNetwork('ACTIVE', undefined, { tiers: [1] })).toBeUndefined();
    expect(placeInNetwork('ACTIVE', undefined, { maxDepth: 3 })).toBeUndefined();
    expect(placeInNetwork('ACTIVE', 3, { maxDepth: 2 })).toBeUndefined();
    expect(placeInNetwork('ACTIVE', 3, { tiers: [1, 2] })).toBeUndefined();
    expect(placeInNetwork('ACTIVE', 2, { tiers: [2], maxDepth: 2 })?.tier).toBe(2);
  });
});
