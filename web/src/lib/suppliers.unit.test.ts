import { orderPartners } from './suppliers';

const leader = { id: 'L', name: '海川家电' };
const chain = (id: string, name: string, l = leader) => ({ id, name, leader: l });

it('offers its own suppliers and the leaders of the chains it is in, each once', () => {
  const partners = orderPartners(
    [
      { supplier: { id: 'B', name: '象山精铜' }, products: ['铜线'] },
      { supplier: { id: 'A', name: '宁波电子' }, products: [] },
      { supplier: { id: 'B', name: '象山精铜' }, products: ['铜线'] },
    ],
    [
      { status: 'ACTIVE', chain: chain('c1', '海川家电供应链') },
      { status: 'SUSPENDED', chain: chain('c2', '海川二链') },
      { status: 'INVITED', chain: chain('c3', '远洋链', { id: 'Y', name: '远洋船舶' }) },
    ],
    'ME',
  );
  expect(partners.suppliers.map((s) => s.id)).toEqual(['A', 'B']);
  expect(partners.suppliers[1]).toEqual({ id: 'B', name: '象山精铜', products: ['铜线'] });
  expect(partners.leaders).toEqual([
    { id: 'L', name: '海川家电', chains: ['海川家电供应链', '海川二链'] },
    { id: 'Y', name: '远洋船舶', chains: ['远洋链'] },
  ]);
});

it('leaves out chains it declined or was removed from, itself, and leaders already its suppliers', () => {
  const partners = orderPartners(
    [{ supplier: { id: 'L', name: '海川家电' }, products: ['外壳'] }],
    [
      { status: 'ACTIVE', chain: chain('c1', '海川家电供应链') },
      { status: 'DECLINED', chain: chain('c2', '远洋链', { id: 'Y', name: '远洋船舶' }) },
      { status: 'REMOVED', chain: chain('c3', '别链', { id: 'Z', name: '别家' }) },
      { status: 'ACTIVE', chain: chain('c4', '我的链', { id: 'ME', name: '我' }) },
    ],
    'ME',
  );
  expect(partners.suppliers.map((s) => s.id)).toEqual(['L']);
  expect(partners.leaders).toEqual([]);
});
