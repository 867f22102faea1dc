import { DomainFailure } from '@chainlift/domain';
import { pageArgs, pageOf, WHOLE_LIST } from './shared';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'OK';
  } catch (error) {
    return error instanceof DomainFailure ? error.error.code : 'THROWN';
  }
};

describe('pageArgs: a page of a list', () => {
  it('given nothing, then the bounds’ fallback from the start', () =>
    expect(pageArgs({}, { fallback: 50, max: 200 })).toEqual({ first: 50, offset: 0 }));

  it('given a list answered whole, when no first is asked, then every item from the offset', () =>
    expect(pageOf([1, 2, 3, 4], pageArgs({ offset: 1 }, WHOLE_LIST))).toEqual([2, 3, 4]));

  it('given first and offset, then that page', () =>
    expect(pageOf([1, 2, 3, 4], pageArgs({ first: 2, offset: 1 }))).toEqual([2, 3]));

  it('given first beyond the bound or below zero, or a negative offset, then BAD_USER_INPUT', () =>
    expect([
      codeOf(() => pageArgs({ first: 1001 })),
      codeOf(() => pageArgs({ first: -1 })),
      codeOf(() => pageArgs({ offset: -1 })),
      codeOf(() => pageArgs({ first: 10_000 }, WHOLE_LIST)),
    ]).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'OK']));
});
