/** The bank's receivable-pledge products: the list, and defining a new one or redefining one. */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Money, QueryState, useAction } from '../../components/common';
import { useRules, YuanInput } from '../../components/forms';
import { graphql } from '../../gql';
import type { BankProductsQuery } from '../../gql/graphql';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { formatPercent } from '../../lib/format';
import { yuanToAmount } from '../../lib/money-input';

export const Products = graphql(`
  query BankProducts($bankId: ID) {
    financeProducts(bankId: $bankId) {
      id
      name
      advanceRate
      annualRate
      minRemainingDays
      maxAgeDays
      minAmount {
        amount
        currency
      }
      maxAmount {
        amount
        currency
      }
      blockedDebtorIds
    }
  }
`);

const Define = graphql(`
  mutation DefineFinanceProduct($input: FinanceProductInput!) {
    defineFinanceProduct(input: $input) {
      id
      name
    }
  }
`);

const Leaders = graphql(`
  query ChainLeaders {
    companies(kind: CHAIN_LEADER, first: 200) {
      id
      name
    }
  }
`);

type Product = BankProductsQuery['financeProducts'][number];

interface ProductValues {
  name: string;
  advanceRate: string;
  annualRate: string;
  minRemainingDays: number;
  maxAgeDays: number;
  minAmount: string;
  maxAmount: string;
  blockedDebtorIds: string[];
}

const DEFAULTS: Partial<ProductValues> = {
  minRemainingDays: 15,
  maxAgeDays: 90,
  minAmount: '10000.00',
  maxAmount: '50000000.00',
  blockedDebtorIds: [],
};

export function ProductsTab({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(Products, { variables: { bankId } });
  const leaders = useQuery(Leaders);
  const [editing, setEditing] = useState<Product>();
  const names = new Map((leaders.data?.companies ?? []).map((c) => [c.id, c.name]));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24}>
        <Card
          size="small"
          title={t('product.list')}
          extra={<ExportButton table="finance-products" filters={{ bankId }} />}
        >
          <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
            <Table
              size="small"
              rowKey="id"
              dataSource={data?.financeProducts ?? []}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              scroll={{ x: 720 }}
              data-testid="products"
              columns={[
                { title: t('product.name'), dataIndex: 'name' },
                { title: t('product.advanceRate'), render: (_, p) => formatPercent(p.advanceRate) },
                { title: t('product.annualRate'), render: (_, p) => formatPercent(p.annualRate) },
                {
                  title: t('product.amounts'),
                  render: (_, p) => (
                    <>
                      <Money value={p.minAmount} wan /> – <Money value={p.maxAmount} wan />
                    </>
                  ),
                },
                {
                  title: t('product.days'),
                  render: (_, p) =>
                    t('product.daysOf', { min: p.minRemainingDays, max: p.maxAgeDays }),
                },
                {
                  title: t('product.blocked'),
                  render: (_, p) =>
                    p.blockedDebtorIds.map((id) => names.get(id) ?? id).join('、') || '—',
                },
                {
                  title: t('app.actions'),
                  render: (_, p) => (
                    <Button size="small" onClick={() => setEditing(p)}>
                      {t('product.edit')}
                    </Button>
                  ),
                },
              ]}
            />
          </QueryState>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <ProductForm
          key={editing?.id ?? 'new'}
          product={editing}
          leaders={(leaders.data?.companies ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onDone={() => {
            setEditing(undefined);
            void refetch();
          }}
        />
      </Col>
    </Row>
  );
}

function ProductForm({
  product,
  leaders,
  onDone,
}: {
  product?: Product;
  leaders: { value: string; label: string }[];
  onDone(): void;
}) {
  const { t } = useI18n();
  const act = useAction();
  const [form] = Form.useForm<ProductValues>();
  const [define, defining] = useMutation(Define);
  const { required, yuan } = useRules();
  const initial: Partial<ProductValues> = product
    ? {
        name: product.name,
        advanceRate: product.advanceRate,
        annualRate: product.annualRate,
        minRemainingDays: product.minRemainingDays,
        maxAgeDays: product.maxAgeDays,
        minAmount: product.minAmount.amount,
        maxAmount: product.maxAmount.amount,
        blockedDebtorIds: product.blockedDebtorIds,
      }
    : DEFAULTS;
  const rate = (max: string) => (
    <InputNumber<string>
      stringMode
      min="0.01"
      max={max}
      precision={2}
      suffix="%"
      style={{ width: '100%' }}
    />
  );
  return (
    <Card
      size="small"
      title={product ? t('product.editTitle', { name: product.name }) : t('product.define')}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        data-testid="product-form"
        onFinish={(v) =>
          void act(
            () =>
              define({
                variables: {
                  input: {
                    ...(product ? { productId: product.id } : {}),
                    name: v.name.trim(),
                    advanceRate: v.advanceRate,
                    annualRate: v.annualRate,
                    minRemainingDays: v.minRemainingDays,
                    maxAgeDays: v.maxAgeDays,
                    minAmount: yuanToAmount(v.minAmount),
                    maxAmount: yuanToAmount(v.maxAmount),
                    blockedDebtorIds: v.blockedDebtorIds ?? [],
                  },
                },
              }),
            {
              form,
              success: t('product.saved', { name: v.name.trim() }),
              onDone: () => {
                form.resetFields();
                onDone();
              },
            },
          )
        }
      >
        <Form.Item
          name="name"
          label={t('product.name')}
          rules={[required, { whitespace: true }, { max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item name="advanceRate" label={t('product.advanceRate')} rules={[required]}>
              {rate('100')}
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="annualRate" label={t('product.annualRate')} rules={[required]}>
              {rate('36')}
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="minRemainingDays"
              label={t('product.minRemainingDays')}
              rules={[required]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="maxAgeDays" label={t('product.maxAgeDays')} rules={[required]}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="minAmount" label={t('product.minAmount')} rules={[required, yuan]}>
              <YuanInput />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="maxAmount" label={t('product.maxAmount')} rules={[required, yuan]}>
              <YuanInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="blockedDebtorIds" label={t('product.blocked')}>
          <Select
            mode="multiple"
            allowClear
            options={leaders}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={defining.loading}>
            {product ? t('product.save') : t('product.define')}
          </Button>
          {product && <Button onClick={onDone}>{t('app.cancel')}</Button>}
        </Space>
      </Form>
    </Card>
  );
}
