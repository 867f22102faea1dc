/**
 * The bank records where a pledge is registered in the unified registry (中登网): the registration
 * number, time, secured amount and term (in months or an end date). Server field errors show next to
 * the field; recording again replaces the registration (a change or an extension).
 */
import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input, InputNumber, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useAction } from '../../components/common';
import { useRules, YuanInput } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { yuanToAmount } from '../../lib/money-input';
import { RecordPledgeRegistration } from './operations';

interface Values {
  registrationNumber: string;
  registeredAt: Dayjs;
  amount: string;
  term: 'months' | 'until';
  termMonths?: number;
  expiresAt?: Dayjs;
}

export interface RegistrationTarget {
  id: string;
  registerNumber: string;
  /** Suggested secured amount (the advance), decimal yuan. */
  amount: string;
}

export function RecordRegistration({
  pledge,
  onClose,
  onDone,
}: {
  pledge: RegistrationTarget | undefined;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useI18n();
  const rules = useRules();
  const act = useAction();
  const [form] = Form.useForm<Values>();
  const [record, { loading }] = useMutation(RecordPledgeRegistration);
  const term = Form.useWatch('term', form) ?? 'months';
  return (
    <Modal
      open={pledge !== undefined}
      title={t('registration.recordTitle', { number: pledge?.registerNumber ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('app.submit')}
      cancelText={t('app.cancel')}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ term: 'months', termMonths: 12, amount: pledge?.amount }}
        onFinish={(values) =>
          void act(
            () =>
              record({
                variables: {
                  pledgeId: pledge!.id,
                  registrationNumber: values.registrationNumber.trim(),
                  registeredAt: values.registeredAt.toISOString(),
                  amount: yuanToAmount(values.amount),
                  termMonths: values.term === 'months' ? (values.termMonths ?? null) : null,
                  expiresAt:
                    values.term === 'until' && values.expiresAt
                      ? values.expiresAt.format('YYYY-MM-DD')
                      : null,
                },
              }),
            {
              form,
              success: t('registration.recorded', { number: pledge!.registerNumber }),
              onDone,
            },
          )
        }
      >
        <Form.Item
          name="registrationNumber"
          label={t('registration.number')}
          extra={t('registration.numberHelp')}
          rules={[rules.required]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="registeredAt"
          label={t('registration.registeredAt')}
          rules={[rules.required]}
        >
          <DatePicker showTime format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('registration.amount')}
          rules={[rules.required, rules.yuan]}
        >
          <YuanInput />
        </Form.Item>
        <Form.Item name="term" label={t('registration.term')}>
          <Radio.Group
            options={[
              { value: 'months', label: t('registration.termMonths') },
              { value: 'until', label: t('registration.expiresAt') },
            ]}
          />
        </Form.Item>
        {term === 'months' ? (
          <Form.Item
            name="termMonths"
            label={t('registration.termMonths')}
            rules={[rules.required]}
          >
            <InputNumber min={1} max={360} precision={0} />
          </Form.Item>
        ) : (
          <Form.Item name="expiresAt" label={t('registration.expiresAt')} rules={[rules.required]}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
