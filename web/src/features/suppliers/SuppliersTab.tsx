/** The SME's suppliers: those it has, and declaring another one. */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { QueryState, useAction } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import type { Me } from '../../session/me';
import { Declare, MySuppliersQuery, Smes } from './operations';
import { OwnSuppliers } from './OwnSuppliers';

export function SuppliersTab({ me }: { me: Me }) {
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
