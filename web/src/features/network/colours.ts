/** Colours of the network graph and its legend (kept apart so the legend does not pull in G6). */
export const STATUS_COLOURS: Record<string, string> = {
  LEADER: '#0f2b57',
  ACTIVE: '#52c41a',
  INVITED: '#1677ff',
  SUSPENDED: '#fa8c16',
  DECLINED: '#bfbfbf',
  REMOVED: '#bfbfbf',
};
const REGION_PALETTE = [
  '#5b8ff9',
  '#5ad8a6',
  '#f6bd16',
  '#e8684a',
  '#6dc8ec',
  '#9270ca',
  '#ff9d4d',
  '#269a99',
];

export function regionColour(region: string | null, regions: string[]): string {
  const index = region ? regions.indexOf(region) : -1;
  return index < 0 ? '#bfbfbf' : REGION_PALETTE[index % REGION_PALETTE.length]!;
}

export type ColourBy = 'status' | 'region' | 'risk';
/** A single source of some product: production stops if it stops. */
export const RISK_COLOUR = '#f5222d';
export const SAFE_COLOUR = '#8fb3e8';
