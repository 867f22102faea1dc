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
  Tag,
  Typography,
  Upload,
  DatePicker,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { lazy, useState } from 'react';
import type { Me } from '../../session/me';
import { LazyPart, QueryState, StatusTag, useAction } from '../../components/common';
import { graphql } from '../../gql';
import type { ConsentScope } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { parseStockCsv } from '../../features/stock/csv';
import { formatDate, formatDateTime } from '../../lib/format';
import { granteeChoices } from '../../lib/consents';
import { orderPartners } from '../../lib/suppliers';
import { StockTable } from '../../features/stock/StockTable';
import { OrdersTable } from '../../features/orders/OrdersTable';
import { PlaceOrderButton } from '../../features/orders/PlaceOrder';
import { LoansTable } from '../../features/loans/loans';
import { ReleaseRequestsCard, RequestReleaseButton } from '../../features/loans/release-requests';
import { InventoryLoanButton } from '../../features/loans/InventoryLoanForm';
import { SmeReceivables } from '../../features/receivables/SmeReceivables';

const AssessmentTab = lazy(() => import('../../features/assessment/AssessmentTab'));

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

const OrderPartnersQuery = graphql(`
  query OrderPartners {
    mySuppliers {
      supplier {
        id
        name
      }
      products
    }
    myChains {
      status
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

/** Its own purchases, and placing an order with its own suppliers or a leader of its chains. */
function Purchases({ me }: { me: Me }) {
  const { t } = useI18n();
  const { data, loading } = useQuery(OrderPartnersQuery);
  const partners = orderPartners(data?.mySuppliers ?? [], data?.myChains ?? [], me.company.id);
  const options = [
    {
      label: t('placeOrder.ownSuppliers'),
      title: t('placeOrder.ownSuppliers'),
      options: partners.suppliers.map((s) => ({
        value: s.id,
        label: s.name,
        title: s.products.join(', ') || s.name,
      })),
    },
    {
      label: t('placeOrder.chainLeaders'),
      title: t('placeOrder.chainLeaders'),
      options: partners.leaders.map((l) => ({
        value: l.id,
        label: l.name,
        title: l.chains.join(', '),
      })),
    },
  ].filter((g) => g.options.length > 0);
  return (
    <Card
      size="small"
      title={t('orders.asBuyer')}
      extra={
        <PlaceOrderButton
          suppliers={options}
          loading={loading}
          emptyText={t('placeOrder.noPartners')}
        />
      }
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
  }
`);

const Candidates = graphql(`
  query ConsentCandidates($scope: ConsentScope) {
    consentCandidates(scope: $scope) {
      company {
        id
        name
        kind
      }
      relations
      scopes
      granted
    }
  }
`);

const SCOPES: ConsentScope[] = ['INVENTORY', 'RECEIVABLES', 'ORDERS', 'ASSESSMENT'];

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
  const [form] = Form.useForm<{ granteeId?: string; scope: ConsentScope; expiresAt?: Dayjs }>();
  const scope = Form.useWatch('scope', form) ?? 'INVENTORY';
  const candidates = useQuery(Candidates, { variables: { scope } });
  const [grant, granting] = useMutation(Grant, { refetchQueries: [Candidates] });
  const [revoke] = useMutation(Revoke, { refetchQueries: [Candidates] });
  const choices = granteeChoices(candidates.data?.consentCandidates ?? [], scope);
  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Card size="small" title={t('consents.grant')}>
          <Form
            form={form}
            layout="inline"
            initialValues={{ scope: 'INVENTORY' }}
            onValuesChange={(changed: { scope?: ConsentScope }) => {
              // Another scope has other candidates: choose the grantee again.
              if (changed.scope) form.setFieldsValue({ granteeId: undefined });
            }}
            onFinish={(v) =>
              void act(
                () =>
                  grant({
                    variables: {
                      granteeId: v.granteeId!,
                      scope: v.scope,
                      expiresAt: v.expiresAt ? v.expiresAt.endOf('day').toISOString() : null,
                    },
                  }),
                {
                  form,
                  success: t('consents.grantedOk', {
                    grantee: choices.find((g) => g.value === v.granteeId)?.label,
                    scope: tk('scope', v.scope),
                  }),
                  onDone: () => {
                    form.setFieldsValue({ granteeId: undefined });
                    void refetch();
                  },
                },
              )
            }
          >
            <Form.Item name="scope" label={t('consents.scope')} rules={[{ required: true }]}>
              <Select
                style={{ minWidth: 140 }}
                options={SCOPES.map((s) => ({ value: s, label: tk('scope', s) }))}
              />
            </Form.Item>
            <Form.Item
              name="granteeId"
              label={t('consents.grantee')}
              rules={[{ required: true, message: t('consents.chooseGrantee') }]}
            >
              <Select
                style={{ minWidth: 300 }}
                popupMatchSelectWidth={false}
                showSearch={{ optionFilterProp: 'label' }}
                loading={candidates.loading}
                options={choices}
                notFoundContent={
                  candidates.loading
                    ? t('app.loading')
                    : candidates.error
                      ? t('consents.candidatesFailed')
                      : t('consents.noCandidates', { scope: tk('scope', scope) })
                }
                optionRender={(option) => {
                  const c = option.data;
                  return (
                    <Space size={4} wrap>
                      <span>{c.label}</span>
                      {c.relations.map((r) => (
                        <Tag key={r} color="blue">
                          {tk('consents.relation', r)}
                        </Tag>
                      ))}
                      {c.disabled && <Tag color="green">{t('consents.alreadyGranted')}</Tag>}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('consents.usefulScopes', {
                          scopes: c.scopes.map((s) => tk('scope', s)).join(t('consents.sep')),
                        })}
                        {c.granted.length > 0 &&
                          ` · ${t('consents.grantedScopes', {
                            scopes: c.granted.map((s) => tk('scope', s)).join(t('consents.sep')),
                          })}`}
                      </Typography.Text>
                    </Space>
                  );
                }}
                data-testid="grantee"
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

const MySuppliersQuery = graphql(`
  query MySuppliers($chainId: ID) {
    mySuppliers(chainId: $chainId) {
      supplier {
        id
        name
        uscc
        region
      }
      products
      since
      memberships {
        status
        tier
        chain {
          id
          name
        }
      }
    }
  }
`);

/** Its own upstream suppliers: what each supplies, and its status and tier in the SME's chains. */
function OwnSuppliers() {
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
        myChains.length > 1 && (
          <Select
            allowClear
            aria-label={t('mySuppliers.chain')}
            placeholder={t('mySuppliers.allChains')}
            style={{ minWidth: 200 }}
            value={chainId}
            onChange={(v: string | undefined) => setChainId(v)}
            options={myChains.map((m) => ({ value: m.chain.id, label: m.chain.name }))}
          />
        )
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

function SuppliersTab({ me }: { me: Me }) {
  const { t } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(Smes);
  const [declare, declaring] = useMutation(Declare, { refetchQueries: [MySuppliersQuery] });
  const [form] = Form.useForm<{ supplierId: string; products?: string }>();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <OwnSuppliers />
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
    </Space>
  );
}
