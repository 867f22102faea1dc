/** The bank reports a market price for a SKU: inventory loans on it are revalued. */
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input } from 'antd';
import { useAction } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { ReportPrice } from './operations';

export function PriceForm() {
  const { t } = useI18n();
  const act = useAction();
  const [form] = Form.useForm<{ sku: string; price: string }>();
  const [report, reporting] = useMutation(ReportPrice);
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) =>
        void act(() => report({ variables: { sku: v.sku.trim(), price: v.price.trim() } }), {
          form,
          success: t('loans.priceReported', { sku: v.sku }),
        })
      }
    >
      <Form.Item name="sku" label={t('stock.sku')} rules={[{ required: true }]}>
        <Input style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        name="price"
        label={t('loans.price')}
        rules={[{ required: true, pattern: /^\d+(\.\d{1,2})?$/ }]}
      >
        <Input style={{ width: 120 }} inputMode="decimal" />
      </Form.Item>
      <Button htmlType="submit" loading={reporting.loading}>
        {t('loans.reportPrice')}
      </Button>
    </Form>
  );
}
