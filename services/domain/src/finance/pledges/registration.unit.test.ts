import { specFor } from '../../shared/decider-spec';
import {
  BANK,
  entry,
  ledgerOf,
  OTHER_BANK,
  pledgeEntry,
  TIER1,
  TODAY,
} from '../receivables/ledger.fixture';
import type { PledgeEntry } from '../receivables/ledger';
import type { PledgeRegistrationRecordedV1 } from '../../events/payloads.generated';
import { pledgeRegistrationRecordedDecider } from './deciders';
import { mayRecordPledgeRegistration } from './permissions';
import {
  checkPledgeRegistration,
  monthsCovering,
  REGISTRATION_EXPIRY_WARNING_DAYS,
  registrationFormOf,
  registrationRiskOf,
  type FormFacts,
  type RegistrationInput,
} from './registration';

// TODAY is 2026-11-23; the fixture's receivable is 1,000.00.
const input = (over: Partial<RegistrationInput> = {}): RegistrationInput => ({
  number: '04386937000515706571',
  registeredAt: '2026-11-20T10:30:00+08:00',
  registeredOn: '2026-11-20',
  amountFen: 800_00,
  termMonths: 12,
  expiresOn: null,
  ...over,
});
const approved = { status: 'APPROVED' as const, outstandingFen: 1_000_00 };

describe('checkPledgeRegistration', () => {
  it('given an approved pledge, when the bank records a 12-month registration, then it ends 12 months later', () => {
    expect(checkPledgeRegistration(approved, input(), TODAY)).toEqual({
      ok: true,
      value: {
        number: '04386937000515706571',
        registeredAt: '2026-11-20T02:30:00.000Z',
        registeredOn: '2026-11-20',
        amountFen: 800_00,
        termMonths: 12,
        expiresOn: '2027-11-20',
      },
    });
  });

  it('takes an end date instead of a term, and a number in lower case as upper case', () => {
    const r = checkPledgeRegistration(
      { ...approved, status: 'DISBURSED' },
      input({ number: ' zd2026abc0001 ', termMonths: null, expiresOn: '2027-06-30' }),
      TODAY,
    );
    expect(r).toMatchObject({
      ok: true,
      value: { number: 'ZD2026ABC0001', termMonths: null, expiresOn: '2027-06-30' },
    });
  });

  it.each(['REQUESTED', 'REJECTED', 'REPAID', 'RELEASED'] as const)(
    'refuses a %s pledge (CONFLICT): only approved or disbursed ones are registered',
    (status) => {
      expect(checkPledgeRegistration({ ...approved, status }, input(), TODAY)).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', field: 'pledgeId' },
      });
    },
  );

  it.each([
    ['a number with spaces', input({ number: '0438 6937 0005' }), 'registrationNumber'],
    ['a number too short', input({ number: '12345' }), 'registrationNumber'],
    ['a time without its zone', input({ registeredAt: '2026-11-20T10:30:00' }), 'registeredAt'],
    ['a registration in the future', input({ registeredOn: '2026-11-24' }), 'registeredAt'],
    ['a zero amount', input({ amountFen: 0 }), 'amount'],
    ['an amount above the receivable', input({ amountFen: 1_000_01 }), 'amount'],
    ['both a term and an end date', input({ expiresOn: '2027-06-30' }), 'termMonths'],
    ['neither a term nor an end date', input({ termMonths: null }), 'termMonths'],
    ['a term over 30 years', input({ termMonths: 361 }), 'termMonths'],
    ['a term of 0 months', input({ termMonths: 0 }), 'termMonths'],
    [
      'an end date before the registration',
      input({ termMonths: null, expiresOn: '2026-11-19' }),
      'expiresAt',
    ],
    [
      'a registration whose term is already over',
      input({ registeredOn: '2025-10-01', termMonths: 12 }),
      'termMonths',
    ],
  ])('refuses %s (BAD_USER_INPUT)', (_what, given, field) => {
    expect(checkPledgeRegistration(approved, given, TODAY)).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field },
    });
  });

  it('accepts the whole receivable as the amount', () => {
    expect(checkPledgeRegistration(approved, input({ amountFen: 1_000_00 }), TODAY).ok).toBe(true);
  });
});

describe('registrationRiskOf (30 days as a named constant)', () => {
  const risk = (status: PledgeEntry['status'], expiresOn: string | null) =>
    registrationRiskOf({ status, registration: expiresOn ? { expiresOn } : null }, TODAY);

  it('given an approved or disbursed pledge without a registration, then UNREGISTERED (未登记)', () => {
    expect(risk('APPROVED', null)).toBe('UNREGISTERED');
    expect(risk('DISBURSED', null)).toBe('UNREGISTERED');
  });
  it('given a registration, then no risk — until its term ends within 30 days (EXPIRING)', () => {
    expect(REGISTRATION_EXPIRY_WARNING_DAYS).toBe(30);
    expect(risk('DISBURSED', '2027-11-20')).toBeNull();
    expect(risk('DISBURSED', '2026-12-23')).toBeNull(); // 30 days left
    expect(risk('DISBURSED', '2026-12-22')).toBe('EXPIRING'); // 29 days left
    expect(risk('DISBURSED', TODAY)).toBe('EXPIRING'); // its last day
  });
  it('given a registration whose term is over, then UNREGISTERED again', () =>
    expect(risk('APPROVED', '2026-11-22')).toBe('UNREGISTERED'));
  it('judges no requested or closed pledge', () => {
    for (const status of ['REQUESTED', 'REJECTED', 'REPAID', 'RELEASED'] as const)
      expect(risk(status, null)).toBeNull();
  });
});

