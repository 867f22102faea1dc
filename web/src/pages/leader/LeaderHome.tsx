import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Drawer,
  Form,
  Input,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { Me } from '../../session/me';
import {
  LazyChart,
  LazyPart,
  Money,
  plotAmount,
  QueryState,
  StatusTag,
  useAction,
} from '../../components/common';
import { graphql } from '../../gql';
import type { ImportSuppliersMutation, MemberMove, MemberStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { pledgeColumn, type PledgeRow } from '../../features/pledges/columns';
import {
  formatMoney,
  formatCount,
  formatDate,
  formatDateTime,
  formatPerMille,
  formatTenths,
  sumAmounts,
} from '../../lib/format';
import { appBase, invitationLink } from '../../lib/invitation';
import { OrdersTable } from '../../features/orders/OrdersTable';
import { PlaceOrderButton } from '../../features/orders/PlaceOrder';
import {
  RISK_COLOUR,
  SAFE_COLOUR,
  STATUS_COLOURS,
  type ColourBy,
} from '../../features/network/colours';

const NetworkGraph = lazy(() => import('../../features/network/NetworkGraph'));
const AssessmentDashboard = lazy(() => import('../../features/assessment/AssessmentDashboard'));

const MyChains = graphql(`
  query MyChains {
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
          region
        }
        memberCounts {
          status
          count
        }
      }
    }
  }
`);

const CreateChain = graphql(`
  mutation CreateChain($name: String!) {
    createChain(name: $name) {
      id
      name
    }
  }
`);

export default function LeaderHome({ me }: { me: Me }) {
  const { t } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(MyChains);
  const [createChain] = useMutation(CreateChain);
  const chains = (data?.myChains ?? []).filter((m) => m.chain.leader.id === me.company.id);
  const [chosen, setChosen] = useState<string>();
  const chain = chains.find((m) => m.chain.id === chosen)?.chain ?? chains[0]?.chain;

  if (!chain)
    return (
      <QueryState loading={loading} error={error} empty={loading} retry={() => void refetch()}>
        <Card title={t('leader.noChain')}>
          <Form
            layout="inline"
            onFinish={(v: { name: string }) =>
              void act(() => createChain({ variables: { name: v.name } }), {
                success: t('app.done'),
                onDone: () => void refetch(),
              })
            }
          >
            <Form.Item name="name" label={t('leader.chainName')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('leader.createChain')}
            </Button>
          </Form>
        </Card>
      </QueryState>
    );

  return (
    <>
      {chains.length > 1 && (
        <Select
          style={{ minWidth: 240, marginBottom: 12 }}
          value={chain.id}
          onChange={setChosen}
          options={chains.map((m) => ({ value: m.chain.id, label: m.chain.name }))}
        />
      )}
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {chain.name}
      </Typography.Title>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'network',
            label: t('leader.tab.network'),
            children: <NetworkTab chain={chain} />,
          },
          {
            key: 'onboarding',
            label: t('leader.tab.onboarding'),
            children: <OnboardingTab chain={chain} onChanged={() => void refetch()} />,
          },
          {
            key: 'orders',
            label: t('leader.tab.orders'),
            children: <OrdersTab chainId={chain.id} />,
          },
          { key: 'risks', label: t('leader.tab.risks'), children: <RisksTab chainId={chain.id} /> },
          { key: 'receivables', label: t('leader.tab.receivables'), children: <ReceivablesTab /> },
          { key: 'stock', label: t('leader.tab.stock'), children: <SupplierStockTab /> },
          {
            key: 'assessment',
            label: t('leader.tab.assessment'),
            children: (
              <LazyPart>
                <AssessmentDashboard chainId={chain.id} me={me} />
              </LazyPart>
            ),
          },
        ]}
      />
    </>
  );
}

type ChainView = {
  id: string;
  name: string;
  leader: { id: string; name: string; region?: string | null };
  memberCounts: { status: MemberStatus; count: number }[];
};

const Network = graphql(`
  query SupplierNetwork($chainId: ID!, $filter: NetworkFilter) {
    supplierNetwork(chainId: $chainId, filter: $filter, first: 500) {
      total
      nodes {
        tier
        status
        company {
          id
          name
          uscc
          region
          industry
        }
      }
      links {
        supplierId
        buyerId
        products
      }
    }
  }
`);

