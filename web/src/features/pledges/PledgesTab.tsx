/** Pledges the bank is a party to, with the moves it may make on each, live. */
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Space, Table } from 'antd';
import { useState } from 'react';
import { QueryState, useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { PledgeStatus } from '../../gql/enums';
import type { PledgeAction } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { oneFilter } from '../../lib/exports';
import { pledgeColumn, type PledgeRow } from './columns';
import { ActOnPledge, BankPledgeChanged, Pledges } from './operations';
import { RecordRegistration, type RegistrationTarget } from './RecordRegistration';
import { DownloadRegistrationForms } from './Registrations';

/** Pledges the bank registers in the unified registry (中登网). */
const REGISTRABLE: PledgeStatus[] = ['APPROVED', 'DISBURSED'];

const PLEDGE_NEXT: Partial<Record<PledgeStatus, PledgeAction[]>> = {
  REQUESTED: ['APPROVE', 'REJECT'],
  APPROVED: ['DISBURSE', 'RELEASE'],
  DISBURSED: ['REPAY'],
};

export function PledgesTab() {
  const { t, tk } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(Pledges);
  // A new application or another party's move shows without a reload.
  useSubscription(BankPledgeChanged, { onData: () => void refetch() });
  const [actOn] = useMutation(ActOnPledge);
  const statuses = Object.values(PledgeStatus);
  const [registering, setRegistering] = useState<RegistrationTarget>();
  const [status, setStatus] = useState<string>();
  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      <Space style={{ marginBottom: 8 }}>
        <DownloadRegistrationForms />
        <ExportButton table="pledges" filters={{ status }} />
        <ExportButton table="loan-book" />
      </Space>
      <Table<PledgeRow<typeof data>>
        size="small"
        rowKey="id"
        dataSource={data?.pledges ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 1300 }}
        data-testid="pledges"
        onChange={(_, filters) => setStatus(oneFilter(filters.status))}
        columns={[
          pledgeColumn.registerNumber(t),
          pledgeColumn.holder(t),
          pledgeColumn.debtor(t),
          pledgeColumn.amount(t),
          pledgeColumn.advance(t),
          pledgeColumn.interest(t),
          pledgeColumn.net(t),
          {
            ...pledgeColumn.status(t),
            key: 'status',
            filterMultiple: false,
            filters: statuses.map((s) => ({ text: tk('pledge', s), value: s })),
            onFilter: (v, p) => p.status === v,
          },
          pledgeColumn.loanEndDate(t),
          pledgeColumn.registration(t),
          {
            title: t('app.actions'),
            render: (_, p) => (
              <Space wrap>
                {(PLEDGE_NEXT[p.status] ?? []).map((action) => (
                  <Button
                    key={action}
                    size="small"
                    type={action === 'APPROVE' || action === 'DISBURSE' ? 'primary' : 'default'}
                    danger={action === 'REJECT'}
                    onClick={() =>
                      void act(() => actOn({ variables: { id: p.id, action } }), {
                        success: t('pledges.done', {
                          number: p.registerNumber,
                          action: tk('pledgeAction', action),
                        }),
                        onDone: () => void refetch(),
                      })
                    }
                  >
                    {tk('pledgeAction', action)}
                  </Button>
                ))}
                {REGISTRABLE.includes(p.status) && (
                  <Button
                    size="small"
                    data-testid="record-registration"
                    onClick={() =>
                      setRegistering({
                        id: p.id,
                        registerNumber: p.registerNumber,
                        amount: p.registration?.amount.amount ?? p.offer.advance.amount,
                      })
                    }
                  >
                    {t('registration.record')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <RecordRegistration
        pledge={registering}
        onClose={() => setRegistering(undefined)}
        onDone={() => {
          setRegistering(undefined);
          void refetch();
        }}
      />
    </QueryState>
  );
}
