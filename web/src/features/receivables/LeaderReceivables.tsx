/** The leader as debtor: what awaits its confirmation, what is outstanding, financed, due by month. */
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Card, Col, Row, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import {
  LazyChart,
  Money,
  plotAmount,
  QueryState,
  StatusTag,
  useAction,
} from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { formatMoney } from '../../lib/format';
import { pledgeColumn, type PledgeRow } from '../pledges/columns';
import { Confirm, LeaderFinance, ReceivableChanged } from './operations';

export function LeaderReceivablesTab() {
  const { t } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(LeaderFinance);
  const [confirm, confirming] = useMutation(Confirm);
  const [selected, setSelected] = useState<string[]>([]);
  useSubscription(ReceivableChanged, { onData: () => void refetch() });
  const finance = data?.leaderFinance;
  const toConfirm = (data?.receivables ?? []).filter((r) => r.status === 'REGISTERED');
  return (
    <QueryState loading={loading} error={error} empty={!finance} retry={() => void refetch()}>
      {finance && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Row gutter={[16, 16]}>
            {(
              [
                ['finance.awaiting', finance.awaitingConfirmation],
                ['finance.outstanding', finance.confirmedOutstanding],
                ['finance.overdue', finance.overdue],
                ['finance.financedAgainst', finance.financedAgainst],
              ] as const
            ).map(([key, money]) => (
              <Col xs={12} md={6} key={key}>
                <Card size="small">
                  <Statistic title={t(key)} valueRender={() => <Money value={money} wan />} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card
            size="small"
            title={t('finance.toConfirm')}
            extra={
              <Space>
                <ExportButton
                  table="receivables"
                  filters={{ role: 'DEBTOR', status: 'REGISTERED' }}
                />
                <Button
                  type="primary"
                  disabled={selected.length === 0}
                  loading={confirming.loading}
                  onClick={() =>
                    void act(() => confirm({ variables: { ids: selected } }), {
                      success: t('finance.confirmed', { count: selected.length }),
                      onDone: () => {
                        setSelected([]);
                        void refetch();
                      },
                    })
                  }
                >
                  {t('finance.confirmSelected', { count: selected.length })}
                </Button>
              </Space>
            }
          >
            <Table
              size="small"
              rowKey="id"
              dataSource={toConfirm}
              rowSelection={{
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as string[]),
              }}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              scroll={{ x: 700 }}
              columns={[
                { title: t('receivables.creditor'), render: (_, r) => r.creditor.name },
                { title: t('orders.invoiceNumber'), dataIndex: 'invoiceNumber' },
                {
                  title: t('receivables.amount'),
                  align: 'right',
                  render: (_, r) => <Money value={r.amount} />,
                },
                { title: t('receivables.issuedOn'), dataIndex: 'issuedOn' },
                {
                  title: t('receivables.dueDate'),
                  dataIndex: 'dueDate',
                  sorter: (a, b) => a.dueDate.localeCompare(b.dueDate),
                  render: (d: string, r) => (
                    <Space>
                      {d}
                      {r.longTenor && <Tag color="orange">{t('receivables.longTenor')}</Tag>}
                    </Space>
                  ),
                },
                {
                  title: t('receivables.status'),
                  render: (_, r) => <StatusTag prefix="receivable" value={r.status} />,
                },
              ]}
            />
          </Card>
          <Card
            size="small"
            title={`${t('finance.financedBySuppliers')} · ${t('finance.financedCount', { count: finance.financedReceivables })}`}
            extra={<ExportButton table="pledges" />}
          >
            <Table<PledgeRow<typeof data>>
              size="small"
              rowKey="id"
              dataSource={data?.pledges ?? []}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              scroll={{ x: 700 }}
              columns={[
                pledgeColumn.registerNumber(t),
                pledgeColumn.holder(t),
                pledgeColumn.bank(t),
                pledgeColumn.amount(t),
                pledgeColumn.advance(t),
                pledgeColumn.status(t),
                pledgeColumn.loanEndDate(t),
              ]}
            />
          </Card>
          <Card
            size="small"
            title={t('finance.dueByMonth')}
            extra={<ExportButton table="due-by-month" />}
          >
            {finance.dueByMonth.length > 0 && (
              <LazyChart
                kind="column"
                height={200}
                data={finance.dueByMonth.map((b) => ({
                  label: b.month,
                  value: plotAmount(b.amount.amount),
                  text: formatMoney(b.amount.amount, b.amount.currency),
                }))}
              />
            )}
            <Space wrap>
              {finance.dueByMonth.map((b) => (
                <Tag key={b.month}>
                  {b.month}: <Money value={b.amount} wan /> ({b.receivables})
                </Tag>
              ))}
            </Space>
          </Card>
        </Space>
      )}
    </QueryState>
  );
}