describe('PledgeRegistrationRecorded (the projector applies the same rule)', () => {
  const event = (
    over: Partial<PledgeRegistrationRecordedV1> = {},
  ): PledgeRegistrationRecordedV1 => ({
    rootId: 'root',
    pledgeId: 'pledge-1',
    bankId: BANK,
    registrationNumber: '04386937000515706571',
    registeredAt: '2026-11-20T02:30:00.000Z',
    registeredOn: '2026-11-20',
    amountFen: 800_00,
    termMonths: 12,
    on: TODAY,
    ...over,
  });
  const given = (status: PledgeEntry['status'] = 'APPROVED') =>
    specFor(pledgeRegistrationRecordedDecider).given(
      ledgerOf([entry({ activePledgeId: 'pledge-1' })], [pledgeEntry({ status })]),
    );

  it('the lending bank records the registration of its approved pledge', () =>
    given()
      .when(event())
      .thenAccepts((r) => expect(r.expiresOn).toBe('2027-11-20')));
  it('a later recording replaces it (an extension)', () =>
    given('DISBURSED')
      .when(event(), event({ termMonths: 24 }))
      .thenAccepts());
  it('refuses another bank and the holder (FORBIDDEN)', () => {
    given()
      .when(event({ bankId: OTHER_BANK }))
      .thenFails('FORBIDDEN', /only the lending bank/, 'pledgeId');
    given()
      .when(event({ bankId: TIER1 }))
      .thenFails('FORBIDDEN');
    expect(mayRecordPledgeRegistration({ bankId: BANK }, BANK).ok).toBe(true);
  });
  it('refuses an unknown pledge or one of another root (NOT_FOUND)', () => {
    given()
      .when(event({ pledgeId: 'ghost' }))
      .thenFails('NOT_FOUND');
    given()
      .when(event({ rootId: 'other' }))
      .thenFails('NOT_FOUND');
  });
  it('refuses a requested pledge (CONFLICT) and an amount above the receivable (BAD_USER_INPUT)', () => {
    given('REQUESTED').when(event()).thenFails('CONFLICT');
    given()
      .when(event({ amountFen: 1_000_01 }))
      .thenFails('BAD_USER_INPUT', /above the pledged receivable/, 'amount');
  });
});

describe('registrationFormOf: the registry form (出质人、质权人、财产描述、金额、期限)', () => {
  const facts: FormFacts = {
    pledgeId: 'pledge-1',
    status: 'APPROVED',
    pledgor: { name: '象山精铜', uscc: '91330225MA2AAAAAA1' },
    pledgee: { name: '甬江银行', uscc: '91330200MA2BBBBBB2' },
    receivableId: 'rec-1',
    invoiceNumber: 'INV-7',
    debtor: { name: '海川家电', uscc: '91330200MA2CCCCCC3' },
    outstandingFen: 1_000_00,
    currency: 'CNY',
    dueDate: '2027-01-30',
    advanceFen: 800_00,
    loanEndDate: '2027-02-28',
    registration: null,
  };

  it('given an unregistered pledge, then the advance as amount and months that cover the loan', () => {
    expect(registrationFormOf(facts, TODAY)).toEqual({
      pledgeId: 'pledge-1',
      pledgor: facts.pledgor,
      pledgee: facts.pledgee,
      description:
        '应收账款 rec-1，发票号 INV-7，债务人 海川家电（统一社会信用代码 91330200MA2CCCCCC3），金额 CNY 1000.00，到期日 2027-01-30',
      amountFen: 800_00,
      currency: 'CNY',
      termMonths: 4, // 2026-11-23 + 4 months = 2027-03-23 ≥ 2027-02-28
      registrationNumber: null,
    });
  });

  it('given a registered pledge, then what was registered', () => {
    const registration = {
      number: 'ZD2026ABC0001',
      registeredAt: '2026-11-20T02:30:00.000Z',
      registeredOn: '2026-11-20',
      amountFen: 900_00,
      termMonths: null,
      expiresOn: '2027-06-30',
    };
    expect(registrationFormOf({ ...facts, registration }, TODAY)).toMatchObject({
      amountFen: 900_00,
      termMonths: 8,
      registrationNumber: 'ZD2026ABC0001',
    });
  });

  it('counts whole months that reach the end', () => {
    expect(monthsCovering('2026-11-23', '2026-11-24')).toBe(1);
    expect(monthsCovering('2026-11-23', '2027-11-23')).toBe(12);
    expect(monthsCovering('2026-11-23', '2027-11-24')).toBe(13);
  });
});