const ChangeMemberStatus = graphql(`
  mutation ChangeMemberStatus($chainId: ID!, $companyId: ID!, $move: MemberMove!) {
    changeMemberStatus(chainId: $chainId, companyId: $companyId, move: $move) {
      status
    }
  }
`);

const MOVES: Partial<Record<MemberStatus, MemberMove[]>> = {
  ACTIVE: ['SUSPEND', 'REMOVE'],
  INVITED: ['REMOVE'],
  SUSPENDED: ['REINSTATE', 'REMOVE'],
};

const PathToLeader = graphql(`
  query PathToLeader($chainId: ID!, $supplierId: ID!) {
    pathToLeader(chainId: $chainId, supplierId: $supplierId) {
      id
      name
    }
  }
`);

function NetworkTab({ chain }: { chain: ChainView }) {
  const { t, tk } = useI18n();
  const [colourBy, setColourBy] = useState<ColourBy>('status');
  const [tiers, setTiers] = useState<number[]>([]);
  const [statuses, setStatuses] = useState<MemberStatus[]>([]);
  const [selected, setSelected] = useState<string>();
  const filter = {
    ...(tiers.length ? { tiers } : {}),
    ...(statuses.length ? { statuses } : {}),
  };
  const { data, loading, error, refetch } = useQuery(Network, {
    variables: { chainId: chain.id, filter },
  });
  const network = data?.supplierNetwork;
  const nodes = useMemo(
    () =>
      (network?.nodes ?? []).map((n) => ({
        id: n.company.id,
        name: n.company.name,
        tier: n.tier,
        status: n.status,
        region: n.company.region ?? null,
      })),
    [network],
  );
  const links = useMemo(() => network?.links ?? [], [network]);
  const leader = useMemo(
    () => ({ id: chain.leader.id, name: chain.leader.name, region: chain.leader.region ?? null }),
    [chain.leader],
  );
  const act = useAction();
  const [changeStatus] = useMutation(ChangeMemberStatus);
  const risks = useQuery(Risks, { variables: { chainId: chain.id } });
  const riskyIds = useMemo(
    () => new Set((risks.data?.singleSourceRisks ?? []).map((r) => r.supplier.id)),
    [risks.data],
  );
  const ringLabel = useCallback((tier: number) => t('company.tierN', { tier }), [t]);
  const node = network?.nodes.find((n) => n.company.id === selected);
  const path = useQuery(PathToLeader, {
    variables: { chainId: chain.id, supplierId: selected ?? '' },
    skip: !selected || selected === chain.leader.id,
  });
  const supplies = links.filter((l) => l.supplierId === selected).flatMap((l) => l.products);

  return (
    <QueryState loading={loading} error={error} empty={!network} retry={() => void refetch()}>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('network.colourBy')}</span>
        <Segmented
          value={colourBy}
          onChange={(v) => setColourBy(v as ColourBy)}
          options={[
            { value: 'status', label: t('network.byStatus') },
            { value: 'region', label: t('network.byRegion') },
            { value: 'risk', label: t('network.byRisk') },
          ]}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('network.filterTiers')}
          style={{ minWidth: 160 }}
          value={tiers}
          onChange={setTiers}
          options={[1, 2, 3, 4].map((n) => ({ value: n, label: t('company.tierN', { tier: n }) }))}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('network.filterStatuses')}
          style={{ minWidth: 180 }}
          value={statuses}
          onChange={setStatuses}
          options={(['ACTIVE', 'INVITED', 'SUSPENDED', 'DECLINED', 'REMOVED'] as const).map(
            (s) => ({
              value: s,
              label: tk('status', s),
            }),
          )}
        />
        <Tag>{t('network.total', { count: network?.total ?? 0 })}</Tag>
      </Space>
      {colourBy === 'risk' && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Tag color={RISK_COLOUR}>{t('network.riskSingle')}</Tag>
          <Tag color={SAFE_COLOUR}>{t('network.riskNone')}</Tag>
        </Space>
      )}
      {colourBy === 'status' && (
        <Space wrap style={{ marginBottom: 8 }}>
          {Object.entries(STATUS_COLOURS)
            .filter(([s]) => s !== 'REMOVED')
            .map(([s, c]) => (
              <Tag key={s} color={c}>
                {s === 'LEADER' ? t('company.leader') : tk('status', s)}
              </Tag>
            ))}
        </Space>
      )}
      <Typography.Paragraph type="secondary">{t('network.clickHint')}</Typography.Paragraph>
      <Suspense fallback={<div className="network-canvas" />}>
        <NetworkGraph
          leader={leader}
          nodes={nodes}
          links={links}
          colourBy={colourBy}
          riskyIds={riskyIds}
          ringLabel={ringLabel}
          onSelect={setSelected}
        />
      </Suspense>
      <Drawer
        open={!!node}
        onClose={() => setSelected(undefined)}
        title={node?.company.name}
        size={420}
      >
        {node && (
          <Descriptions column={1} size="small" bordered data-testid="company-card">
            <Descriptions.Item label={t('company.uscc')}>{node.company.uscc}</Descriptions.Item>
            <Descriptions.Item label={t('company.region')}>
              {node.company.region ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('company.industry')}>
              {node.company.industry ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('company.tier')}>
              {t('company.tierN', { tier: node.tier })}
            </Descriptions.Item>
            <Descriptions.Item label={t('company.status')}>
              <StatusTag prefix="status" value={node.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('company.supplies')}>
              {supplies.join('、') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('company.pathToLeader')}>
              {(path.data?.pathToLeader ?? []).map((c) => c.name).join(' → ') || '—'}
            </Descriptions.Item>
          </Descriptions>
        )}
        {node && (
          <Space style={{ marginTop: 16 }} wrap>
            {(MOVES[node.status] ?? []).map((move) => (
              <Button
                key={move}
                danger={move === 'REMOVE'}
                onClick={() =>
                  void act(
                    () =>
                      changeStatus({
                        variables: { chainId: chain.id, companyId: node.company.id, move },
                      }),
                    {
                      success: tk('memberMove', move),
                      onDone: () => {
                        setSelected(undefined);
                        void refetch();
                      },
                    },
                  )
                }
              >
                {tk('memberMove', move)}
              </Button>
            ))}
          </Space>
        )}
      </Drawer>
    </QueryState>
  );
}

