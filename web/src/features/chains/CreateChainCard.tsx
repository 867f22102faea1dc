/** A leader without a chain yet: name one and create it. */
import { useMutation } from '@apollo/client/react';
import { Button, Card, Form, Input } from 'antd';
import { useAction } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { CreateChain } from './operations';

export function CreateChainCard({ onCreated }: { onCreated(): void }) {
  const { t } = useI18n();
  const act = useAction();
  const [createChain] = useMutation(CreateChain);
  return (
    <Card title={t('leader.noChain')}>
      <Form
        layout="inline"
        onFinish={(v: { name: string }) =>
          void act(() => createChain({ variables: { name: v.name } }), {
            success: t('app.done'),
            onDone: onCreated,
          })
        }
      >
        <Form.Item name="name" label={t('leader.chainName')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('leader.createChain')}
        </Button>
      </Form>
    </Card>
  );
}
