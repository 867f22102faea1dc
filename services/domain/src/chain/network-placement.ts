/**
 * Where a member shows in the leader's supplier network. A member in the network (invited, active,
 * suspended) whose supply path to the leader is gone — a link removed — has no tier, yet it is
 * still in the chain: it stays visible, marked NO_PATH_TO_LEADER, which is a risk in itself (the
 * leader no longer sees how its goods reach it). Members out of the network (declined, removed)
 * are not shown.
 */
import { IN_NETWORK, type MemberStatus } from './membership';

export type NetworkRisk = 'NO_PATH_TO_LEADER';

export interface NetworkPlacement {
  /** Shortest supply distance to the leader; null without a path. */
  tier: number | null;
  pathToLeader: boolean;
  risks: NetworkRisk[];
}

export interface PlacementFilter {
  maxDepth?: number | null;
  tiers?: readonly number[] | null;
}

/** The member's place, or undefined when it is not shown (out of the network, or filtered out by depth/tier). */
export function placeInNetwork(
  status: MemberStatus,
  tier: number | undefined,
  filter: PlacementFilter = {},
): NetworkPlacement | undefined {
  if (!IN_NETWORK.includes(status)) return undefined;
  if (tier === undefined) {
    // A depth or tier filter asks for members at some distance: a member without a path is at none.
    if (filter.maxDepth != null || filter.tiers?.length) return undefined;
    return { tier: null, pathToLeader: false, risks: ['NO_PATH_TO_LEADER'] };
  }
  if (filter.maxDepth != null && tier > filter.maxDepth) return undefined;
  if (filter.tiers?.length && !filter.tiers.includes(tier)) return undefined;
  return { tier, pathToLeader: true, risks: [] };
}
