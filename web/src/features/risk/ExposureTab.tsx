import { useQuery } from '@apollo/client/react';
import { Card, Col, List, Progress, Row, Space, Statistic } from 'antd';
import { LazyChart, Money, plotAmount, QueryState } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { formatMoney, formatPercent } from '../../lib/format';
import { Exposure } from './operations';

/** One line per company or chain (`of` names it): its amount and its share of the exposure. */
function ShareList<L extends { amount: { amount: string; currency: string }; share: string }>({
  lines: rows,
  of,
}: {
  lines: L[];
  of: (line: L) => { id: string; name: string };
}) {
  const lines = rows.map((l) => ({
    key: of(l).id,
    name: of(l).name,
    amount: l.amount,
    share: l.share,
  }));
  const { t } = useI18n();
  return (
    <>
      {lines.length > 1 && (
        <LazyChart
          kind="donut"
          height={200}
          data={lines.map((l) => ({
            label: l.name,
            value: plotAmount(l.amount.amount),
            text: `${formatMoney(l.amount.amount, l.amount.currency)} (${formatPercent(l.share)})`,
          }))}
        />
      )}
      <List
        size="small"
        dataSource={lines}
        locale={{ emptyText: t('app.empty') }}
        renderItem={(l) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                <span>{l.name}</span>
                <Money value={l.amount} wan />
              </Space>
              <Progress
                percent={Number(l.share)}
                format={() => formatPercent(l.share)}
                size="small"
              />
            </div>
          </List.Item>
        )}
      />
    </>
  );
}

export function ExposureTab() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Exposure);
  const e = data?.bankExposure;
  return (
    <QueryState loading={loading} error={error} empty={!e} retry={() => void refetch()}>
      {e && (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('exposure.total')}
                valueRender={() => <Money value={e.total} wan />}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('exposure.largestDebtorShare')}
                value={formatPercent(e.largestDebtorShare)}
              />
            </Card>
          </Col>
          <Col xs={24} md={12} style={{ textAlign: 'right' }}>
            <ExportButton table="exposure" />
          </Col>
          <Col span={24} />
          <Col xs={24} lg={8}>
            <Card size="small" title={t('exposure.byDebtor')}>
              <ShareList lines={e.byDebtor} of={(l) => l.company} />
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small" title={t('exposure.byBorrower')}>
              <ShareList lines={e.byBorrower} of={(l) => l.company} />
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small" title={t('exposure.byChain')}>
              <ShareList lines={e.byChain} of={(l) => l.chain} />
            </Card>
          </Col>
        </Row>
      )}
    </QueryState>
  );
}
