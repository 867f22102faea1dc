import { ineligibilityTexts } from './pool';

const catalogue: Record<string, string> = {
  'ineligible.TOO_SHORT': '剩余期限不足',
  'ineligible.ENCUMBERED': '已被质押',
};
const lookup = (key: string) => catalogue[key];

it('translates each rule by its code and keeps the server detail for a tooltip', () => {
  expect(
    ineligibilityTexts(
      [
        { code: 'TOO_SHORT', message: '8 days left to run; this product needs at least 15' },
        { code: 'ENCUMBERED', message: '' },
      ],
      lookup,
    ),
  ).toEqual([
    {
      code: 'TOO_SHORT',
      text: '剩余期限不足',
      detail: '8 days left to run; this product needs at least 15',
    },
    { code: 'ENCUMBERED', text: '已被质押', detail: undefined },
  ]);
});

it("falls back to the server's message for a code the catalogue does not know", () => {
  expect(
    ineligibilityTexts([{ code: 'NEW_RULE', message: 'the debtor is under review' }], lookup),
  ).toEqual([{ code: 'NEW_RULE', text: 'the debtor is under review', detail: undefined }]);
  expect(ineligibilityTexts([{ code: 'NEW_RULE', message: '' }], lookup)[0]!.text).toBe('NEW_RULE');
});
