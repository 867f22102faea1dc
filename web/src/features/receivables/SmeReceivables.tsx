/** Receivables an SME holds: split, pass on to its own suppliers, apply for financing, follow the application. */
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Me } from '../../session/me';
import { Money, QueryState, StatusTag, useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { pledgeColumn, type PledgeRow } from '../pledges/columns';
import { formatMoney, sumAmounts, toFen } from '../../lib/format';
import { Apply, Changed, Held, PledgeChanged, Split, Transfer } from './operations';

type Dialog =
  { kind: 'split' | 'transfer' | 'apply'; id: string; amount: string; dueDate: string } | undefined;

export function SmeReceivables({ me }: { me: Me }) {
  const { t } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(Held);
  useSubscription(Changed, { onData: () => void refetch() });
  // Its applications follow the bank's answer (approved, rejected, disbursed…) without a reload.
  useSubscription(PledgeChanged, { onData: () => void refetch() });
  const [split] = useMutation(Split);
  const [transfer] = useMutation(Transfer);
  const [apply] = useMutation(Apply);
  const [dialog, setDialog] = useState<Dialog>();
  const [form] = Form.useForm<{
    amounts?: string;
    toCompanyId?: string;
    productId?: string;
    loanEndDate?: Dayjs;
  }>();
  const amounts = Form.useWatch('amounts', form) ?? '';
  const held = (data?.receivables ?? []).filter((r) => r.status !== 'SPLIT');
  const parseAmounts = (text: string) =>
    text
      .split(/[\s,，;；]+/)
      .map((a) => a.trim())
      .filter(Boolean);
  let sum = '';
  try {
    sum = formatMoney(sumAmounts(parseAmounts(amounts)));
  } catch {
    sum = '—';
  }

  const submit = (v: {
    amounts?: string;
    toCompanyId?: string;
    productId?: string;
    loanEndDate?: Dayjs;
  }) => {
    if (!dialog) return;
    const close = { form, onDone: () => (setDialog(undefined), void refetch()) };
    if (dialog.kind === 'split')
      void act(
        () => split({ variables: { id: dialog.id, amounts: parseAmounts(v.amounts ?? '') } }),
        {
          ...close,
          success: (r) =>
            t('receivables.splitDone', { count: r.data?.splitReceivable.length ?? 0 }),
        },
      );
    else if (dialog.kind === 'transfer')
      void act(() => transfer({ variables: { id: dialog.id, toCompanyId: v.toCompanyId! } }), {
        ...close,
        success: t('receivables.transferDone'),
      });
    else
      void act(
        () =>
          apply({
            variables: {
              receivableId: dialog.id,
              productId: v.productId!,
              loanEndDate: v.loanEndDate!.format('YYYY-MM-DD'),
            },
          }),
        {
          ...close,
          success: (r) =>
            t('receivables.applied', { number: r.data?.applyForFinancing.registerNumber }),
        },
      );
  };

  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Card
          size="small"
          title={t('receivables.held')}
          extra={<ExportButton table="receivables" filters={{ role: 'HOLDER' }} />}
        >
          <Table
            size="small"
            rowKey="id"
            dataSource={held}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            data-testid="held-receivables"
            columns={[
              { title: t('receivables.debtor'), render: (_, r) => r.debtor.name },
              { title: t('receivables.creditor'), render: (_, r) => r.creditor.name },
              {
                title: t('receivables.amount'),
                align: 'right',
                render: (_, r) => <Money value={r.amount} />,
                sorter: (a, b) => Number(toFen(a.amount.amount) - toFen(b.amount.amount)),
              },
              {
                title: t('receivables.dueDate'),
                dataIndex: 'dueDate',
                sorter: (a, b) => a.dueDate.localeCompare(b.dueDate),
              },
              {
                title: t('receivables.status'),
                render: (_, r) => (
                  <Space>
                    <StatusTag prefix="receivable" value={r.status} />
                    {r.longTenor && <Tag color="orange">{t('receivables.longTenor')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('receivables.pledge'),
                render: (_, r) =>
                  r.activePledge ? (
                    <Space>
                      {r.activePledge.registerNumber}
                      <StatusTag prefix="pledge" value={r.activePledge.status} />
                    </Space>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('app.actions'),
                render: (_, r) =>
                  r.status === 'CONFIRMED' &&
                  !r.activePledge && (
                    <Space wrap>
                      {(['split', 'transfer', 'apply'] as const).map((kind) => (
                        <Button
                          key={kind}
                          size="small"
                          type={kind === 'apply' ? 'primary' : 'default'}
                          onClick={() => {
                            form.resetFields();
                            setDialog({
                              kind,
                              id: r.id,
                              amount: r.amount.amount,
                              dueDate: r.dueDate,
                            });
                          }}
                        >
                          {t(`receivables.${kind}`)}
                        </Button>
                      ))}
                    </Space>
                  ),
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('pledges.mine')} extra={<ExportButton table="pledges" />}>
          <Table<PledgeRow<typeof data>>
            size="small"
            rowKey="id"
            dataSource={data?.pledges ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            data-testid="my-pledges"
            columns={[
              pledgeColumn.registerNumber(t),
              pledgeColumn.bank(t),
              pledgeColumn.product(t),
              pledgeColumn.amount(t),
              pledgeColumn.advance(t),
              pledgeColumn.net(t),
              pledgeColumn.status(t),
              pledgeColumn.requestedOn(t),
              pledgeColumn.loanEndDate(t),
            ]}
          />
        </Card>
      </Space>
      <Modal
        open={!!dialog}
        title={
          dialog?.kind === 'split'
            ? t('receivables.splitTitle', { amount: formatMoney(dialog.amount) })
            : dialog
              ? t(`receivables.${dialog.kind}`)
              : ''
        }
        onCancel={() => setDialog(undefined)}
        onOk={() => form.submit()}
        okText={t('app.submit')}
        cancelText={t('app.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          {dialog?.kind === 'split' && (
            <>
              <Form.Item
                name="amounts"
                label={t('receivables.splitAmounts')}
                rules={[{ required: true }]}
              >
                <Input.TextArea rows={3} autoFocus />
              </Form.Item>
              <Typography.Text type="secondary">
                {t('receivables.splitSum', { sum })}
              </Typography.Text>
            </>
          )}
          {dialog?.kind === 'transfer' && (
            <Form.Item
              name="toCompanyId"
              label={t('receivables.transferTo')}
              rules={[{ required: true }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(data?.mySuppliers ?? [])
                  .filter((o) => o.supplier.id !== me.company.id)
                  .map((o) => ({ value: o.supplier.id, label: o.supplier.name }))}
                notFoundContent={t('mySuppliers.noneToTransfer')}
              />
            </Form.Item>
          )}
          {dialog?.kind === 'apply' && (
            <>
              <Form.Item
                name="productId"
                label={t('receivables.product')}
                rules={[{ required: true }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(data?.financeProducts ?? []).map((p) => ({
                    value: p.id,
                    label: `${p.bank.name} · ${p.name} (${p.advanceRate}% / ${p.annualRate}%)`,
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="loanEndDate"
                label={t('receivables.loanEndDate')}
                rules={[{ required: true }]}
                initialValue={dialog ? dayjs(dialog.dueDate) : undefined}
              >
                <DatePicker format="YYYY-MM-DD" />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </QueryState>
  );
}
