/** A provider's products: the list (status, version, price, scenarios), its history, publish, revise → a new version, withdraw. */
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Money, QueryState, StatusTag, useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useRules, YuanInput } from '../../components/forms';
import type { ProductFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { localized } from '../../lib/assessment';
import { formatDate } from '../../lib/format';
import { productFormValues, productInput, type ProductFormValues } from '../../lib/services';
import {
  ProductHistory,
  PublishProduct,
  ReviseProduct,
  ScenarioChoices,
  ServiceProducts,
  WithdrawProduct,
} from './operations';

export function ProductsTab({ providerId }: { providerId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(ServiceProducts, {
    variables: { filter: { providerId, includeWithdrawn: true }, first: 200 },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<ProductFieldsFragment>();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24}>
        <Card
          size="small"
          title={t('provider.products')}
          extra={
            <ExportButton
              table="service-products"
              filters={{ providerId, includeWithdrawn: 'true' }}
            />
          }
        >
          <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
            <ProductTable
              products={data?.serviceProducts ?? []}
              onRevise={setEditing}
              onChanged={() => void refetch()}
            />
          </QueryState>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <ProductForm
          key={editing ? `${editing.id}@${editing.version}` : 'new'}
          product={editing}
          onDone={() => {
            setEditing(undefined);
            void refetch();
          }}
        />
      </Col>
    </Row>
  );
}

/** The scenarios a product addresses, with the level it aims for. */
export function ScenarioTags({ scenarios }: { scenarios: ProductFieldsFragment['scenarios'] }) {
  const { t, locale } = useI18n();
  return (
    <Space size={[4, 4]} wrap>
      {scenarios.map((s) => (
        <Tag key={s.scenarioId} color="blue">
          {t('service.scenarioTarget', { scenario: localized(locale, s), level: s.targetLevel })}
        </Tag>
      ))}
    </Space>
  );
}

function ProductTable({
  products,
  onRevise,
  onChanged,
}: {
  products: ProductFieldsFragment[];
  onRevise(p: ProductFieldsFragment): void;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const act = useAction();
  const [withdraw] = useMutation(WithdrawProduct);
  const [history, setHistory] = useState<ProductFieldsFragment>();
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        dataSource={products}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 960 }}
        locale={{ emptyText: t('provider.noProducts') }}
        data-testid="provider-products"
        columns={[
          {
            title: t('service.serviceName'),
            render: (_, p) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{p.name}</Typography.Text>
                <Typography.Text type="secondary">{p.description}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('service.status'),
            render: (_, p) => <StatusTag prefix="serviceProductStatus" value={p.status} />,
          },
          { title: t('service.version'), render: (_, p) => `v${p.version}` },
          { title: t('service.monthlyPrice'), render: (_, p) => <Money value={p.monthlyPrice} /> },
          {
            title: t('service.scenarios'),
            render: (_, p) => <ScenarioTags scenarios={p.scenarios} />,
          },
          {
            title: t('service.served'),
            render: (_, p) => <Served product={p} />,
          },
          {
            title: t('service.deliveryDays'),
            render: (_, p) => t('service.days', { days: p.deliveryDays }),
          },
          { title: t('service.publishedAt'), render: (_, p) => formatDate(p.publishedAt) },
          {
            title: t('app.actions'),
            render: (_, p) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => setHistory(p)}>
                  {t('service.history')}
                </Button>
                {p.status === 'ACTIVE' && (
                  <>
                    <Button size="small" onClick={() => onRevise(p)}>
                      {t('service.revise')}
                    </Button>
                    <Popconfirm
                      title={t('service.withdrawConfirm', { name: p.name })}
                      okText={t('app.ok')}
                      cancelText={t('app.cancel')}
                      onConfirm={() =>
                        void act(() => withdraw({ variables: { productId: p.id } }), {
                          success: t('service.withdrawn', { name: p.name }),
                          onDone: onChanged,
                        })
                      }
                    >
                      <Button size="small" danger>
                        {t('service.withdraw')}
                      </Button>
                    </Popconfirm>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      {history && <HistoryDialog product={history} onClose={() => setHistory(undefined)} />}
    </>
  );
}

/** Industries and regions a product serves (empty lists: any industry, nationwide). */
export function Served({
  product,
}: {
  product: Pick<ProductFieldsFragment, 'industries' | 'regions'>;
}) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={0}>
      <span>
        {product.industries.length ? product.industries.join('、') : t('service.anyIndustry')}
      </span>
      <Typography.Text type="secondary">
        {product.regions.length
          ? product.regions.map((r) => r.fullName).join('、')
          : t('service.nationwide')}
      </Typography.Text>
    </Space>
  );
}

function HistoryDialog({ product, onClose }: { product: ProductFieldsFragment; onClose(): void }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(ProductHistory, {
    variables: { id: product.id },
  });
  return (
    <Modal
      open
      width={900}
      title={t('service.historyTitle', { name: product.name })}
      onCancel={onClose}
      footer={null}
    >
      <QueryState
        loading={loading}
        error={error}
        empty={!data?.serviceProduct}
        retry={() => void refetch()}
      >
        <Table
          size="small"
          rowKey="version"
          dataSource={data?.serviceProduct?.history ?? []}
          pagination={false}
          scroll={{ x: 720 }}
          data-testid="product-history"
          columns={[
            { title: t('service.version'), render: (_, v) => `v${v.version}` },
            { title: t('service.serviceName'), dataIndex: 'name' },
            {
              title: t('service.monthlyPrice'),
              render: (_, v) => <Money value={v.monthlyPrice} />,
            },
            {
              title: t('service.scenarios'),
              render: (_, v) => <ScenarioTags scenarios={v.scenarios} />,
            },
            {
              title: t('service.deliveryDays'),
              render: (_, v) => t('service.days', { days: v.deliveryDays }),
            },
            { title: t('service.publishedAt'), render: (_, v) => formatDate(v.publishedAt) },
          ]}
        />
      </QueryState>
    </Modal>
  );
}

function ProductForm({ product, onDone }: { product?: ProductFieldsFragment; onDone(): void }) {
  const { t, locale } = useI18n();
  const act = useAction();
  const [form] = Form.useForm<ProductFormValues>();
  const [publish, publishing] = useMutation(PublishProduct);
  const [revise, revising] = useMutation(ReviseProduct);
  const choices = useQuery(ScenarioChoices, { fetchPolicy: 'cache-first' });
  const { required, yuan } = useRules();
  const maxLevel = choices.data?.questionnaire.maxLevel ?? 4;
  const initial: Partial<ProductFormValues> = product
    ? productFormValues(product)
    : { scenarios: [{ scenarioId: '', targetLevel: 2 }], deliveryDays: 30 };
  return (
    <Card
      size="small"
      title={
        product
          ? t('service.reviseTitle', { name: product.name, version: product.version + 1 })
          : t('service.publish')
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        data-testid="service-product-form"
        onFinish={(v) =>
          void act(
            async () => {
              const input = productInput(v);
              if (product) await revise({ variables: { productId: product.id, input } });
              else await publish({ variables: { input } });
            },
            {
              form,
              success: product
                ? t('service.revised', { name: v.name.trim() })
                : t('service.published', { name: v.name.trim() }),
              onDone: () => {
                form.resetFields();
                onDone();
              },
            },
          )
        }
      >
        <Row gutter={12}>
          <Col xs={24} md={16}>
            <Form.Item
              name="name"
              label={t('service.serviceName')}
              rules={[required, { whitespace: true }, { max: 100 }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="monthlyPrice"
              label={t('service.monthlyPriceYuan')}
              rules={[required, yuan]}
            >
              <YuanInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="description"
          label={t('service.description')}
          rules={[required, { whitespace: true }, { max: 2000 }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Typography.Text strong>{t('service.scenarios')}</Typography.Text>
        <Form.List name="scenarios">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={14}>
                    <Form.Item name={[field.name, 'scenarioId']} rules={[required]}>
                      <Select
                        aria-label={t('assessment.scenario')}
                        showSearch={{ optionFilterProp: 'label' }}
                        loading={choices.loading}
                        options={(choices.data?.questionnaire.scenarios ?? []).map((s) => ({
                          value: s.id,
                          label: localized(locale, s),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={7}>
                    <Form.Item name={[field.name, 'targetLevel']} rules={[required]}>
                      <InputNumber
                        aria-label={t('service.targetLevel')}
                        min={1}
                        max={maxLevel}
                        precision={0}
                        prefix={t('service.targetLevel')}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={3}>
                    <Button onClick={() => remove(field.name)} disabled={fields.length === 1}>
                      −
                    </Button>
                  </Col>
                </Row>
              ))}
              <Button
                size="small"
                onClick={() => add({ targetLevel: 2 })}
                style={{ marginBottom: 12 }}
              >
                {t('service.addScenario')}
              </Button>
            </>
          )}
        </Form.List>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name="industries"
              label={t('service.industries')}
              extra={t('service.industriesHint')}
            >
              <Select mode="tags" open={false} suffixIcon={null} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="regions" label={t('service.regions')} extra={t('service.regionsHint')}>
              <Select mode="tags" open={false} suffixIcon={null} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="deliveryDays" label={t('service.deliveryDays')} rules={[required]}>
              <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="references"
              label={t('service.references')}
              extra={t('service.referencesHint')}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={publishing.loading || revising.loading}>
            {product ? t('service.saveVersion') : t('service.publish')}
          </Button>
          {product && <Button onClick={onDone}>{t('app.cancel')}</Button>}
        </Space>
      </Form>
    </Card>
  );
}
