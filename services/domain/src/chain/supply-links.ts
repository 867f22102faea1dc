/**
 * Supply links (supplier ──SUPPLIES──► buyer) and the trade rule they feed.
 *
 * A buyer declares a link on its own (SupplyLinkDeclared): it is PENDING until the supplier
 * confirms it (SupplyLinkConfirmed). Links the chain leader makes by inviting its suppliers
 * (onboarding) are CONFIRMED from the start; a link a member's invitation makes is confirmed when
 * the supplier accepts that invitation (or signs up with its link). Only a confirmed link authorizes trade — orders,
 * receivable transfers — and never to a company that cannot supply (finding 6: otherwise a buyer
 * alone could open trade with any company, a bank included, also through /ingest).
 */
import { maySupply, mayTradeGoods } from '../company/company';
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';

export type SupplyLinkState = 'PENDING' | 'CONFIRMED';

/** Does a supply link in this state let the two companies trade? */
export const linkAuthorizesTrade = (link: SupplyLinkState | undefined): boolean =>
  link === 'CONFIRMED';

/** What the trade rule between a buyer and a supplier is decided on. */
export interface TradeFacts {
  /** The supplier's kind (undefined: no such company). */
  supplierKind: string | undefined;
  /** The link supplier ──SUPPLIES──► buyer (undefined: none). */
  link: SupplyLinkState | undefined;
  /** Both are in the network (invited, active or suspended) of one chain. */
  sameChain: boolean;
}

/**
 * May the buyer order from (trade with) the supplier? Its own supplier by a confirmed link, or a
 * fellow member of a chain — and the supplier must be a company that supplies.
 */
export function mayTrade(facts: TradeFacts): Result<true> {
  if (facts.supplierKind === undefined)
    return fail('NOT_FOUND', 'the supplier does not exist', 'supplierId');
  const supplies = maySupply(facts.supplierKind, 'supplierId');
  if (!supplies.ok) return supplies;
  if (linkAuthorizesTrade(facts.link) || facts.sameChain) return ok(true);
  if (facts.link === 'PENDING')
    return fail(
      'FORBIDDEN',
      'this supplier has not confirmed your supply link yet: it must confirm it (confirmSupplyLink) before you can order from it',
      'supplierId',
    );
  return fail(
    'FORBIDDEN',
    'a company can only order from its own suppliers or members of a chain it belongs to',
    'supplierId',
  );
}

export interface SupplyLinkParties {
  buyerId: string;
  supplierId: string;
}

export interface SupplyLinks {
  /** The kind of each company the events name (absent: no such company). */
  kinds: Map<string, string>;
  /** `${supplierId}>${buyerId}` → the link's state. */
  links: Map<string, SupplyLinkState>;
}

export const linkKey = (link: SupplyLinkParties) => `${link.supplierId}>${link.buyerId}`;

/** SupplyLinkDeclared: a trading company names a supplier it buys from; PENDING until confirmed. */
export const declareSupplyLink: Decider<SupplyLinks, SupplyLinkParties & { products?: string[] }> =
  {
    decide(state, command) {
      if (command.buyerId === command.supplierId)
        return fail('BAD_USER_INPUT', 'a company cannot supply itself', 'supplierId');
      const supplierKind = state.kinds.get(command.supplierId);
      if (supplierKind === undefined)
        return fail('NOT_FOUND', `company ${command.supplierId} does not exist`, 'supplierId');
      const buyerKind = state.kinds.get(command.buyerId);
      if (buyerKind === undefined)
        return fail('NOT_FOUND', `company ${command.buyerId} does not exist`, 'buyerId');
      const buyer = mayTradeGoods(buyerKind, 'declaring suppliers');
      if (!buyer.ok) return buyer;
      const supplier = maySupply(supplierKind, 'supplierId');
      return supplier.ok ? ok(command) : supplier;
    },
    evolve(state, link) {
      if (!state.links.has(linkKey(link))) state.links.set(linkKey(link), 'PENDING');
      return state;
    },
  };

/** SupplyLinkConfirmed: the supplier confirms that it supplies the buyer (confirming twice is harmless). */
export const confirmSupplyLink: Decider<SupplyLinks, SupplyLinkParties> = {
  decide(state, command) {
    if (!state.links.has(linkKey(command)))
      return fail('NOT_FOUND', 'this company has not declared you as its supplier', 'buyerId');
    const supplier = maySupply(state.kinds.get(command.supplierId), 'supplierId');
    return supplier.ok ? ok(command) : supplier;
  },
  evolve(state, link) {
    state.links.set(linkKey(link), 'CONFIRMED');
    return state;
  },
};

/** SupplyLinkRemoved: the buyer no longer buys from the supplier. */
export const removeSupplyLink: Decider<SupplyLinks, SupplyLinkParties> = {
  decide: (state, command) =>
    state.links.has(linkKey(command))
      ? ok(command)
      : fail('NOT_FOUND', 'there is no such supply link', 'supplierId'),
  evolve(state, link) {
    state.links.delete(linkKey(link));
    return state;
  },
};

/** A link the chain leader makes by inviting its own supplier (onboarding) needs no confirmation. */
export const onboardingConfirmsLink = (inviterId: string, leaderId: string | undefined): boolean =>
  inviterId === leaderId;
