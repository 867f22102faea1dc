/** The SME's own stock: enter a position or upload a CSV, its stock live, and what runs short of open orders. */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Form, Input, InputNumber, Space, Table, Typography, Upload } from 'antd';
import { useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { parseStockCsv } from './csv';
import { decodeCsvBytes, fileBytes } from '../../lib/text-file';
import { LowStock, ReportStock } from './operations';
import { StockTable } from './StockTable';

export function StockTab({ companyId }: { companyId: string }) {
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
              void fileBytes(file).then((bytes) => {
                const refuse = (message: string) =>
                  void act(() =>
                    Promise.reject({
                      errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }],
                    }),
                  );
                // UTF-8 or GBK/GB18030 (Excel on Chinese Windows), by the server's rule.
                const csv = decodeCsvBytes(bytes);
                if (csv === undefined) return refuse(t('file.badEncoding'));
                const parsed = parseStockCsv(csv);
                if (parsed.bad) return refuse(t('stock.badCsv', parsed.bad));
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
        <Card
          size="small"
          title={t('stock.lowStock')}
          extra={<ExportButton table="low-stock" filters={{ companyId }} />}
        >
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