const ReceivedConsents = graphql(`
  query ReceivedConsents {
    consents(direction: RECEIVED) {
      id
      scope
      status
      grantor {
        id
        name
      }
      expiresAt
    }
  }
`);

const Invite = graphql(`
  mutation InviteSupplier($chainId: ID!, $supplier: SupplierInvite!) {
    inviteSupplier(chainId: $chainId, supplier: $supplier) {
      applied
      created
      invited
      alreadyMembers
      invalid
      rows {
        row
        uscc
        name
        status
        message
        invitationToken
        invitationExpiresAt
      }
    }
  }
`);

const Import = graphql(`
  mutation ImportSuppliers($chainId: ID!, $csv: String!) {
    importSuppliers(chainId: $chainId, csv: $csv) {
      applied
      created
      invited
      alreadyMembers
      invalid
      rows {
        row
        uscc
        name
        status
        message
        invitationToken
        invitationExpiresAt
      }
    }
  }
`);

type Report = ImportSuppliersMutation['importSuppliers'];

function Funnel({ chain }: { chain: ChainView }) {
  const { t } = useI18n();
  const consents = useQuery(ReceivedConsents);
  const count = (s: MemberStatus) => chain.memberCounts.find((c) => c.status === s)?.count ?? 0;
  // The leader is an ACTIVE member of its own chain: not a supplier.
  const joined = count('ACTIVE') + count('SUSPENDED') - 1;
  const invited = joined + count('INVITED') + count('DECLINED') + count('REMOVED');
  const sharing = new Set(
    (consents.data?.consents ?? [])
      .filter((c) => c.scope === 'INVENTORY' && c.status === 'ACTIVE')
      .map((c) => c.grantor.id),
  ).size;
  const steps = [
    { label: t('funnel.invited'), value: invited, colour: '#1677ff' },
    { label: t('funnel.joined'), value: joined, colour: '#52c41a' },
    { label: t('funnel.sharing'), value: sharing, colour: '#13a8a8' },
  ];
  const max = Math.max(invited, 1);
  return (
    <Card title={t('funnel.title')} size="small" data-testid="funnel">
      {steps.map((s) => (
        <div
          key={s.label}
          className="funnel-bar"
          style={{ width: `${Math.max(30, (s.value / max) * 100)}%`, background: s.colour }}
        >
          {s.label}: {formatCount(s.value)}
        </div>
      ))}
    </Card>
  );
}

