/**
 * An SME asks a bank for an inventory loan (存货融资) against its stock at a third-party
 * warehouse: the goods (SKU, quantity, unit cost), the principal, and optionally the terms.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Col, Collapse, Form, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Money, useAction } from '../../components/common';
import { FormDialog, useRules, YuanInput } from '../../components/forms';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { formatCount } from '../../lib/format';
import { linesTotal, percentOf, yuanToAmount } from '../../lib/money-input';
import { Stock } from '../stock/operations';
import { Loans } from './operations';

const RequestLoan = graphql(`
  mutation RequestInventoryLoan($input: InventoryLoanInput!) {
    requestInventoryLoan(input: $input) {
      id
      status
    }
  }
`);

const Counterparties = graphql(`
  query LoanCounterparties {
    banks: companies(kind: BANK, first: 200) {
      id
      name
    }
    operators: companies(kind: WAREHOUSE_OPERATOR, first: 200) {
      id
      name
    }
  }
`);

interface LoanValues {
  bankId: string;
  operatorId: string;
  warehouse: string;
  goods: { sku: string; quantity: number; unitCost: string }[];
  principal: string;
  pledgeRate?: string;
  controlLine?: string;
  marginCallLtv?: string;
  liquidationLtv?: string;
}

const DEFAULT_PLEDGE_RATE = '70';

export function InventoryLoanButton({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  const act = useAction();
  const [opened, setOpened] = useState(false);
  const [form] = Form.useForm<LoanValues>();
  const parties = useQuery(Counterparties, { skip: !opened });
  const stock = useQuery(Stock, { variables: { companyId }, skip: !opened });
  const [request, requesting] = useMutation(RequestLoan, { refetchQueries: [Loans] });
  const warehouse = Form.useWatch('warehouse', form);
  const goods = Form.useWatch('goods', form) ?? [];
  const pledgeRate = Form.useWatch('pledgeRate', form) ?? DEFAULT_PLEDGE_RATE;
  const positions = useMemo(() => stock.data?.stock ?? [], [stock.data]);
  const warehouses = [...new Set(positions.map((p) => p.warehouse))];
  const here = useMemo(
    () => positions.filter((p) => p.warehouse === warehouse),
    [positions, warehouse],
  );
  const collateral = linesTotal(goods.map((g) => ({ quantity: g?.quantity, price: g?.unitCost })));
  const { required, yuan } = useRules();
  const optional = (v: string | undefined) =>
    v === undefined || v === null || v === '' ? null : v;

  const submit = (v: LoanValues, close: () => void) =>
    void act(
      () =>
        request({
          variables: {
            input: {
              bankId: v.bankId,
              operatorId: v.operatorId,
              warehouse: v.warehouse,
              goods: v.goods.map((g) => ({
                sku: g.sku,
                quantity: g.quantity,
                unitCost: yuanToAmount(g.unitCost),
              })),
              principal: yuanToAmount(v.principal),
              pledgeRate: optional(v.pledgeRate),
              controlLine: v.controlLine ? yuanToAmount(v.controlLine) : null,
              marginCallLtv: optional(v.marginCallLtv),
              liquidationLtv: optional(v.liquidationLtv),
            },
          },
        }),
      {
        form,
        success: t('loanForm.done'),
        onDone: () => {
          close();
          form.resetFields();
        },
      },
    );

  const percentField = (
    name: keyof LoanValues,
    label: string,
    placeholder: string,
    max = '100',
  ) => (
    <Col xs={12} md={6}>
      <Form.Item name={name} label={label}>
        <InputNumber<string>
          stringMode
          min="0"
          max={max}
          precision={2}
          suffix="%"
          placeholder={placeholder}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </Col>
  );

  return (
    <FormDialog
      form={form}
      label={t('loanForm.open')}
      title={t('loanForm.title')}
      loading={requesting.loading}
      onOpen={() => setOpened(true)}
    >
      {(close) => (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => submit(v, close)}
          initialValues={{ goods: [{}] }}
          data-testid="loan-form"
        >
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="bankId" label={t('loanForm.bank')} rules={[required]}>
                <Select
                  loading={parties.loading}
                  options={(parties.data?.banks ?? []).map((c) => ({ value: c.id, label: c.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="operatorId" label={t('loans.operator')} rules={[required]}>
                <Select
                  loading={parties.loading}
                  options={(parties.data?.operators ?? []).map((c) => ({
                    value: c.id,
                    label: c.name,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="warehouse" label={t('loans.warehouse')} rules={[required]}>
                <Select
                  loading={stock.loading}
                  options={warehouses.map((w) => ({ value: w, label: w }))}
                  notFoundContent={t('loanForm.noStock')}
                  onChange={() => form.setFieldsValue({ goods: [{}] as LoanValues['goods'] })}
                />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={5}>{t('loans.goods')}</Typography.Title>
          <Form.List name="goods">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => {
                  const sku = goods[f.name]?.sku;
                  const onHand = here.find((p) => p.sku === sku)?.quantity;
                  return (
                    <Space key={f.key} align="baseline" wrap>
                      <Form.Item name={[f.name, 'sku']} label={t('stock.sku')} rules={[required]}>
                        <Select
                          style={{ width: 220 }}
                          disabled={!warehouse}
                          options={here.map((p) => ({
                            value: p.sku,
                            label: `${p.sku} · ${p.productName} (${formatCount(p.quantity)})`,
                          }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'quantity']}
                        label={t('stock.quantity')}
                        rules={[required]}
                        extra={
                          onHand === undefined ? undefined : t('loanForm.onHand', { count: onHand })
                        }
                      >
                        <InputNumber min={1} max={onHand} precision={0} style={{ width: 120 }} />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'unitCost']}
                        label={t('loans.cost')}
                        rules={[required, yuan]}
                      >
                        <YuanInput style={{ width: 150 }} />
                      </Form.Item>
                      {fields.length > 1 && (
                        <Button onClick={() => remove(f.name)}>{t('form.remove')}</Button>
                      )}
                    </Space>
                  );
                })}
                <Button type="dashed" onClick={() => add()} block disabled={!warehouse}>
                  {t('loanForm.addGoods')}
                </Button>
              </>
            )}
          </Form.List>
          <Typography.Paragraph style={{ marginTop: 12 }} data-testid="loan-collateral">
            {t('loanForm.collateral')}: <Money value={{ amount: collateral, currency: 'CNY' }} />
            {' · '}
            {t('loanForm.maxPrincipal', { rate: pledgeRate })}:{' '}
            <Money
              value={{ amount: percentOf(collateral, pledgeRate) || '0.00', currency: 'CNY' }}
            />
          </Typography.Paragraph>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="principal" label={t('loans.principal')} rules={[required, yuan]}>
                <YuanInput />
              </Form.Item>
            </Col>
          </Row>
          <Collapse
            size="small"
            items={[
              {
                key: 'terms',
                label: t('loanForm.terms'),
                forceRender: true,
                children: (
                  <Row gutter={12}>
                    {percentField(
                      'pledgeRate',
                      t('loanForm.pledgeRate'),
                      DEFAULT_PLEDGE_RATE,
                      '90',
                    )}
                    <Col xs={12} md={6}>
                      <Form.Item
                        name="controlLine"
                        label={t('loanForm.controlLine')}
                        rules={[yuan]}
                      >
                        <YuanInput />
                      </Form.Item>
                    </Col>
                    {percentField('marginCallLtv', t('loanForm.marginCallLtv'), '78')}
                    {percentField('liquidationLtv', t('loanForm.liquidationLtv'), '85')}
                  </Row>
                ),
              },
            ]}
          />
        </Form>
      )}
    </FormDialog>
  );
}
