/**
 * Which tab of a role's home an address opens: `#/orders/<id>` opens the orders tab. Notification
 * links (services/domain/src/notifications) name what they point at — an order, a pledge, an
 * assessment — and each home names its tabs its own way, so a link's first segment is looked up
 * here among the tabs this home has: a bank's `/pledges/…` opens its pledges, an SME's opens its
 * receivables (where its applications are).
 */
const CANDIDATES: Record<string, readonly string[]> = {
  invitations: ['invitations'],
  orders: ['orders'],
  receivables: ['receivables', 'pool'],
  pledges: ['pledges', 'receivables'],
  loans: ['loans', 'receivables', 'goods'],
  consents: ['consents', 'stock'],
  assessments: ['assessment'],
  improvement: ['assessment'],
  // Service providers (issue 18): an engagement opens the provider's engagements or the SME's services.
  engagements: ['engagements', 'services'],
  products: ['products', 'services'],
  sponsorships: ['sponsorships', 'services'],
};

/** The tab `hash` asks for among `tabs`, or undefined (the home's first tab then). */
export function tabOf(hash: string, tabs: readonly string[]): string | undefined {
  const segment = hash.replace(/^#\/?/, '').split(/[/?]/, 1)[0] ?? '';
  if (tabs.includes(segment)) return segment;
  return (CANDIDATES[segment] ?? []).find((tab) => tabs.includes(tab));
}

/** The address of a tab: what clicking it writes, so reload and back keep it. */
export const tabHash = (tab: string) => `#/${tab}`;
