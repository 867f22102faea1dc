/**
 * Table columns for pledges (应收账款质押), shared by the bank's, the SME's and the leader's views:
 * each view picks the columns its role needs. Each column asks of a row only the fields it shows,
 * so any query's pledge type fits.
 */
import type { ColumnType } from 'antd/es/table';
import { Money, StatusTag } from '../../components/common';
import type { RegistrationRisk } from '../../gql/graphql';
import type { I18n } from '../../i18n/i18n';
import { RegistrationTag } from './Registrations';

/** A row of the `pledges` list of a query's data: `<Table<PledgeRow<typeof data>>`. */
export type PledgeRow<D> = NonNullable<D> extends { pledges: (infer P)[] } ? P : never;

type Named = { name: string };
type Amount = { amount: string; currency: string };
type T = I18n['t'];

const money = <P,>(title: string, value: (p: P) => Amount | null | undefined): ColumnType<P> => ({
  title,
  align: 'right',
  render: (_, p) => <Money value={value(p)} />,
});

export const pledgeColumn = {
  registerNumber: <P extends { registerNumber: string }>(t: T): ColumnType<P> => ({
    title: t('pledges.registerNumber'),
    dataIndex: 'registerNumber',
  }),
  holder: <P extends { holder: Named }>(t: T): ColumnType<P> => ({
    title: t('pledges.holder'),
    render: (_, p) => p.holder.name,
  }),
  bank: <P extends { bank: Named }>(t: T): ColumnType<P> => ({
    title: t('pledges.bank'),
    render: (_, p) => p.bank.name,
  }),
  product: <P extends { product: Named }>(t: T): ColumnType<P> => ({
    title: t('pledges.product'),
    render: (_, p) => p.product.name,
  }),
  debtor: <P extends { receivable: { debtor: Named } }>(t: T): ColumnType<P> => ({
    title: t('receivables.debtor'),
    render: (_, p) => p.receivable.debtor.name,
  }),
  amount: <P extends { receivable: { amount: Amount } }>(t: T) =>
    money<P>(t('receivables.amount'), (p) => p.receivable.amount),
  advance: <P extends { offer: { advance: Amount } }>(t: T) =>
    money<P>(t('pledges.advance'), (p) => p.offer.advance),
  interest: <P extends { offer: { interest: Amount } }>(t: T) =>
    money<P>(t('pledges.interest'), (p) => p.offer.interest),
  net: <P extends { offer: { net: Amount } }>(t: T) =>
    money<P>(t('pledges.net'), (p) => p.offer.net),
  status: <P extends { status: string }>(t: T): ColumnType<P> => ({
    title: t('pledges.status'),
    render: (_, p) => <StatusTag prefix="pledge" value={p.status} />,
  }),
  requestedOn: <P extends { requestedOn: string }>(t: T): ColumnType<P> => ({
    title: t('pledges.requestedOn'),
    dataIndex: 'requestedOn',
  }),
  /** 登记 (中登网): 未登记 red, 即将到期 orange, and the registration number. */
  registration: <
    P extends {
      registrationRisk?: RegistrationRisk | null;
      registration?: { number: string; expiresOn: string } | null;
    },
  >(
    t: T,
  ): ColumnType<P> => ({
    title: t('registration.column'),
    render: (_, p) => <RegistrationTag risk={p.registrationRisk} registration={p.registration} />,
  }),
  loanEndDate: <P extends { loanEndDate: string }>(t: T): ColumnType<P> => ({
    title: t('pledges.loanEndDate'),
    dataIndex: 'loanEndDate',
  }),
};
