/**
 * The questionnaire as a form: the scored items of each dimension, then the scenarios at levels
 * 0–4. Save a draft at any point and finish later; submit scores it (the server says what is
 * still missing, next to the question).
 */
import { useMutation } from '@apollo/client/react';
import {
  Affix,
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  InputNumber,
  Progress,
  Radio,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useAction } from '../../components/common';
import type { QuestionnaireQuery, SubmitAssessmentMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { answersInput, localized, progress, type AnswerValues } from '../../lib/assessment';
import { formatDateTime } from '../../lib/format';
import { SaveDraft, Submit } from './operations';

type Questionnaire = QuestionnaireQuery['questionnaire'];
type Item = Questionnaire['dimensions'][number]['groups'][number]['items'][number];
type Scenario = Questionnaire['scenarios'][number];

export function QuestionnaireForm({
  questionnaire: q,
  initial,
  savedAt,
  onSaved,
  onSubmitted,
}: {
  questionnaire: Questionnaire;
  initial: AnswerValues;
  /** When the open draft was last saved. */
  savedAt?: string | null;
  onSaved(): void;
  onSubmitted(result: SubmitAssessmentMutation['submitAssessment']): void;
}) {
  const { t, locale } = useI18n();
  const act = useAction();
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const [save, saving] = useMutation(SaveDraft);
  const [submit, submitting] = useMutation(Submit);
  const [done, setDone] = useState(() => progress(q, initial));
  const answers = () => answersInput(q, form.getFieldsValue(true) as AnswerValues);
  const answered = (_: unknown, value: unknown) =>
    value === undefined || value === null || value === ''
      ? Promise.reject(new Error(t('assessment.unanswered')))
      : Promise.resolve();

  const saveDraft = () =>
    void act(() => save({ variables: { answers: answers() } }), {
      form,
      success: (r) =>
        t('assessment.draftSaved', {
          answered: r.data?.saveAssessmentDraft.answered ?? done.answered,
          total: r.data?.saveAssessmentDraft.total ?? done.total,
        }),
      onDone: onSaved,
    });
  const submitAll = async () => {
    try {
      await form.validateFields();
    } catch (invalid) {
      const first = (invalid as { errorFields?: { name: (string | number)[] }[] }).errorFields;
      void message.warning(t('assessment.incomplete', { count: first?.length ?? 0 }));
      if (first?.[0]) form.scrollToField(first[0].name);
      return;
    }
    await act(
      async () => {
        const r = await submit({ variables: { answers: answers() } });
        return r.data?.submitAssessment;
      },
      {
        form,
        success: (r) =>
          r?.result
            ? t('assessment.submitted', { grade: localized(locale, r.result.grade) })
            : t('app.done'),
        onDone: (r) => r && onSubmitted(r),
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onValuesChange={() => setDone(progress(q, form.getFieldsValue(true) as AnswerValues))}
      data-testid="questionnaire"
    >
      <Alert type="info" showIcon title={localized(locale, q)} description={q.notice} />
      {q.dimensions.map((d) => (
        <Card
          key={d.id}
          size="small"
          style={{ marginTop: 16 }}
          title={`${localized(locale, d)} · ${t('assessment.maxPoints', { max: d.maxPoints })}`}
        >
          {d.groups.map((g) => (
            <div key={g.id}>
              <Typography.Title level={5}>{localized(locale, g)}</Typography.Title>
              {g.items.map((item) => (
                <ItemField key={item.id} item={item} validator={answered} />
              ))}
            </div>
          ))}
        </Card>
      ))}
      <Card size="small" style={{ marginTop: 16 }} title={t('assessment.scenarios')}>
        <Typography.Paragraph type="secondary">{t('assessment.scenarioHint')}</Typography.Paragraph>
        {q.scenarioGroups.map((g) => (
          <div key={g.id}>
            <Typography.Title level={5}>{localized(locale, g)}</Typography.Title>
            {q.scenarios
              .filter((s) => s.group === g.id)
              .map((s) => (
                <ScenarioField key={s.id} scenario={s} maxLevel={q.maxLevel} validator={answered} />
              ))}
          </div>
        ))}
      </Card>
      <Affix offsetBottom={0}>
        <div className="form-footer">
          <Progress
            percent={Math.round((done.answered / Math.max(done.total, 1)) * 100)}
            format={() => t('assessment.progress', done)}
            style={{ maxWidth: 320, margin: 0 }}
          />
          {savedAt && (
            <span className="muted">
              {t('assessment.lastSaved', { at: formatDateTime(savedAt) })}
            </span>
          )}
          <Space wrap>
            <Button onClick={saveDraft} loading={saving.loading}>
              {t('assessment.saveDraft')}
            </Button>
            <Button type="primary" onClick={() => void submitAll()} loading={submitting.loading}>
              {t('assessment.submit')}
            </Button>
          </Space>
        </div>
      </Affix>
    </Form>
  );
}

type Validator = (rule: unknown, value: unknown) => Promise<void>;

function ItemField({ item, validator }: { item: Item; validator: Validator }) {
  const { t, locale } = useI18n();
  const label = (
    <span>
      {localized(locale, item)} <Tag>{t('assessment.maxPoints', { max: item.maxPoints })}</Tag>
    </span>
  );
  const name = ['items', item.id];
  const rules = [{ validator }];
  if (item.type === 'CHOICE')
    return (
      <Form.Item name={name} label={label} rules={rules}>
        <Radio.Group
          options={item.options.map((o) => ({ value: o.id, label: localized(locale, o) }))}
        />
      </Form.Item>
    );
  if (item.type === 'CHECKLIST')
    return (
      <Form.Item name={name} label={label} rules={rules} extra={t('assessment.checkAny')}>
        <Checkbox.Group
          options={item.options.map((o) => ({ value: o.id, label: localized(locale, o) }))}
        />
      </Form.Item>
    );
  return (
    <Form.Item name={name} label={label} rules={rules}>
      <InputNumber min={0} max={100} precision={1} suffix="%" style={{ width: 140 }} />
    </Form.Item>
  );
}

function ScenarioField({
  scenario: s,
  maxLevel,
  validator,
}: {
  scenario: Scenario;
  maxLevel: number;
  validator: Validator;
}) {
  const { t, locale } = useI18n();
  const levels = useMemo(() => Array.from({ length: maxLevel + 1 }, (_, i) => i), [maxLevel]);
  const text = (level: number) => {
    const found = s.levels.find((l) => l.level === level);
    return found ? localized(locale, found) : t('assessment.level0Text');
  };
  return (
    <Form.Item
      label={
        <span>
          {localized(locale, s)}{' '}
          {s.mandatory && <Tag color="purple">{t('assessment.mandatory')}</Tag>}
        </span>
      }
      required
    >
      <Form.Item name={['scenarios', s.id]} rules={[{ validator }]} noStyle>
        <Radio.Group
          optionType="button"
          aria-label={localized(locale, s)}
          options={levels.map((level) => ({
            value: level,
            label: t('assessment.levelN', { level }),
            title: text(level),
          }))}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {({ getFieldValue }) => {
          const level = getFieldValue(['scenarios', s.id]) as number | undefined;
          return level === undefined ? null : (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {text(level)}
            </Typography.Paragraph>
          );
        }}
      </Form.Item>
    </Form.Item>
  );
}
