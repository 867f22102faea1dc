import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tabs,
  Typography,
  Upload,
  DatePicker,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { lazy } from 'react';
import type { Me } from '../../App';
import { LazyPart, QueryState, StatusTag, useAction } from '../../components/common';
import { graphql } from '../../gql';
import type { ConsentScope } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { parseStockCsv } from '../../lib/csv';
import { formatDate, formatDateTime } from '../../lib/format';
import { StockTable } from '../leader/LeaderHome';
import { OrdersTable } from '../shared/orders';
import { PlaceOrderButton } from '../shared/PlaceOrder';
import { LoansTable } from '../shared/loans';
import { ReleaseRequestsCard, RequestReleaseButton } from '../shared/release-requests';
import { InventoryLoanButton } from './InventoryLoanForm';
import { SmeReceivables } from './SmeReceivables';

const AssessmentTab = lazy(() => import('./AssessmentTab'));

export default function SmeHome({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <Tabs
      destroyOnHidden
      items={[
        { key: 'invitations', label: t('sme.tab.invitations'), children: <InvitationsTab /> },
        {
          key: 'orders',
          label: t('sme.tab.orders'),
          children: (
            <Space orientation="vertical" style={{ width: '100%' }} size="middle">
              <Card size="small" title={t('orders.asSupplier')}>
                <OrdersTable role="SUPPLIER" />
              </Card>
              <Purchases me={me} />
            </Space>
          ),
        },
        {
          key: 'stock',
          label: t('sme.tab.stock'),
          children: <StockTab companyId={me.company.id} />,
        },
        { key: 'consents', label: t('sme.tab.consents'), children: <ConsentsTab /> },
        {
          key: 'receivables',
          label: t('sme.tab.receivables'),
          children: (
            <Space orientation="vertical" style={{ width: '100%' }} size="middle">
              <SmeReceivables me={me} />
              <Card
                size="small"
                title={t('loans.mine')}
                extra={<InventoryLoanButton companyId={me.company.id} />}
              >
                <LoansTable
                  viewer="BORROWER"
                  extraActions={(l) => l.status === 'ACTIVE' && <RequestReleaseButton loan={l} />}
                />
              </Card>
              <ReleaseRequestsCard viewer="BORROWER" title={t('release.mine')} />
            </Space>
          ),
        },
        { key: 'suppliers', label: t('sme.tab.suppliers'), children: <SuppliersTab me={me} /> },
        {
          key: 'assessment',
          label: t('sme.tab.assessment'),
          children: (
            <LazyPart>
              <AssessmentTab me={me} />
            </LazyPart>
          ),
        },
      ]}
    />
  );
}

/** Its own purchases, and placing an order with a supplier. */
function Purchases({ me }: { me: Me }) {
  const { t } = useI18n();
  const { data } = useQuery(Smes);
  const suppliers = (data?.companies ?? [])
    .filter((c) => c.id !== me.company.id)
    .map((c) => ({ value: c.id, label: c.name }));
  return (
    <Card
      size="small"
      title={t('orders.asBuyer')}
      extra={<PlaceOrderButton suppliers={suppliers} />}
    >
      <OrdersTable role="BUYER" />
    </Card>
  );
}

const Memberships = graphql(`
  query SmeChains {
    myChains {
      status
      tier
      since
      chain {
        id
        name
        leader {
          id
          name
        }
      }
    }
  }
`);

const Respond = graphql(`
  mutation RespondToInvitation($chainId: ID!, $accept: Boolean!) {
    respondToInvitation(chainId: $chainId, accept: $accept) {
      status
      chain {
        id
      }
    }
  }
`);

