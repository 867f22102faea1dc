/**
 * A buyer places an order with one of its suppliers: lines of SKU, quantity and unit price in
 * yuan (sent as exact decimals through fen), and the promised date.
 */
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
  type SelectProps,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { Money, useAction } from '../../components/common';
import { FormDialog, useRules, YuanInput } from '../../components/forms';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { isoDay } from '../../lib/format';
import { linesTotal, yuanToAmount } from '../../lib/money-input';
import { OrdersQuery } from './OrdersTable';

const PlaceOrderMutation = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      id
      number
      status
    }
  }
`);

interface OrderValues {
  supplierId: string;
  number: string;
  promisedDate: Dayjs;
  lines: { sku: string; productName?: string; quantity: number; unitPrice: string }[];
}

const newNumber = () =>
  `PO-${isoDay().replaceAll('-', '')}-${Math.random().toString(36).slice(2, 6).toUpperCase()}`;

/**
 * The button and its form (in a dialog); suppliers are the companies the buyer may order from
 * (options, or groups of them), emptyText what to say when there are none.
 */
export function PlaceOrderButton({
  suppliers,
  loading = false,
  emptyText,
}: {
  suppliers: SelectProps['options'];
  loading?: boolean;
  emptyText?: string;
}) {
  const { t } = useI18n();
  const act = useAction();
  const [form] = Form.useForm<OrderValues>();
  const [place, placing] = useMutation(PlaceOrderMutation, { refetchQueries: [OrdersQuery] });
  const lines = Form.useWatch('lines', form) ?? [];
  const total = linesTotal(lines.map((l) => ({ quantity: l?.quantity, price: l?.unitPrice })));
  const { required, yuan } = useRules();

  const submit = (v: OrderValues, close: () => void) =>
    void act(
      () =>
        place({
          variables: {
            input: {
              supplierId: v.supplierId,
              number: v.number.trim(),
              promisedDate: v.promisedDate.format('YYYY-MM-DD'),
              lines: v.lines.map((l) => ({
                sku: l.sku.trim(),
                productName: l.productName?.trim() || null,
                quantity: l.quantity,
                unitPrice: yuanToAmount(l.unitPrice),
              })),
            },
          },
        }),
      {
        form,
        success: t('placeOrder.done', { number: v.number }),
        onDone: () => {
          close();
          form.resetFields();
        },
      },
    );

  return (
    <FormDialog
      form={form}
      label={t('placeOrder.open')}
      title={t('placeOrder.title')}
      okText={t('placeOrder.submit')}
      loading={placing.loading}
      onOpen={() => {
        if (!form.getFieldValue('number')) form.setFieldsValue({ number: newNumber() });
      }}
    >
      {(close) => (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => submit(v, close)}
          initialValues={{ lines: [{}] }}
          data-testid="place-order"
        >
          <Row gutter={12}>
            <Col xs={24} md={10}>
              <Form.Item name="supplierId" label={t('placeOrder.supplier')} rules={[required]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={suppliers}
                  loading={loading}
                  notFoundContent={loading ? undefined : emptyText}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={7}>
              <Form.Item
                name="number"
                label={t('orders.number')}
                rules={[required, { max: 64 }, { whitespace: true }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={7}>
              <Form.Item name="promisedDate" label={t('orders.promisedDate')} rules={[required]}>
                <DatePicker
                  format="YYYY-MM-DD"
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.format('YYYY-MM-DD') < isoDay()}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.List
            name="lines"
            rules={[
              {
                validator: (_, value: unknown[] | undefined) =>
                  value?.length
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('placeOrder.needLine'))),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" wrap data-testid={`order-line-${i}`}>
                    <Form.Item
                      name={[f.name, 'sku']}
                      label={t('stock.sku')}
                      rules={[required, { whitespace: true }, { max: 64 }]}
                    >
                      <Input style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'productName']} label={t('stock.productName')}>
                      <Input style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'quantity']}
                      label={t('stock.quantity')}
                      rules={[required]}
                    >
                      <InputNumber min={1} precision={0} style={{ width: 110 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'unitPrice']}
                      label={t('placeOrder.unitPrice')}
                      rules={[required, yuan]}
                    >
                      <YuanInput style={{ width: 150 }} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button onClick={() => remove(f.name)} aria-label={t('form.remove')}>
                        {t('form.remove')}
                      </Button>
                    )}
                  </Space>
                ))}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" onClick={() => add()} block>
                  {t('placeOrder.addLine')}
                </Button>
              </>
            )}
          </Form.List>
          <Typography.Paragraph strong style={{ marginTop: 12 }} data-testid="order-total">
            {t('placeOrder.total')}: <Money value={{ amount: total, currency: 'CNY' }} />
          </Typography.Paragraph>
        </Form>
      )}
    </FormDialog>
  );
}
