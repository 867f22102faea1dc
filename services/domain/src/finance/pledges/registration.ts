/**
 * Registration of a pledge where the law looks (动产融资统一登记公示系统, 中登网): a receivable pledge is
 * effective against third parties through registration there, and priority follows registration time
 * (Civil Code arts. 445, 768). The bank registers in the registry itself and records here the
 * registration's number, time, secured amount and term; the platform flags an approved or disbursed
 * pledge without one (UNREGISTERED) and one whose term ends within 30 days (EXPIRING), and prepares
 * the registry form's fields (出质人、质权人、财产描述、金额、期限).
 *
 *   recorded on      APPROVED or DISBURSED pledges, by the lending bank; recording again replaces it
 *                    (a change or extension registered in the registry)
 *   risk             REQUESTED and closed pledges: none; no registration, or its term over: UNREGISTERED;
 *                    term ending within REGISTRATION_EXPIRY_WARNING_DAYS: EXPIRING
 *
 * The registry's number format is not in our notes: the number is checked only for what no number can
 * be (blank, spaces, punctuation; 10–30 letters or digits). Numbers seen in practice are 20 digits.
 */
import { addMonths, daysBetween, isAfter, isBefore, isIsoDate } from '../../calendar/calendar';
import { checkAmountFen, formatFen } from '../../money/money';
import { fail, ok, type Result } from '../../shared/errors';
import type { PledgeStatus } from './pledge';

/** A registration whose term ends within this many days (today included) shows as EXPIRING. */
export const REGISTRATION_EXPIRY_WARNING_DAYS = 30;
/** The registry's longest term: 30 years, chosen by the filer in months. */
export const MAX_REGISTRATION_TERM_MONTHS = 360;
/** Pledges that must be registered: the bank has approved or disbursed them. */
export const REGISTRABLE_PLEDGE: readonly PledgeStatus[] = ['APPROVED', 'DISBURSED'];
/** 登记证明编号 as far as we can check it: 10–30 letters or digits (upper case). */
export const REGISTRATION_NUMBER = /^[0-9A-Z]{10,30}$/;
/** An instant with its zone, to the second at most to the millisecond: 2026-12-04T10:30:00+08:00. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export const REGISTRATION_RISKS = ['UNREGISTERED', 'EXPIRING'] as const;
export type RegistrationRisk = (typeof REGISTRATION_RISKS)[number];

/** A registration as recorded on a pledge. */
export interface PledgeRegistration {
  /** 登记证明编号, upper case. */
  number: string;
  /** 登记时间: the instant the registry gives, as an ISO string in UTC. */
  registeredAt: string;
  /** Its business date. */
  registeredOn: string;
  /** 主债权金额 as registered, fen. */
  amountFen: number;
  /** 登记期限 in months when given so; null when the filer gave the end date. */
  termMonths: number | null;
  /** The last day the registration is in force. */
  expiresOn: string;
}

/** What the bank types in: the number, the instant, the amount, and a term in months or an end date. */
export interface RegistrationInput {
  number: string;
  registeredAt: string;
  /** The business date of `registeredAt` (the caller reads it in the business time zone). */
  registeredOn: string;
  amountFen: number;
  termMonths?: number | null;
  expiresOn?: string | null;
}

/** The pledge as the rule needs it. */
export interface RegistrablePledge {
  status: PledgeStatus;
  /** The outstanding amount of the pledged receivable (the collateral), fen. */
  outstandingFen: number;
}

/** 登记编号 as stored: trimmed, upper case. */
export const normalizeRegistrationNumber = (text: string): string => text.trim().toUpperCase();

/**
 * The registration to record on `pledge` today, or the first reason it cannot be: the pledge must be
 * approved or disbursed (CONFLICT); the number must look like one, the time must be an instant not
 * after today, the amount above zero and at most the pledged receivable's outstanding amount, and
 * exactly one of a term (1–360 months) and an end date, ending after today (BAD_USER_INPUT).
 */
export function checkPledgeRegistration(
  pledge: RegistrablePledge,
  input: RegistrationInput,
  today: string,
): Result<PledgeRegistration> {
  if (!REGISTRABLE_PLEDGE.includes(pledge.status))
    return fail(
      'CONFLICT',
      `a ${pledge.status} pledge is not registered: record the registration once the pledge is approved or disbursed`,
      'pledgeId',
    );
  const number = normalizeRegistrationNumber(input.number);
  if (!REGISTRATION_NUMBER.test(number))
    return fail(
      'BAD_USER_INPUT',
      `registrationNumber must be the registry's 登记证明编号: 10 to 30 letters or digits, no spaces; got "${input.number}"`,
      'registrationNumber',
    );
  if (!INSTANT.test(input.registeredAt) || Number.isNaN(Date.parse(input.registeredAt)))
    return fail(
      'BAD_USER_INPUT',
      `registeredAt must be the registry's 登记时间 with its zone, like 2026-12-04T10:30:00+08:00; got "${input.registeredAt}"`,
      'registeredAt',
    );
  if (!isIsoDate(input.registeredOn) || isAfter(input.registeredOn, today))
    return fail(
      'BAD_USER_INPUT',
      `registeredAt is in the future (${input.registeredOn}, today is ${today}): record a registration once the registry has made it`,
      'registeredAt',
    );
  const amount = checkAmountFen(input.amountFen, 'amount');
  if (!amount.ok) return amount;
  if (amount.value === 0)
    return fail('BAD_USER_INPUT', 'the registered amount must be above zero', 'amount');
  if (amount.value > pledge.outstandingFen)
    return fail(
      'BAD_USER_INPUT',
      `the registered amount ${formatFen(amount.value)} is above the pledged receivable's ${formatFen(pledge.outstandingFen)}`,
      'amount',
    );
  const term = termOf(input);
  if (!term.ok) return term;
  if (!isAfter(term.value.expiresOn, today))
    return fail(
      'BAD_USER_INPUT',
      `this registration ended on ${term.value.expiresOn}: register the pledge again (or extend it) and record the new one`,
      term.value.termMonths === null ? 'expiresAt' : 'termMonths',
    );
  return ok({
    number,
    registeredAt: new Date(input.registeredAt).toISOString(),
    registeredOn: input.registeredOn,
    amountFen: amount.value,
    ...term.value,
  });
}