function InvitationsTab() {
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
        <Card size="small" title={t('invitations.pending')}>
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
        <Card size="small" title={t('invitations.mine')}>
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

const ReportStock = graphql(`
  mutation ReportStock($positions: [StockInput!]!) {
    reportStock(positions: $positions) {
      eventId
      status
    }
  }
`);

const LowStock = graphql(`
  query LowStock($companyId: ID!) {
    lowStock(companyId: $companyId) {
      sku
      onHand
      openDemand
      shortfall
    }
  }
`);

function StockTab({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  const act = useAction();
  const [form] = Form.useForm<{
    sku: string;
    productName?: string;
    warehouse?: string;
    quantity: number;
  }>();
  const [report, reporting] = useMutation(ReportStock);
  const low = useQuery(LowStock, { variables: { companyId } });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card size="small" title={t('stock.entry')}>
        <Form
          form={form}
          layout="inline"
          onFinish={(v) =>
            void act(
              () =>
                report({
                  variables: {
                    positions: [
                      {
                        sku: v.sku.trim(),
                        productName: v.productName?.trim() || null,
                        warehouse: v.warehouse?.trim() || null,
                        quantity: v.quantity,
                      },
                    ],
                  },
                }),
              { form, success: t('stock.saved'), onDone: () => void low.refetch() },
            )
          }
        >
          <Form.Item name="sku" label={t('stock.sku')} rules={[{ required: true }]}>
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="productName" label={t('stock.productName')}>
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="warehouse" label={t('stock.warehouse')}>
            <Input style={{ width: 100 }} placeholder="MAIN" />
          </Form.Item>
          <Form.Item name="quantity" label={t('stock.quantity')} rules={[{ required: true }]}>
            <InputNumber min={0} precision={0} style={{ width: 120 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={reporting.loading}>
            {t('app.submit')}
          </Button>
        </Form>
        <Space style={{ marginTop: 12 }} wrap>
          <Upload
            accept=".csv,text/csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void file.text().then((csv) => {
                const parsed = parseStockCsv(csv);
                if (parsed.bad) {
                  void act(() =>
                    Promise.reject({
                      errors: [
                        {
                          message: t('stock.badCsv', parsed.bad),
                          extensions: { code: 'BAD_USER_INPUT' },
                        },
                      ],
                    }),
                  );
                  return;
                }
                void act(() => report({ variables: { positions: parsed.positions } }), {
                  success: t('stock.uploaded', { count: parsed.positions.length }),
                });
              });
              return false;
            }}
          >
            <Button>{t('stock.upload')}</Button>
          </Upload>
          <Typography.Text type="secondary">{t('stock.uploadHint')}</Typography.Text>
        </Space>
      </Card>
      <StockTable companyId={companyId} />
      {(low.data?.lowStock.length ?? 0) > 0 && (
        <Card size="small" title={t('stock.lowStock')}>
          <Table
            size="small"
            rowKey="sku"
            dataSource={low.data?.lowStock ?? []}
            pagination={false}
            columns={[
              { title: t('stock.sku'), dataIndex: 'sku' },
              { title: t('stock.quantity'), dataIndex: 'onHand' },
              { title: t('stock.shortfall'), dataIndex: 'shortfall' },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}

const Consents = graphql(`
  query GrantedConsents {
    consents(direction: GRANTED) {
      id
      scope
      status
      expiresAt
      grantedAt
      grantee {
        id
        name
        kind
      }
    }
    accessLog {
      at
      scope
      what
      viewerUserEmail
      viewer {
        id
        name
      }
    }
    myChains {
      status
      chain {
        id
        leader {
          id
          name
        }
      }
    }
    companies(kind: BANK, first: 200) {
      id
      name
    }
  }
`);

const Grant = graphql(`
  mutation GrantConsent($granteeId: ID!, $scope: ConsentScope!, $expiresAt: DateTime) {
    grantConsent(granteeId: $granteeId, scope: $scope, expiresAt: $expiresAt) {
      id
      status
    }
  }
`);

const Revoke = graphql(`
  mutation RevokeConsent($consentId: ID!) {
    revokeConsent(consentId: $consentId) {
      id
      status
    }
  }
`);

function ConsentsTab() {
  const { t, tk } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(Consents);
  const [grant, granting] = useMutation(Grant);
  const [revoke] = useMutation(Revoke);
  const [form] = Form.useForm<{ granteeId: string; scope: ConsentScope; expiresAt?: Dayjs }>();
  const leaders = new Map(
    (data?.myChains ?? [])
      .filter((m) => m.status === 'ACTIVE')
      .map((m) => [m.chain.leader.id, m.chain.leader.name]),
  );
  const grantees = [
    ...[...leaders].map(([value, label]) => ({ value, label })),
    ...(data?.companies ?? []).map((c) => ({ value: c.id, label: c.name })),
  ];
  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Card size="small" title={t('consents.grant')}>
          <Form
            form={form}
            layout="inline"
            initialValues={{ scope: 'INVENTORY' }}
            onFinish={(v) =>
              void act(
                () =>
                  grant({
                    variables: {
                      granteeId: v.granteeId,
                      scope: v.scope,
                      expiresAt: v.expiresAt ? v.expiresAt.endOf('day').toISOString() : null,
                    },
                  }),
                {
                  form,
                  success: t('consents.grantedOk', {
                    grantee: grantees.find((g) => g.value === v.granteeId)?.label,
                    scope: tk('scope', v.scope),
                  }),
                  onDone: () => void refetch(),
                },
              )
            }
          >
            <Form.Item name="granteeId" label={t('consents.grantee')} rules={[{ required: true }]}>
              <Select style={{ minWidth: 240 }} options={grantees} data-testid="grantee" />
            </Form.Item>
            <Form.Item name="scope" label={t('consents.scope')} rules={[{ required: true }]}>
              <Select
                style={{ minWidth: 140 }}
                options={(['INVENTORY', 'RECEIVABLES', 'ORDERS', 'ASSESSMENT'] as const).map(
                  (s) => ({
                    value: s,
                    label: tk('scope', s),
                  }),
                )}
              />
            </Form.Item>
            <Form.Item name="expiresAt" label={t('consents.expiresAt')}>
              <DatePicker format="YYYY-MM-DD" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={granting.loading}>
              {t('consents.grant')}
            </Button>
          </Form>
        </Card>
        <Card size="small" title={t('consents.granted')}>
          <Table
            size="small"
            rowKey="id"
            dataSource={data?.consents ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            data-testid="consents"
            columns={[
              { title: t('consents.grantee'), render: (_, c) => c.grantee.name },
              { title: t('consents.scope'), render: (_, c) => tk('scope', c.scope) },
              {
                title: t('consents.status'),
                render: (_, c) => <StatusTag prefix="consents.status" value={c.status} />,
              },
              { title: t('consents.grantedAt'), render: (_, c) => formatDate(c.grantedAt) },
              {
                title: t('consents.expiresAt'),
                render: (_, c) => (c.expiresAt ? formatDate(c.expiresAt) : t('consents.never')),
              },
              {
                title: t('app.actions'),
                render: (_, c) =>
                  c.status === 'ACTIVE' && (
                    <Button
                      size="small"
                      danger
                      onClick={() =>
                        void act(() => revoke({ variables: { consentId: c.id } }), {
                          success: t('consents.revoked'),
                          onDone: () => void refetch(),
                        })
                      }
                    >
                      {t('consents.revoke')}
                    </Button>
                  ),
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('access.title')}>
          <Table
            size="small"
            rowKey={(a, i) => `${a.at}/${i ?? 0}`}
            dataSource={data?.accessLog ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 700 }}
            columns={[
              { title: t('access.at'), render: (_, a) => formatDateTime(a.at) },
              { title: t('access.viewer'), render: (_, a) => a.viewer.name },
              { title: t('access.user'), dataIndex: 'viewerUserEmail' },
              { title: t('access.scope'), render: (_, a) => tk('scope', a.scope) },
              { title: t('access.what'), dataIndex: 'what' },
            ]}
          />
        </Card>
      </Space>
    </QueryState>
  );
}

const Declare = graphql(`
  mutation DeclareSupplier($supplierId: ID!, $products: [String!]) {
    declareSupplier(supplierId: $supplierId, products: $products) {
      eventId
      status
    }
  }
`);

const Smes = graphql(`
  query SmeCompanies {
    companies(kind: SME, first: 200) {
      id
      name
      region
    }
  }
`);

function SuppliersTab({ me }: { me: Me }) {
  const { t } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(Smes);
  const [declare, declaring] = useMutation(Declare);
  const [form] = Form.useForm<{ supplierId: string; products?: string }>();
  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('suppliers.declare')}>
            <Form
              form={form}
              layout="vertical"
              onFinish={(v) =>
                void act(
                  () =>
                    declare({
                      variables: {
                        supplierId: v.supplierId,
                        products: (v.products ?? '')
                          .split(/[;；,，]/)
                          .map((s) => s.trim())
                          .filter(Boolean),
                      },
                    }),
                  { form, success: t('suppliers.declared'), onDone: () => form.resetFields() },
                )
              }
            >
              <Form.Item
                name="supplierId"
                label={t('suppliers.company')}
                rules={[{ required: true }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(data?.companies ?? [])
                    .filter((c) => c.id !== me.company.id)
                    .map((c) => ({ value: c.id, label: c.name }))}
                />
              </Form.Item>
              <Form.Item name="products" label={t('suppliers.products')}>
                <Input />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={declaring.loading}>
                {t('app.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </QueryState>
  );
}
