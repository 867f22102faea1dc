/**
 * Makes an improvement plan: target levels for scenarios, and tasks (title, owner, due date) —
 * or none, and the platform proposes the steps (小快轻准).
 */
import { useMutation } from '@apollo/client/react';
import { Button, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useAction } from '../../components/common';
import { FormDialog, useRules } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { localized, type Bilingual } from '../../lib/assessment';
import { PlanImprovement } from './operations';

interface PlanValues {
  targets: { scenarioId: string; level: number }[];
  tasks?: { title: string; scenarioId?: string; ownerCompanyId?: string; dueDate: Dayjs }[];
}

export function PlanButton({
  company,
  planner,
  scenarios,
  onDone,
}: {
  company: { id: string; name: string };
  /** The caller's company (the company itself or its leader). */
  planner: { id: string; name: string };
  /** The scenarios with the latest declared level. */
  scenarios: (Bilingual & { scenarioId: string; level: number })[];
  onDone(): void;
}) {
  const { t, locale } = useI18n();
  const act = useAction();
  const [form] = Form.useForm<PlanValues>();
  const [plan, planning] = useMutation(PlanImprovement);
  const { required } = useRules();
  const scenarioOptions = scenarios.map((s) => ({
    value: s.scenarioId,
    label: `${localized(locale, s)} (${t('assessment.levelN', { level: s.level })})`,
  }));
  const owners = [
    { value: company.id, label: company.name },
    ...(planner.id === company.id ? [] : [{ value: planner.id, label: planner.name }]),
  ];
  const weakest = [...scenarios].sort((a, b) => a.level - b.level)[0];
  const submit = (v: PlanValues, close: () => void) =>
    void act(
      () =>
        plan({
          variables: {
            input: {
              companyId: company.id,
              targets: v.targets,
              ...(v.tasks?.length
                ? {
                    tasks: v.tasks.map((task) => ({
                      title: task.title.trim(),
                      scenarioId: task.scenarioId ?? null,
                      ownerCompanyId: task.ownerCompanyId ?? company.id,
                      dueDate: task.dueDate.format('YYYY-MM-DD'),
                    })),
                  }
                : {}),
            },
          },
        }),
      {
        form,
        success: t('plan.created'),
        onDone: () => {
          close();
          form.resetFields();
          onDone();
        },
      },
    );
  return (
    <FormDialog
      form={form}
      label={t('plan.create')}
      title={t('plan.createTitle', { company: company.name })}
      loading={planning.loading}
      width={720}
    >
      {(close) => (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => submit(v, close)}
          initialValues={{
            targets: weakest
              ? [{ scenarioId: weakest.scenarioId, level: Math.min(4, weakest.level + 1) }]
              : [],
          }}
        >
          <Typography.Title level={5}>{t('plan.targets')}</Typography.Title>
          <Form.List name="targets">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item
                      name={[f.name, 'scenarioId']}
                      label={t('assessment.scenario')}
                      rules={[required]}
                    >
                      <Select style={{ width: 280 }} options={scenarioOptions} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'level']}
                      label={t('plan.targetLevel')}
                      rules={[required]}
                    >
                      <Select
                        style={{ width: 100 }}
                        options={[1, 2, 3, 4].map((level) => ({
                          value: level,
                          label: t('assessment.levelN', { level }),
                        }))}
                      />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button onClick={() => remove(f.name)}>{t('form.remove')}</Button>
                    )}
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add()} block style={{ marginBottom: 16 }}>
                  {t('plan.addTarget')}
                </Button>
              </>
            )}
          </Form.List>
          <Typography.Title level={5}>{t('plan.tasks')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('plan.tasksHint')}</Typography.Paragraph>
          <Form.List name="tasks">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item
                      name={[f.name, 'title']}
                      label={t('plan.task')}
                      rules={[{ ...required, whitespace: true }]}
                    >
                      <Input style={{ width: 220 }} maxLength={200} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'scenarioId']} label={t('assessment.scenario')}>
                      <Select style={{ width: 200 }} allowClear options={scenarioOptions} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'ownerCompanyId']} label={t('plan.owner')}>
                      <Select style={{ width: 160 }} options={owners} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'dueDate']}
                      label={t('plan.dueDate')}
                      rules={[required]}
                    >
                      <DatePicker format="YYYY-MM-DD" />
                    </Form.Item>
                    <Button onClick={() => remove(f.name)}>{t('form.remove')}</Button>
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ ownerCompanyId: company.id })} block>
                  {t('plan.addTask')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      )}
    </FormDialog>
  );
}