/** A row's invitation link (shown only in this report: the server keeps only its hash), to copy. */
function LinkCell({ row }: { row: Report['rows'][number] }) {
  const { t } = useI18n();
  if (!row.invitationToken) return <>—</>;
  const link = invitationLink(appBase(window.location), row.invitationToken);
  return (
    <div style={{ maxWidth: 270 }} data-testid="invitation-link" data-link={link}>
      <Typography.Text
        copyable={{ text: link, tooltips: [t('invite.copy'), t('invite.copied')] }}
        ellipsis
        style={{ maxWidth: 250, fontSize: 12 }}
        title={link}
      >
        {link}
      </Typography.Text>
      {row.invitationExpiresAt && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('invite.expiresOn', { date: formatDate(row.invitationExpiresAt) })}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

function ReportTable({ report }: { report: Report }) {
  const { t, tk } = useI18n();
  const links = report.rows.filter((r) => r.invitationToken);
  const expiries = [
    ...new Set(links.map((r) => r.invitationExpiresAt).filter((d): d is string => Boolean(d))),
  ].sort();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {links.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="invitation-links-note"
          title={t('invite.linksOnce', { count: links.length })}
          description={
            expiries.length > 0
              ? t('invite.linksExpire', { date: formatDate(expiries[0]) })
              : undefined
          }
        />
      )}
      <Alert
        type={report.applied ? 'success' : 'error'}
        showIcon
        title={
          report.applied
            ? t('import.summary', {
                created: report.created,
                invited: report.invited,
                already: report.alreadyMembers,
                invalid: report.invalid,
              })
            : t('import.notApplied')
        }
      />
      <Table
        size="small"
        rowKey="row"
        dataSource={report.rows}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        data-testid="import-report"
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 70 },
          { title: t('company.name'), dataIndex: 'name' },
          { title: t('company.uscc'), dataIndex: 'uscc' },
          {
            title: t('import.result'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={s === 'INVALID' ? 'red' : 'green'}>{tk('import', s)}</Tag>
            ),
          },
          { title: t('import.message'), dataIndex: 'message' },
          ...(links.length > 0
            ? [
                {
                  title: t('invite.link'),
                  key: 'link',
                  width: 280,
                  render: (_: unknown, r: Report['rows'][number]) => <LinkCell row={r} />,
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}

function OnboardingTab({ chain, onChanged }: { chain: ChainView; onChanged(): void }) {
  const { t } = useI18n();
  const act = useAction();
  const [form] = Form.useForm<{ name: string; uscc: string; email: string; supplies?: string }>();
  const [invite, inviting] = useMutation(Invite);
  const [importCsv, importing] = useMutation(Import);
  const [report, setReport] = useState<Report>();
  const required = (field: string) => [
    { required: true, message: t('invite.required', { field }) },
  ];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <Funnel chain={chain} />
      </Col>
      <Col xs={24} lg={16}>
        <Card title={t('invite.title')} size="small">
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) =>
              void act(
                async () => {
                  const result = await invite({
                    variables: {
                      chainId: chain.id,
                      supplier: {
                        name: v.name.trim(),
                        uscc: v.uscc.trim(),
                        email: v.email.trim(),
                        supplies: (v.supplies ?? '')
                          .split(/[;；,，]/)
                          .map((s) => s.trim())
                          .filter(Boolean),
                      },
                    },
                  });
                  const r = result.data?.inviteSupplier;
                  if (r) setReport(r);
                  return r;
                },
                {
                  form,
                  success: t('invite.done', { name: form.getFieldValue('name') as string }),
                  onDone: () => {
                    form.resetFields();
                    onChanged();
                  },
                },
              )
            }
          >
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name="name" label={t('invite.name')} rules={required(t('invite.name'))}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="uscc" label={t('invite.uscc')} rules={required(t('invite.uscc'))}>
                  <Input maxLength={18} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="email"
                  label={t('invite.email')}
                  rules={[...required(t('invite.email')), { type: 'email' }]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="supplies" label={t('invite.supplies')}>
                  <Input />
                </Form.Item>
              </Col>
            </Row>
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={inviting.loading}>
                {t('invite.submit')}
              </Button>
              <Upload
                accept=".csv,text/csv"
                showUploadList={false}
                beforeUpload={(file) => {
                  void file.text().then((csv) =>
                    act(async () => {
                      const result = await importCsv({ variables: { chainId: chain.id, csv } });
                      const r = result.data?.importSuppliers;
                      if (r) setReport(r);
                      if (r?.applied) onChanged();
                      return r;
                    }, {}),
                  );
                  return false;
                }}
              >
                <Button loading={importing.loading}>{t('import.choose')}</Button>
              </Upload>
            </Space>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('import.title')}: {t('import.hint')}
            </Typography.Paragraph>
          </Form>
          {report && <ReportTable report={report} />}
        </Card>
      </Col>
    </Row>
  );
}

