import { useQuery, useSubscription } from '@apollo/client/react';
import { Space, Table } from 'antd';
import { useState } from 'react';
import { QueryState } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { formatCount, formatDateTime } from '../../lib/format';
import { Stock, StockChanged } from './operations';

/** A company's stock, updated live from stockChanged. */
export function StockTable({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Stock, { variables: { companyId } });
  const [pushed, setPushed] = useState<NonNullable<typeof data>['stock']>();
  useSubscription(StockChanged, {
    variables: { companyId },
    onData: ({ data: d }) => {
      if (d.data) setPushed(d.data.stockChanged);
    },
  });
  const rows = pushed ?? data?.stock ?? [];
  return (
    <QueryState loading={loading} error={error} empty={false} retry={() => void refetch()}>
      <Space style={{ marginBottom: 8 }}>
        <ExportButton table="stock" filters={{ companyId }} />
      </Space>
      <Table
        size="small"
        rowKey={(s) => `${s.warehouse}/${s.sku}`}
        dataSource={rows}
        loading={loading && !data}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="stock-table"
        columns={[
          { title: t('stock.sku'), dataIndex: 'sku', sorter: (a, b) => a.sku.localeCompare(b.sku) },
          { title: t('stock.productName'), dataIndex: 'productName' },
          { title: t('stock.warehouse'), dataIndex: 'warehouse' },
          {
            title: t('stock.quantity'),
            dataIndex: 'quantity',
            align: 'right',
            sorter: (a, b) => a.quantity - b.quantity,
            render: (q: number) => formatCount(q),
          },
          {
            title: t('stock.updatedAt'),
            dataIndex: 'updatedAt',
            render: (d: string) => formatDateTime(d),
          },
        ]}
      />
    </QueryState>
  );
}
