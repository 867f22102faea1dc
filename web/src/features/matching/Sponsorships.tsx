/**
 * 链主带动: a chain leader recommends (share 0) or sponsors a product for its suppliers — the share
 * of the monthly price it commits to pay, shown to both sides, no billing — ends it, and sees the
 * uptake by tier. The SME sees the sponsorships its leaders offer it.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { Money, QueryState, StatusTag, useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useRules } from '../../components/forms';
import type { SponsorshipFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatDate, formatPercent } from '../../lib/format';
import { uptakeTotals } from '../../lib/services';
import { ServiceProducts } from '../providers/operations';
import { ChainSponsorships, EndSponsorship, MySponsorships, SponsorProduct } from './operations';

export function LeaderSponsorshipsTab({ chainId }: { chainId: string }) {
  const { t } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(ChainSponsorships, {
    variables: { chainId },
    fetchPolicy: 'cache-and-network',
  });
  const [end] = useMutation(EndSponsorship);
  const rows = data?.chainSponsorships ?? [];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24}>
        <Card
          size="small"
          title={t('sponsorship.title')}
          extra={<ExportButton table="chain-sponsorships" filters={{ chainId }} />}
        >
          <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
            <Table
              size="small"
              rowKey={(u) => u.sponsorship.id}
              dataSource={rows}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              scroll={{ x: 1000 }}
              locale={{ emptyText: t('sponsorship.none') }}
              data-testid="chain-sponsorships"
              expandable={{
                expandedRowRender: (u) => (
                  <Table
                    size="small"
                    rowKey={(x) => String(x.tier)}
                    dataSource={u.byTier}
                    pagination={false}
                    columns={[
                      {
                        title: t('sponsorship.tier'),
                        render: (_, x) =>
                          x.tier === null
                            ? t('sponsorship.noPath')
                            : t('company.tierN', { tier: x.tier }),
                      },
                      { title: t('sponsorship.members'), dataIndex: 'members' },
                      { title: t('sponsorship.engaged'), dataIndex: 'engaged' },
                      { title: t('sponsorship.deliveredCount'), dataIndex: 'delivered' },
                    ]}
                  />
                ),
              }}
              columns={[
                ...sponsorshipColumns(t),
                {
                  title: t('sponsorship.uptake'),
                  render: (_, u) => {
                    const total = uptakeTotals(u.byTier);
                    return t('sponsorship.uptakeOf', total);
                  },
                },
                {
                  title: t('app.actions'),
                  render: (_, u) =>
                    u.sponsorship.status === 'ACTIVE' && (
                      <Popconfirm
                        title={t('sponsorship.endConfirm', { product: u.sponsorship.product.name })}
                        okText={t('app.ok')}
                        cancelText={t('app.cancel')}
                        onConfirm={() =>
                          void act(() => end({ variables: { sponsorshipId: u.sponsorship.id } }), {
                            success: t('sponsorship.ended'),
                            onDone: () => void refetch(),
                          })
                        }
                      >
                        <Button size="small" danger>
                          {t('sponsorship.end')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]}
            />
          </QueryState>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <SponsorForm chainId={chainId} onDone={() => void refetch()} />
      </Col>
    </Row>
  );
}

type T = ReturnType<typeof useI18n>['t'];

/** The columns both sides show for a sponsorship. */
function sponsorshipColumns(t: T) {
  return [
    {
      title: t('engagement.product'),
      render: (_: unknown, u: { sponsorship: SponsorshipFieldsFragment }) =>
        `${u.sponsorship.product.name} · ${u.sponsorship.product.provider.name}`,
    },
    {
      title: t('sponsorship.share'),
      render: (_: unknown, u: { sponsorship: SponsorshipFieldsFragment }) =>
        Number(u.sponsorship.share) > 0
          ? formatPercent(u.sponsorship.share)
          : t('sponsorship.recommendOnly'),
    },
    {
      title: t('sponsorship.monthlyShare'),
      render: (_: unknown, u: { sponsorship: SponsorshipFieldsFragment }) => (
        <Space size={4}>
          <Money value={u.sponsorship.monthlyShare} />
          <Typography.Text type="secondary">
            / <Money value={u.sponsorship.product.monthlyPrice} />
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('sponsorship.status'),
      render: (_: unknown, u: { sponsorship: SponsorshipFieldsFragment }) => (
        <StatusTag prefix="sponsorshipStatus" value={u.sponsorship.status} />
      ),
    },
    {
      title: t('sponsorship.since'),
      render: (_: unknown, u: { sponsorship: SponsorshipFieldsFragment }) =>
        formatDate(u.sponsorship.since),
    },
    {
      title: t('engagement.note'),
      render: (_: unknown, u: { sponsorship: SponsorshipFieldsFragment }) =>
        u.sponsorship.note ?? '',
    },
  ];
}

function SponsorForm({ chainId, onDone }: { chainId: string; onDone(): void }) {
  const { t } = useI18n();
  const act = useAction();
  const { required } = useRules();
  const [form] = Form.useForm<{ productId: string; share: string; note?: string }>();
  const products = useQuery(ServiceProducts, { variables: { first: 200 } });
  const [sponsor, sponsoring] = useMutation(SponsorProduct);
  return (
    <Card size="small" title={t('sponsorship.add')}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ share: '0' }}
        data-testid="sponsor-form"
        onFinish={(v) =>
          void act(
            () =>
              sponsor({
                variables: {
                  input: {
                    chainId,
                    productId: v.productId,
                    share: String(v.share),
                    note: v.note?.trim() || null,
                  },
                },
              }),
            {
              form,
              success: t('sponsorship.saved'),
              onDone: () => {
                form.resetFields();
                onDone();
              },
            },
          )
        }
      >
        <Form.Item name="productId" label={t('engagement.product')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={products.loading}
            options={(products.data?.serviceProducts ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} · ${p.provider.name}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="share"
          label={t('sponsorship.share')}
          extra={t('sponsorship.shareHint')}
          rules={[required]}
        >
          <InputNumber<string>
            stringMode
            min="0"
            max="100"
            precision={2}
            suffix="%"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="note" label={t('engagement.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={sponsoring.loading}>
          {t('sponsorship.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** The sponsorships the SME's leaders offer it. */
export function MySponsorshipsCard() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(MySponsorships, {
    fetchPolicy: 'cache-and-network',
  });
  const rows = (data?.mySponsorships ?? []).map((sponsorship) => ({ sponsorship }));
  return (
    <Card
      size="small"
      title={t('sponsorship.mine')}
      extra={<ExportButton table="my-sponsorships" />}
    >
      <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
        <Table
          size="small"
          rowKey={(u) => u.sponsorship.id}
          dataSource={rows}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('sponsorship.noneForMe') }}
          data-testid="my-sponsorships"
          columns={[
            {
              title: t('sponsorship.leader'),
              render: (_, u) => `${u.sponsorship.leader.name} · ${u.sponsorship.chain.name}`,
            },
            ...sponsorshipColumns(t),
          ]}
        />
      </QueryState>
    </Card>
  );
}
