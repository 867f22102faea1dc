import { useQuery } from '@apollo/client/react';
import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QueryState, StatusTag } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { Memberships } from '../chains/operations';
import { MySuppliersQuery } from './operations';

export function OwnSuppliers() {
  const { t } = useI18n();
  const chains = useQuery(Memberships);
  const [chainId, setChainId] = useState<string>();
  const { data, loading, error, refetch } = useQuery(MySuppliersQuery, {
    variables: { chainId: chainId ?? null },
  });
  const myChains = (chains.data?.myChains ?? []).filter((m) => m.status !== 'INVITED');
  return (
    <Card
      size="small"
      title={t('mySuppliers.title')}
      extra={
        <Space>
          <ExportButton table="my-suppliers" filters={{ chainId }} />
          {myChains.length > 1 && (
            <Select
              allowClear
              aria-label={t('mySuppliers.chain')}
              placeholder={t('mySuppliers.allChains')}
              style={{ minWidth: 200 }}
              value={chainId}
              onChange={(v: string | undefined) => setChainId(v)}
              options={myChains.map((m) => ({ value: m.chain.id, label: m.chain.name }))}
            />
          )}
        </Space>
      }
    >
      <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
        <Table
          size="small"
          rowKey={(s) => s.supplier.id}
          dataSource={data?.mySuppliers ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('mySuppliers.empty') }}
          data-testid="my-suppliers"
          columns={[
            { title: t('suppliers.company'), render: (_, s) => s.supplier.name },
            {
              title: t('suppliers.products'),
              render: (_, s) =>
                s.products.length ? s.products.map((p) => <Tag key={p}>{p}</Tag>) : '—',
            },
            {
              title: t('mySuppliers.standing'),
              render: (_, s) =>
                s.memberships.length ? (
                  <Space orientation="vertical" size={2}>
                    {s.memberships.map((m) => (
                      <Space key={m.chain.id} size={4} wrap>
                        {(myChains.length > 1 || s.memberships.length > 1) && !chainId && (
                          <Typography.Text type="secondary">{m.chain.name}</Typography.Text>
                        )}
                        <StatusTag prefix="status" value={m.status} />
                        <span>{m.tier ? t('company.tierN', { tier: m.tier }) : '—'}</span>
                      </Space>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('mySuppliers.notInChain')}</Typography.Text>
                ),
            },
            { title: t('company.region'), render: (_, s) => s.supplier.region ?? '—' },
            { title: t('mySuppliers.since'), render: (_, s) => formatDate(s.since) },
          ]}
        />
      </QueryState>
    </Card>
  );
}