const Kpis = graphql(`
  query SupplierKpis {
    supplierKpis {
      supplier {
        id
        name
      }
      orders
      delivered
      onTime
      onTimePerMille
      openValue {
        amount
        currency
      }
      leadTimeDaysTenths
    }
  }
`);

function OrdersTab({ chainId }: { chainId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Kpis);
  // The same variables as the network tab: one cached read of the chain's members.
  const network = useQuery(Network, { variables: { chainId, filter: {} } });
  const suppliers = (network.data?.supplierNetwork.nodes ?? [])
    .filter((n) => n.status === 'ACTIVE')
    .map((n) => ({ value: n.company.id, label: n.company.name }));
  const kpis = data?.supplierKpis ?? [];
  const open = sumAmounts(
    kpis.filter((k) => k.openValue.currency === 'CNY').map((k) => k.openValue.amount),
  );
  const delivered = kpis.reduce((s, k) => s + k.delivered, 0);
  const onTime = kpis.reduce((s, k) => s + k.onTime, 0);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <QueryState loading={loading} error={error} empty={false} retry={() => void refetch()}>
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('orders.openValue')}
                valueRender={() => <Money value={{ amount: open, currency: 'CNY' }} wan />}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('orders.onTimeRate')}
                value={delivered ? formatPerMille(Math.round((onTime * 1000) / delivered)) : '—'}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('orders.count')} value={kpis.reduce((s, k) => s + k.orders, 0)} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('orders.delivered')} value={delivered} />
            </Card>
          </Col>
        </Row>
        <Card title={t('orders.kpis')} size="small">
          {kpis.some((k) => k.onTimePerMille !== null && k.onTimePerMille !== undefined) && (
            <LazyChart
              kind="bar"
              height={Math.max(160, kpis.length * 28)}
              data={kpis
                .filter((k) => k.onTimePerMille !== null && k.onTimePerMille !== undefined)
                .map((k) => ({
                  label: k.supplier.name,
                  value: (k.onTimePerMille ?? 0) / 10,
                  text: formatPerMille(k.onTimePerMille),
                }))}
            />
          )}
          <Table
            size="small"
            rowKey={(k) => k.supplier.id}
            dataSource={kpis}
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            scroll={{ x: 700 }}
            columns={[
              { title: t('orders.supplier'), render: (_, k) => k.supplier.name },
              {
                title: t('orders.count'),
                dataIndex: 'orders',
                sorter: (a, b) => a.orders - b.orders,
              },
              {
                title: t('orders.onTimeRate'),
                render: (_, k) => formatPerMille(k.onTimePerMille),
                sorter: (a, b) => (a.onTimePerMille ?? -1) - (b.onTimePerMille ?? -1),
              },
              {
                title: t('orders.openValue'),
                align: 'right',
                render: (_, k) => <Money value={k.openValue} />,
                sorter: (a, b) => Number(a.openValue.amount) - Number(b.openValue.amount),
              },
              { title: t('orders.leadTime'), render: (_, k) => formatTenths(k.leadTimeDaysTenths) },
            ]}
          />
        </Card>
      </QueryState>
      <Card
        title={t('orders.board')}
        size="small"
        extra={<PlaceOrderButton suppliers={suppliers} />}
      >
        <OrdersTable role="BUYER" />
      </Card>
    </Space>
  );
}

