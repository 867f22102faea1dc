import { granteeChoices } from './consents';

const candidates = [
  {
    company: { id: 'L', name: '海川家电' },
    relations: ['CHAIN_LEADER', 'BUYER'],
    scopes: ['ORDERS', 'INVENTORY', 'ASSESSMENT'],
    granted: ['INVENTORY'],
  },
  {
    company: { id: 'B', name: '宁波银行' },
    relations: ['BANK_APPLIED'],
    scopes: ['RECEIVABLES', 'ASSESSMENT'],
    granted: [],
  },
  {
    company: { id: 'C', name: '奥克斯' },
    relations: ['BUYER'],
    scopes: ['ORDERS', 'INVENTORY'],
    granted: [],
  },
];

it('offers the candidates that would see something with the scope, those already granted last and disabled', () => {
  const choices = granteeChoices(candidates, 'INVENTORY');
  expect(choices.map((c) => [c.value, c.disabled])).toEqual([
    ['C', false],
    ['L', true],
  ]);
  expect(choices[1]).toMatchObject({
    label: '海川家电',
    relations: ['CHAIN_LEADER', 'BUYER'],
    granted: ['INVENTORY'],
  });
});

it('keeps the server order otherwise, each company once', () => {
  expect(granteeChoices([...candidates, candidates[0]!], 'ASSESSMENT').map((c) => c.value)).toEqual(
    ['L', 'B'],
  );
  expect(granteeChoices(candidates, undefined).map((c) => [c.value, c.disabled])).toEqual([
    ['L', false],
    ['B', false],
    ['C', false],
  ]);
});
