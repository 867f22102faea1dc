import {
  createRng,
  generateNetwork,
  inventoryConsents,
  OrderActions,
  orderPlans,
  stockReports,
  type OrderActedOnPayload,
} from './chain-generator';

describe("the chain benches' generated load", () => {
  const net = generateNetwork(createRng(7), 40);

  it('order actions come back in date order, each order keeping its own steps in sequence', () => {
    const rng = createRng(11);
    const kept = new OrderActions(net);
    const all: OrderActedOnPayload[] = [];
    for (const plan of orderPlans(rng, net, 300)) {
      kept.add(plan.actions);
      all.push(...plan.actions);
    }
    const back = [...kept.inDateOrder()];
    expect(kept.size).toBe(all.length);
    // The same actions as a stable sort by date of the plain objects gives.
    const expected = [...all].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    expect(back).toEqual(expected);
  });

  it('refuses an action of a company outside the chain', () => {
    const kept = new OrderActions(net);
    expect(() =>
      kept.add([{ orderId: 'o', action: 'confirm', actorCompanyId: 'stranger', on: '2025-01-02' }]),
    ).toThrow(/cannot keep/);
  });

  it("every supplier reports each of its products' stock; tier 1 consents name them to the leader", () => {
    const reports = stockReports(createRng(3), net);
    expect(reports.map((r) => r.companyId)).toEqual(net.suppliers.map((s) => s.id));
    for (const [i, r] of reports.entries()) {
      const names = new Set(r.positions.map((p) => p.productName));
      expect([...names].sort()).toEqual([...net.suppliers[i]!.products].sort());
      expect(r.positions.every((p) => p.quantity >= 0 && p.warehouse.length > 0)).toBe(true);
    }
    const consents = inventoryConsents(createRng(3), net);
    expect(consents).toHaveLength(net.tiers[1]!.length);
    for (const c of consents) {
      expect(c.granteeId).toBe(net.leader.id);
      expect(c.products).toEqual(net.tiers[1]!.find((s) => s.id === c.grantorId)!.products);
    }
  });

  it('the same seed gives the same stock', () => {
    expect(stockReports(createRng(5), net)).toEqual(stockReports(createRng(5), net));
  });
});
