/**
 * User accounts as deciders: creating one (UserCreated, and the account an invitation sign-up makes),
 * changing a role (UserRoleChanged), deactivating (UserDeactivated). The projector loads the facts
 * (which companies, e-mails, ids and users exist), these rules decide, the projector writes.
 */
import type { Role } from '../access/access';
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';
import type { UserCreated } from './user';

/** E-mails and user ids already taken: a new account must use neither. */
export interface TakenAccounts {
  emails: Set<string>;
  ids: Set<string>;
}

export interface NewAccount {
  email: string;
  userId: string;
}

/** A new account's e-mail and id are free (the rule every account-creating event shares). */
export function decideNewAccount<A extends NewAccount>(
  taken: TakenAccounts,
  account: A,
): Result<A> {
  if (taken.emails.has(account.email))
    return fail('CONFLICT', `a user with e-mail ${account.email} already exists`, 'email');
  if (taken.ids.has(account.userId))
    return fail('CONFLICT', `user id ${account.userId} is already in use`, 'userId');
  return ok(account);
}

/** Marks the account's e-mail and id as taken for the rest of the run. */
export function takeAccount(taken: TakenAccounts, account: NewAccount): TakenAccounts {
  taken.emails.add(account.email);
  taken.ids.add(account.userId);
  return taken;
}

export interface CreateUserState extends TakenAccounts {
  /** Companies that exist. */
  companies: Set<string>;
}

export const createUser: Decider<CreateUserState, UserCreated> = {
  decide(state, command) {
    if (!state.companies.has(command.companyId))
      return fail('NOT_FOUND', `company ${command.companyId} does not exist`, 'companyId');
    return decideNewAccount(state, command);
  },
  evolve: (state, created) => {
    takeAccount(state, created);
    return state;
  },
};

/** Each known user's company (a user id absent from the map does not exist). */
export type UserCompanies = Map<string, string>;

export interface UserRef {
  userId: string;
  companyId: string;
}

/** The user must exist and work at the company the command names (an ADMIN manages its own users). */
function decideOwnUser<C extends UserRef>(users: UserCompanies, command: C): Result<C> {
  return users.get(command.userId) === command.companyId
    ? ok(command)
    : fail('NOT_FOUND', `no user ${command.userId} in this company`, 'userId');
}

export const changeUserRole: Decider<UserCompanies, UserRef & { role: Role }> = {
  decide: decideOwnUser,
  evolve: (state) => state,
};

export const deactivateUser: Decider<UserCompanies, UserRef> = {
  decide: decideOwnUser,
  evolve: (state) => state,
};
