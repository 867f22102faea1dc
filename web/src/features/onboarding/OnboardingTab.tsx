/** The leader's onboarding: the funnel, inviting one supplier, importing a CSV of them. */
import { useMutation } from '@apollo/client/react';
import { Button, Card, Col, Form, Input, Row, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useAction } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import type { ChainView } from '../chains/operations';
import { Funnel } from './Funnel';
import { ReportTable } from './ImportReport';
import { Import, Invite, type Report } from './operations';
import { bytesToBase64, fileBytes } from '../../lib/text-file';

export function OnboardingTab({ chain, onChanged }: { chain: ChainView; onChanged(): void }) {
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
                  // The file's bytes: the server reads UTF-8 or GBK/GB18030 (Excel on Chinese Windows).
                  void fileBytes(file).then((bytes) =>
                    act(async () => {
                      const result = await importCsv({
                        variables: { chainId: chain.id, csvBase64: bytesToBase64(bytes) },
                      });
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
