/** An SME's invitations to chains (accept or decline), and the chains it belongs to. */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Space, Table } from 'antd';
import { QueryState, StatusTag, useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { Memberships } from '../chains/operations';
import { Respond } from './operations';

export function InvitationsTab() {
  const { t } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(Memberships);
  const [respond] = useMutation(Respond);
  const all = data?.myChains ?? [];
  const pending = all.filter((m) => m.status === 'INVITED');
  const mine = all.filter((m) => m.status !== 'INVITED');
  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Card
          size="small"
          title={t('invitations.pending')}
          extra={<ExportButton table="my-chains" filters={{ invited: 'true' }} />}
        >
          <Table
            size="small"
            rowKey={(m) => m.chain.id}
            dataSource={pending}
            pagination={false}
            data-testid="invitations"
            columns={[
              { title: t('invitations.chain'), render: (_, m) => m.chain.name },
              { title: t('invitations.leader'), render: (_, m) => m.chain.leader.name },
              { title: t('invitations.since'), render: (_, m) => formatDate(m.since) },
              {
                title: t('app.actions'),
                render: (_, m) => (
                  <Space>
                    <Button
                      type="primary"
                      size="small"
                      onClick={() =>
                        void act(
                          () => respond({ variables: { chainId: m.chain.id, accept: true } }),
                          {
                            success: t('invitations.accepted', { chain: m.chain.name }),
                            onDone: () => void refetch(),
                          },
                        )
                      }
                    >
                      {t('invitations.accept')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() =>
                        void act(
                          () => respond({ variables: { chainId: m.chain.id, accept: false } }),
                          {
                            success: t('invitations.declined', { chain: m.chain.name }),
                            onDone: () => void refetch(),
                          },
                        )
                      }
                    >
                      {t('invitations.decline')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
        <Card
          size="small"
          title={t('invitations.mine')}
          extra={<ExportButton table="my-chains" filters={{ invited: 'false' }} />}
        >
          <Table
            size="small"
            rowKey={(m) => m.chain.id}
            dataSource={mine}
            pagination={false}
            columns={[
              { title: t('invitations.chain'), render: (_, m) => m.chain.name },
              { title: t('invitations.leader'), render: (_, m) => m.chain.leader.name },
              {
                title: t('company.tier'),
                render: (_, m) => (m.tier ? t('company.tierN', { tier: m.tier }) : '—'),
              },
              {
                title: t('company.status'),
                render: (_, m) => <StatusTag prefix="status" value={m.status} />,
              },
            ]}
          />
        </Card>
      </Space>
    </QueryState>
  );
}
