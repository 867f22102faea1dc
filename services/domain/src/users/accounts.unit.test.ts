import { specFor } from '../shared/decider-spec';
import { changeUserRole, createUser, deactivateUser, type CreateUserState } from './accounts';
import type { UserCreated } from './user';

const account = (over: Partial<UserCreated> = {}): UserCreated => ({
  userId: 'u1',
  companyId: 'c1',
  email: 'a@x.cn',
  name: 'A',
  role: 'ADMIN',
  passwordHash: 'scrypt$…',
  platformAdmin: false,
  ...over,
});
const world = (): CreateUserState => ({
  companies: new Set(['c1']),
  emails: new Set(['taken@x.cn']),
  ids: new Set(['u0']),
});

describe('UserCreated', () => {
  const spec = specFor(createUser);
  it('given an existing company and a free e-mail and id, creates the account', () =>
    spec.given(world()).when(account()).then(account()));
  it('refuses a company that does not exist (NOT_FOUND on companyId)', () =>
    spec
      .given(world())
      .when(account({ companyId: 'c9' }))
      .thenFails('NOT_FOUND', /c9/, 'companyId'));
  it('refuses an e-mail already taken (CONFLICT on email)', () =>
    spec
      .given(world())
      .when(account({ email: 'taken@x.cn' }))
      .thenFails('CONFLICT', /already exists/, 'email'));
  it('refuses a user id in use (CONFLICT on userId)', () =>
    spec
      .given(world())
      .when(account({ userId: 'u0' }))
      .thenFails('CONFLICT', /in use/, 'userId'));
  it('sees the accounts created earlier in the same run', () =>
    spec
      .given(world())
      .when(account(), account({ userId: 'u2' }))
      .thenFails('CONFLICT', /a@x.cn/, 'email'));
});

describe('UserRoleChanged and UserDeactivated', () => {
  const users = () => new Map([['u1', 'c1']]);
  it('given a user of the company, changes its role', () =>
    specFor(changeUserRole)
      .given(users())
      .when({ userId: 'u1', companyId: 'c1', role: 'VIEWER' })
      .then({ userId: 'u1', companyId: 'c1', role: 'VIEWER' }));
  it('given a user of the company, deactivates it', () =>
    specFor(deactivateUser)
      .given(users())
      .when({ userId: 'u1', companyId: 'c1' })
      .then({ userId: 'u1', companyId: 'c1' }));
  it('refuses a user of another company, or none, as NOT_FOUND', () => {
    specFor(changeUserRole)
      .given(users())
      .when({ userId: 'u1', companyId: 'c2', role: 'ADMIN' })
      .thenFails('NOT_FOUND', /no user u1/, 'userId');
    specFor(deactivateUser)
      .given(users())
      .when({ userId: 'u9', companyId: 'c1' })
      .thenFails('NOT_FOUND', undefined, 'userId');
  });
});
