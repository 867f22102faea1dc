/** What the SME shares with whom: grant a consent to a candidate, revoke one, and who looked at what. */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Form, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { QueryState, StatusTag, useAction } from '../../components/common';
import type { ConsentScope } from '../../gql/graphql';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { granteeChoices } from '../../lib/consents';
import { formatDate, formatDateTime } from '../../lib/format';
import { useMe } from '../../session/me';
import { Stock } from '../stock/operations';
import { Candidates, Consents, Grant, Revoke } from './operations';

const SCOPES: ConsentScope[] = ['INVENTORY', 'RECEIVABLES', 'ORDERS', 'ASSESSMENT'];

export function ConsentsTab() {
  const { t, tk } = useI18n();
  const act = useAction();
  const { data, loading, error, refetch } = useQuery(Consents);
  const [form] = Form.useForm<{
    granteeId?: string;
    scope: ConsentScope;
    expiresAt?: Dayjs;
    products?: string[];
  }>();
  // An INVENTORY consent may name the products it shows (default: what is supplied to the grantee).
  const me = useMe();
  const ownStock = useQuery(Stock, {
    variables: { companyId: me?.company.id ?? '' },
    skip: !me,
  });
  const productOptions = [...new Set((ownStock.data?.stock ?? []).map((s) => s.sku))].map(
    (sku) => ({ value: sku, label: sku }),
  );
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
                      // Nothing chosen: the server's default (what is supplied to the grantee).
                      products: v.scope === 'INVENTORY' && v.products?.length ? v.products : null,
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
            {scope === 'INVENTORY' && (
              <Form.Item
                name="products"
                label={t('consents.products')}
                tooltip={t('consents.productsHint')}
              >
                <Select
                  mode="tags"
                  allowClear
                  style={{ minWidth: 220 }}
                  placeholder={t('consents.productsDefault')}
                  options={productOptions}
                  data-testid="consent-products"
                />
              </Form.Item>
            )}
            <Form.Item name="expiresAt" label={t('consents.expiresAt')}>
              <DatePicker format="YYYY-MM-DD" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={granting.loading}>
              {t('consents.grant')}
            </Button>
          </Form>
        </Card>
        <Card
          size="small"
          title={t('consents.granted')}
          extra={<ExportButton table="consents" filters={{ direction: 'GRANTED' }} />}
        >
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
        <Card size="small" title={t('access.title')} extra={<ExportButton table="access-log" />}>
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