function termOf(
  input: RegistrationInput,
): Result<{ termMonths: number | null; expiresOn: string }> {
  const months = input.termMonths ?? null;
  const until = input.expiresOn ?? null;
  if ((months === null) === (until === null))
    return fail(
      'BAD_USER_INPUT',
      'give the registration term either in months (termMonths) or as its end date (expiresAt), not both',
      'termMonths',
    );
  const latest = addMonths(input.registeredOn, MAX_REGISTRATION_TERM_MONTHS);
  if (months !== null) {
    if (!Number.isInteger(months) || months < 1 || months > MAX_REGISTRATION_TERM_MONTHS)
      return fail(
        'BAD_USER_INPUT',
        `termMonths must be a whole number of months from 1 to ${MAX_REGISTRATION_TERM_MONTHS} (the registry's 30 years)`,
        'termMonths',
      );
    return ok({ termMonths: months, expiresOn: addMonths(input.registeredOn, months) });
  }
  if (!isIsoDate(until!) || !isAfter(until!, input.registeredOn) || isAfter(until!, latest))
    return fail(
      'BAD_USER_INPUT',
      `expiresAt must be a date after the registration and at most 30 years later (${latest}); got "${until}"`,
      'expiresAt',
    );
  return ok({ termMonths: null, expiresOn: until! });
}

/**
 * Does this pledge's registration put the bank at risk today? Only approved and disbursed pledges are
 * judged: without a registration, or with one whose term is over, UNREGISTERED; with one ending within
 * REGISTRATION_EXPIRY_WARNING_DAYS, EXPIRING; otherwise null.
 */
export function registrationRiskOf(
  pledge: { status: PledgeStatus; registration: Pick<PledgeRegistration, 'expiresOn'> | null },
  today: string,
): RegistrationRisk | null {
  if (!REGISTRABLE_PLEDGE.includes(pledge.status)) return null;
  const expiresOn = pledge.registration?.expiresOn;
  if (!expiresOn || isBefore(expiresOn, today)) return 'UNREGISTERED';
  return daysBetween(today, expiresOn) < REGISTRATION_EXPIRY_WARNING_DAYS ? 'EXPIRING' : null;
}

// ─── the registry's form ─────────────────────────────────────────────────────────────────────

export interface FormParty {
  name: string;
  uscc: string;
}

/** What the form needs of one pledge, as the caller loaded it. */
export interface FormFacts {
  pledgeId: string;
  status: PledgeStatus;
  /** 出质人: the holder of the pledged receivable. */
  pledgor: FormParty;
  /** 质权人: the lending bank. */
  pledgee: FormParty;
  receivableId: string;
  invoiceNumber: string | null;
  debtor: FormParty;
  outstandingFen: number;
  currency: string;
  dueDate: string;
  /** The bank's advance (what the pledge secures) and the loan's end. */
  advanceFen: number;
  loanEndDate: string;
  registration: PledgeRegistration | null;
}

/** The registry form's fields for one pledge (出质人、质权人、财产描述、金额、期限). */
export interface RegistrationForm {
  pledgeId: string;
  pledgor: FormParty;
  pledgee: FormParty;
  /** 财产描述: the receivable, its debtor, amount and due date, in the words the registry expects. */
  description: string;
  /** 主债权金额, fen: as registered, or the advance for a pledge not registered yet. */
  amountFen: number;
  currency: string;
  /** 登记期限 in months: as registered, or enough months from today to cover the loan. */
  termMonths: number;
  registrationNumber: string | null;
}

/** Whole months from `from` that reach `to` (at least one). */
export function monthsCovering(from: string, to: string): number {
  let months = 1;
  while (isBefore(addMonths(from, months), to) && months < MAX_REGISTRATION_TERM_MONTHS) months++;
  return months;
}

export function registrationFormOf(f: FormFacts, today: string): RegistrationForm {
  const r = f.registration;
  const invoice = f.invoiceNumber ? `，发票号 ${f.invoiceNumber}` : '';
  return {
    pledgeId: f.pledgeId,
    pledgor: f.pledgor,
    pledgee: f.pledgee,
    description: `应收账款 ${f.receivableId}${invoice}，债务人 ${f.debtor.name}（统一社会信用代码 ${f.debtor.uscc}），金额 ${f.currency} ${formatFen(f.outstandingFen)}，到期日 ${f.dueDate}`,
    amountFen: r ? r.amountFen : f.advanceFen,
    currency: f.currency,
    termMonths: r
      ? (r.termMonths ?? monthsCovering(r.registeredOn, r.expiresOn))
      : monthsCovering(today, f.loanEndDate),
    registrationNumber: r?.number ?? null,
  };
}
