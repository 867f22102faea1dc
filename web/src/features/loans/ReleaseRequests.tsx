/**
 * Release requests (放货申请) under inventory loans: the borrower asks for pledged goods, the bank
 * sees the LTV after the release and approves or rejects, the warehouse operator executes.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Money, QueryState, StatusTag, useAction } from '../../components/common';
import { FormDialog, useRules } from '../../components/forms';
import { ReleaseRequestStatus } from '../../gql/enums';
import type { InventoryLoansQuery, ReleaseRequestAction } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatCount, formatDateTime, formatPercent } from '../../lib/format';
import { ExportButton } from '../../components/ExportButton';
import type { Viewer } from './LoansTable';
import { ActOnRelease, ExecuteRelease, Loans, ReleaseRequests, RequestRelease } from './operations';

const REFETCH = { refetchQueries: [ReleaseRequests, Loans] };

type Loan = InventoryLoansQuery['inventoryLoans'][number];

/** The borrower's "申请放货" on an active loan: a pledged product, a quantity, and why. */
export function RequestReleaseButton({ loan }: { loan: Loan }) {
  const { t } = useI18n();
  const act = useAction();
  const { required } = useRules();
  const [form] = Form.useForm<{ sku: string; quantity: number; reason: string }>();
  const [request, requesting] = useMutation(RequestRelease, REFETCH);
  const sku = Form.useWatch('sku', form);
  const pledged = loan.goods.find((g) => g.sku === sku)?.quantity;
  return (
    <FormDialog
      form={form}
      label={t('release.request')}
      title={t('release.requestTitle', { warehouse: `${loan.operator.name} · ${loan.warehouse}` })}
      loading={requesting.loading}
      width={520}
      onOpen={() => form.setFieldsValue({ sku: loan.goods[0]?.sku })}
    >
      {(close) => (
        <Form
          form={form}
          layout="vertical"
          data-testid="release-form"
          onFinish={(v) =>
            void act(() => request({ variables: { input: { loanId: loan.id, ...v } } }), {
              form,
              success: t('release.requested'),
              onDone: () => {
                close();
                form.resetFields();
              },
            })
          }
        >
          <Form.Item name="sku" label={t('stock.sku')} rules={[required]}>
            <Select
              options={loan.goods.map((g) => ({
                value: g.sku,
                label: `${g.sku} (${t('release.pledged', { count: formatCount(g.quantity) })})`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="quantity"
            label={t('release.quantity')}
            rules={[required]}
            extra={
              pledged === undefined
                ? undefined
                : t('release.pledged', { count: formatCount(pledged) })
            }
          >
            <InputNumber min={1} max={pledged} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label={t('release.reason')} rules={[required]}>
            <Input.TextArea maxLength={500} rows={3} placeholder={t('release.reasonHint')} />
          </Form.Item>
        </Form>
      )}
    </FormDialog>
  );
}

type Move = ReleaseRequestAction | 'EXECUTE';

const MOVES: Record<Viewer, Partial<Record<ReleaseRequestStatus, Move[]>>> = {
  BANK: { REQUESTED: ['APPROVE', 'REJECT'] },
  BORROWER: { REQUESTED: ['CANCEL'], APPROVED: ['CANCEL'] },
  OPERATOR: { APPROVED: ['EXECUTE'] },
};

const STATUSES = Object.values(ReleaseRequestStatus);

/**
 * The release requests on the caller's loans, filtered by status (the bank starts on those awaiting
 * it, the operator on the approved ones), with the moves its party may make.
 */
export function ReleaseRequestsCard({
  viewer,
  title,
  initialStatus = null,
}: {
  viewer: Viewer;
  title: string;
  initialStatus?: ReleaseRequestStatus | null;
}) {
  const { t, tk } = useI18n();
  const act = useAction();
  const [status, setStatus] = useState<ReleaseRequestStatus | null>(initialStatus);
  const { data, loading, error, refetch } = useQuery(ReleaseRequests, { variables: { status } });
  const [actOn, acting] = useMutation(ActOnRelease, REFETCH);
  const [execute] = useMutation(ExecuteRelease, REFETCH);
  const [asking, setAsking] = useState<{ id: string; action: 'REJECT' | 'CANCEL' }>();
  const [form] = Form.useForm<{ reason?: string }>();
  const requests = data?.releaseRequests ?? [];

  const run = (id: string, move: Move, reason?: string) =>
    act(
      async () => {
        if (move === 'EXECUTE') await execute({ variables: { id } });
        else await actOn({ variables: { id, action: move, reason: reason || null } });
      },
      {
        form: reason === undefined ? undefined : form,
        success: tk('releaseAction', move),
        onDone: () => setAsking(undefined),
      },
    );

  return (
    <Card
      size="small"
      title={title}
      data-testid={`release-requests-${viewer.toLowerCase()}`}
      extra={
        <Space>
          <ExportButton table="release-requests" filters={{ status }} />
          <Select<ReleaseRequestStatus | 'ALL'>
            size="small"
            style={{ width: 160 }}
            value={status ?? 'ALL'}
            onChange={(v) => setStatus(v === 'ALL' ? null : v)}
            options={[
              { value: 'ALL', label: t('release.all') },
              ...STATUSES.map((s) => ({ value: s, label: tk('releaseStatus', s) })),
            ]}
          />
        </Space>
      }
    >
      <QueryState loading={loading} error={error} empty={false} retry={() => void refetch()}>
        <Table
          size="small"
          rowKey="id"
          dataSource={requests}
          loading={loading && !data}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('release.none') }}
          columns={[
            ...(viewer === 'BORROWER'
              ? []
              : [
                  {
                    title: t('loans.borrower'),
                    render: (_: unknown, r: (typeof requests)[number]) => r.loan.borrower.name,
                  },
                ]),
            {
              title: t('loans.warehouse'),
              render: (_, r) => `${r.loan.operator.name} · ${r.loan.warehouse}`,
            },
            {
              title: t('release.goods'),
              render: (_, r) => `${r.sku} × ${formatCount(r.quantity)}`,
            },
            { title: t('release.reason'), dataIndex: 'reason' },
            { title: t('release.requestedAt'), render: (_, r) => formatDateTime(r.requestedAt) },
            {
              title: <Tooltip title={t('release.afterTip')}>{t('release.after')}</Tooltip>,
              render: (_, r) =>
                r.levelAfter ? (
                  <Space orientation="vertical" size={0}>
                    <span>
                      {t('loans.ltv')} {formatPercent(r.loan.ltv)} → {formatPercent(r.ltvAfter)}
                    </span>
                    <Money value={r.collateralValueAfter} wan />
                    <StatusTag prefix="level" value={r.levelAfter} />
                  </Space>
                ) : (
                  '—'
                ),
            },
            {
              title: t('loans.status'),
              render: (_, r) => (
                <Space orientation="vertical" size={0}>
                  <StatusTag prefix="releaseStatus" value={r.status} />
                  {r.decisionReason && (
                    <Typography.Text type="secondary">{r.decisionReason}</Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('app.actions'),
              render: (_, r) => (
                <Space wrap>
                  {(MOVES[viewer][r.status] ?? []).map((move) => {
                    const unsafe = move === 'APPROVE' && r.levelAfter !== 'NONE';
                    const button = (
                      <Button
                        key={move}
                        size="small"
                        type={move === 'APPROVE' || move === 'EXECUTE' ? 'primary' : 'default'}
                        danger={move === 'REJECT'}
                        disabled={unsafe}
                        onClick={() =>
                          move === 'REJECT' || move === 'CANCEL'
                            ? setAsking({ id: r.id, action: move })
                            : void run(r.id, move)
                        }
                      >
                        {tk('releaseAction', move)}
                      </Button>
                    );
                    return unsafe ? (
                      <Tooltip
                        key={move}
                        title={t('release.unsafe', { level: tk('level', r.levelAfter ?? '') })}
                      >
                        {button}
                      </Tooltip>
                    ) : (
                      button
                    );
                  })}
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
      <Modal
        open={!!asking}
        title={asking && tk('releaseAction', asking.action)}
        onCancel={() => setAsking(undefined)}
        onOk={() => form.submit()}
        okText={t('app.submit')}
        cancelText={t('app.cancel')}
        confirmLoading={acting.loading}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(v) => void run(asking!.id, asking!.action, v.reason?.trim() ?? '')}
        >
          <Form.Item
            name="reason"
            label={t('release.decisionReason')}
            rules={
              asking?.action === 'REJECT' ? [{ required: true, message: t('form.required') }] : []
            }
          >
            <Input.TextArea maxLength={500} rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