const Risks = graphql(`
  query SingleSourceRisks($chainId: ID!) {
    singleSourceRisks(chainId: $chainId) {
      product
      buyerTier
      buyer {
        id
        name
      }
      supplier {
        id
        name
      }
    }
  }
`);

function RisksTab({ chainId }: { chainId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Risks, { variables: { chainId } });
  const risks = data?.singleSourceRisks ?? [];
  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      <Alert type="warning" showIcon title={t('risks.hint')} style={{ marginBottom: 12 }} />
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

const LeaderFinance = graphql(`
  query LeaderFinance {
    leaderFinance {
      awaitingConfirmation {
        amount
        currency
      }
      confirmedOutstanding {
        amount
        currency
      }
      overdue {
        amount
        currency
      }
      financedAgainst {
        amount
        currency
      }
      financedReceivables
      dueByMonth {
        month
        receivables
        amount {
          amount
          currency
        }
      }
    }
    receivables(role: DEBTOR, first: 200) {
      id
      status
      invoiceNumber
      issuedOn
      dueDate
      longTenor
      amount {
        amount
        currency
      }
      creditor {
        id
        name
      }
      holder {
        id
        name
      }
    }
    pledges(first: 200) {
      id
      registerNumber
      status
      loanEndDate
      bank {
        id
        name
      }
      holder {
        id
        name
      }
      offer {
        advance {
          amount
          currency
        }
      }
      receivable {
        id
        amount {
          amount
          currency
        }
      }
    }
  }
`);

const Confirm = graphql(`
  mutation ConfirmReceivables($ids: [ID!]!) {
    confirmReceivables(ids: $ids) {
      id
      status
    }
  }
`);

const ReceivableChanged = graphql(`
  subscription ReceivableChanged {
    receivableChanged {
      id
      status
    }
  }
`);

function ReceivablesTab() {
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
          <Card size="small" title={t('finance.dueByMonth')}>
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

export const Stock = graphql(`
  query SupplierStock($companyId: ID!) {
    stock(companyId: $companyId) {
      sku
      productName
      warehouse
      quantity
      updatedAt
    }
  }
`);

export const StockChanged = graphql(`
  subscription StockChanged($companyId: ID!) {
    stockChanged(companyId: $companyId) {
      sku
      productName
      warehouse
      quantity
      updatedAt
    }
  }
`);

function SupplierStockTab() {
  const { t } = useI18n();
  const consents = useQuery(ReceivedConsents);
  const sharing = (consents.data?.consents ?? []).filter(
    (c) => c.scope === 'INVENTORY' && c.status === 'ACTIVE',
  );
  const [chosen, setChosen] = useState<string>();
  const supplierId = chosen ?? sharing[0]?.grantor.id;
  return (
    <QueryState
      loading={consents.loading}
      error={consents.error}
      empty={!consents.data}
      retry={() => void consents.refetch()}
    >
      {sharing.length === 0 ? (
        <Alert type="info" showIcon title={t('stock.noConsent')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <span>{t('stock.chooseSupplier')}</span>
            <Select
              style={{ minWidth: 260 }}
              value={supplierId}
              onChange={setChosen}
              options={sharing.map((c) => ({ value: c.grantor.id, label: c.grantor.name }))}
              data-testid="stock-supplier"
            />
            <Tag color="green">{t('stock.live')}</Tag>
          </Space>
          {supplierId && <StockTable key={supplierId} companyId={supplierId} />}
        </Space>
      )}
    </QueryState>
  );
}

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
