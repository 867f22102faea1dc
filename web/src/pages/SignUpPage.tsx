/**
 * The public page an invitation link opens (`#/signup?token=…`): what the link is for (chain,
 * inviter, company, USCC) and whether it can still be used; while it can, the invited company's
 * first user signs up, which accepts the invitation and logs in (the same session as login).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Divider,
  Form,
  Input,
  Result,
  Space,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { useState } from 'react';
import { ErrorAlert, QueryState, useErrorText } from '../components/common';
import { useRules } from '../components/forms';
import { graphql } from '../gql';
import type { InvitationLinkStatus, InvitationPreviewQuery } from '../gql/graphql';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { useAuth } from '../lib/auth';
import { formPathOf, problemOf } from '../lib/errors';
import { formatDate } from '../lib/format';
import { expiresSoon, signUpInput, type SignUpValues } from '../lib/invitation';

const InvitationQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      status
      expiresAt
      chainName
      inviterName
      companyName
      uscc
      provisional
    }
  }
`);

const SignUpMutation = graphql(`
  mutation AcceptInvitationWithSignUp($input: InvitationSignUpInput!) {
    acceptInvitationWithSignUp(input: $input) {
      token
    }
  }
`);

const STATUS_COLOUR: Record<InvitationLinkStatus, string> = {
  OPEN: 'green',
  USED: 'default',
  EXPIRED: 'orange',
  CLOSED: 'default',
};

/** What each state of the link means for the person holding it. */
const MESSAGE: Record<InvitationLinkStatus, MessageKey> = {
  OPEN: 'signup.message.OPEN',
  USED: 'signup.message.USED',
  EXPIRED: 'signup.message.EXPIRED',
  CLOSED: 'signup.message.CLOSED',
};

const MIN_PASSWORD = 10;

/** Leaves the sign-up page for the app (the login page, or the home page once logged in). */
function leave() {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export default function SignUpPage({ token }: { token: string }) {
  const { t, locale, setLocale } = useI18n();
  const { data, loading, error, refetch } = useQuery(InvitationQuery, {
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const preview = data?.invitation;
  return (
    <div className="login-page">
      <Card
        className="login-card signup-card"
        title={t('signup.title')}
        extra={
          <Button type="link" onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
            {t('app.language')}
          </Button>
        }
      >
        {!token ? (
          <Result status="warning" title={t('signup.noToken')} extra={<LoginLink />} />
        ) : (
          <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
            {preview ? (
              <Preview preview={preview} token={token} refresh={() => void refetch()} />
            ) : (
              <Result status="warning" title={t('signup.unknown')} extra={<LoginLink />} />
            )}
          </QueryState>
        )}
      </Card>
    </div>
  );
}

function LoginLink() {
  const { t } = useI18n();
  return (
    <Button type="link" onClick={leave}>
      {t('signup.toLogin')}
    </Button>
  );
}

type Preview = NonNullable<InvitationPreviewQuery['invitation']>;

function Preview({
  preview,
  token,
  refresh,
}: {
  preview: Preview;
  token: string;
  refresh(): void;
}) {
  const { t, tk } = useI18n();
  const vars = {
    chain: preview.chainName,
    inviter: preview.inviterName,
    company: preview.companyName,
    date: formatDate(preview.expiresAt),
  };
  const open = preview.status === 'OPEN';
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <div data-testid="invitation-preview">
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('signup.chain')}>{preview.chainName}</Descriptions.Item>
          <Descriptions.Item label={t('signup.inviter')}>{preview.inviterName}</Descriptions.Item>
          <Descriptions.Item label={t('company.name')}>{preview.companyName}</Descriptions.Item>
          <Descriptions.Item label={t('company.uscc')}>{preview.uscc}</Descriptions.Item>
          <Descriptions.Item label={t('signup.status')}>
            <Space wrap>
              <Tag color={STATUS_COLOUR[preview.status]} data-status={preview.status}>
                {tk('signup.status', preview.status)}
              </Tag>
              <span>{t('signup.expiresOn', vars)}</span>
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </div>
      <Alert
        type={open ? 'info' : 'warning'}
        showIcon
        role={open ? undefined : 'alert'}
        title={t(MESSAGE[preview.status], vars)}
        description={open && expiresSoon(preview.expiresAt) ? t('signup.soon', vars) : undefined}
      />
      {open ? <SignUpForm preview={preview} token={token} refresh={refresh} /> : <LoginLink />}
    </Space>
  );
}

function SignUpForm({
  preview,
  token,
  refresh,
}: {
  preview: Preview;
  token: string;
  refresh(): void;
}) {
  const { t } = useI18n();
  const { login } = useAuth();
  const text = useErrorText();
  const { required } = useRules();
  const [form] = Form.useForm<SignUpValues>();
  const [run, { loading }] = useMutation(SignUpMutation);
  const [linkProblem, setLinkProblem] = useState<string>();
  const [error, setError] = useState<unknown>();

  const submit = async (values: SignUpValues) => {
    setError(undefined);
    setLinkProblem(undefined);
    try {
      const { data } = await run({
        variables: { input: signUpInput(token, values, preview.provisional) },
      });
      if (!data) return;
      // The token leaves the address bar; the new session opens the company's home page.
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      login(data.acceptInvitationWithSignUp.token);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (e) {
      const problem = problemOf(e);
      if (problem.field === 'token') {
        // The link itself is at fault (used, expired, no longer open): say so and show its state now.
        setLinkProblem(text(e));
        refresh();
        return;
      }
      const fields: FormInstance = form;
      const path = formPathOf(problem, fields.getFieldsValue());
      if (path) {
        fields.setFields([{ name: path, errors: [text(e)] }]);
        fields.scrollToField(path);
      } else setError(e);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      requiredMark={false}
      initialValues={{ companyName: preview.companyName }}
      data-testid="signup-form"
    >
      <Form.Item label={t('signup.name')} name="name" rules={[required, { whitespace: true }]}>
        <Input autoComplete="name" autoFocus maxLength={100} />
      </Form.Item>
      <Form.Item
        label={t('login.email')}
        name="email"
        rules={[required, { type: 'email', message: t('signup.emailInvalid') }]}
      >
        <Input autoComplete="email" inputMode="email" />
      </Form.Item>
      <Form.Item
        label={t('login.password')}
        name="password"
        extra={t('signup.passwordHint', { min: MIN_PASSWORD })}
        rules={[
          required,
          { min: MIN_PASSWORD, message: t('signup.passwordShort', { min: MIN_PASSWORD }) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('signup.confirm')}
        name="confirm"
        dependencies={['password']}
        rules={[
          required,
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('password')
                ? Promise.resolve()
                : Promise.reject(new Error(t('signup.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {preview.provisional && (
        <>
          <Divider plain titlePlacement="start">
            {t('signup.companyDetails')}
          </Divider>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('signup.companyHint')}
          </Typography.Paragraph>
          <Form.Item label={t('signup.companyName')} name="companyName">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('company.region')} name="region">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('company.industry')} name="industry">
            <Input maxLength={100} />
          </Form.Item>
        </>
      )}
      {linkProblem && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={linkProblem}
          style={{ marginBottom: 12 }}
        />
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 12 }} wrap>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('signup.submit')}
        </Button>
        <LoginLink />
      </Space>
    </Form>
  );
}
