import { useQuery } from '@apollo/client/react';
import { Card, Col, List, Row, Table } from 'antd';
import { Money, QueryState, StatusTag } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { RegistrationRiskCard } from '../pledges/Registrations';
import { useI18n } from '../../i18n/i18n';
import { Risk } from './operations';

export function RiskTab() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Risk);
  const rings = (cycles: { companies: { id: string; name: string }[] }[]) => (
    <List
      size="small"
      dataSource={cycles}
      locale={{ emptyText: t('risk.noCycles') }}
      renderItem={(c) => (
        <List.Item>
          <span data-testid="ring">
            {[...c.companies, c.companies[0]]
              .filter(Boolean)
              .map((x) => x!.name)
              .join(' → ')}
          </span>
        </List.Item>
      )}
    />
  );
  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      {data && (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <RegistrationRiskCard />
          </Col>
          <Col xs={24} lg={12}>
            <Card
              size="small"
              title={t('risk.circularOrders')}
              extra={<ExportButton table="circular-trades" filters={{ kind: 'ORDERS' }} />}
            >
              {rings(data.orders)}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card
              size="small"
              title={t('risk.circularReceivables')}
              extra={<ExportButton table="circular-trades" filters={{ kind: 'RECEIVABLES' }} />}
            >
              {rings(data.receivables)}
            </Card>
          </Col>
          <Col span={24}>
            <Card
              size="small"
              title={t('risk.undelivered')}
              extra={<ExportButton table="undelivered-backing" />}
            >
              <Table
                size="small"
                rowKey={(u) => u.receivable.id}
                dataSource={data.undeliveredBacking}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  { title: t('receivables.holder'), render: (_, u) => u.receivable.holder.name },
                  { title: t('receivables.debtor'), render: (_, u) => u.receivable.debtor.name },
                  {
                    title: t('receivables.amount'),
                    align: 'right',
                    render: (_, u) => <Money value={u.receivable.amount} />,
                  },
                  {
                    title: t('risk.orderStatus'),
                    render: (_, u) =>
                      u.orderStatus ? <StatusTag prefix="order" value={u.orderStatus} /> : '—',
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </QueryState>
  );
}
