/** Single-source risks in the chain: a product one supplier alone provides to a buyer. */
import { useQuery } from '@apollo/client/react';
import { Alert, Space, Table } from 'antd';
import { QueryState } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { Risks } from './operations';

export function RisksTab({ chainId }: { chainId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Risks, { variables: { chainId } });
  const risks = data?.singleSourceRisks ?? [];
  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      <Alert type="warning" showIcon title={t('risks.hint')} style={{ marginBottom: 12 }} />
      <Space style={{ marginBottom: 8 }}>
        <ExportButton table="single-source-risks" filters={{ chainId }} />
      </Space>
      <Table
        size="small"
        rowKey={(r) => `${r.buyer.id}/${r.product}`}
        dataSource={risks}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('risks.product'), dataIndex: 'product' },
          { title: t('risks.supplier'), render: (_, r) => r.supplier.name },
          { title: t('risks.buyer'), render: (_, r) => r.buyer.name },
          {
            title: t('risks.buyerTier'),
            dataIndex: 'buyerTier',
            sorter: (a, b) => a.buyerTier - b.buyerTier,
          },
        ]}
      />
    </QueryState>
  );
}
