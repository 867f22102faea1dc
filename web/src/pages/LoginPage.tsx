import { useMutation } from '@apollo/client/react';
import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../components/common';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useAuth } from '../lib/auth';
import { problemOf } from '../lib/errors';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

const DEMO = ['leader', 'motor', 'copper', 'bank', 'warehouse', 'provider', 'authority'].map(
  (k) => `${k}@demo.chainlift`,
);
const DEMO_PASSWORD = 'chainlift-demo';

export function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const { login } = useAuth();
  const [form] = Form.useForm<{ email: string; password: string }>();
  const [run, { loading }] = useMutation(LoginMutation);
  const [error, setError] = useState<unknown>();
  const [wrong, setWrong] = useState(false);

  const submit = async (values: { email: string; password: string }) => {
    setError(undefined);
    setWrong(false);
    try {
      const { data } = await run({ variables: values });
      if (data) login(data.login.token);
    } catch (e) {
      if (problemOf(e).code === 'UNAUTHENTICATED') setWrong(true);
      else setError(e);
    }
  };

  return (
    <div className="login-page">
      <Card className="login-card" title={t('app.name')}>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label={t('login.email')}
            name="email"
            rules={[{ required: true, message: t('login.emailRequired') }]}
          >
            <Input autoComplete="username" autoFocus inputMode="email" />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
            validateStatus={wrong ? 'error' : undefined}
            help={wrong ? t('login.failed') : undefined}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {error !== undefined && <ErrorAlert error={error} />}
          <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 12 }}>
            <Button type="primary" htmlType="submit" loading={loading}>
              {t('login.submit')}
            </Button>
            <Button type="link" onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
              {t('app.language')}
            </Button>
          </Space>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          {t('login.demo', { password: DEMO_PASSWORD })}:{' '}
          {DEMO.map((email) => (
            <Typography.Link
              key={email}
              style={{ marginRight: 8 }}
              onClick={() => form.setFieldsValue({ email, password: DEMO_PASSWORD })}
            >
              {email}
            </Typography.Link>
          ))}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
