/** Small pieces every page uses: money, status tags, loading / empty / error states, form errors. */
import { Alert, App, Button, Empty, Spin, Tag, Tooltip, type FormInstance } from 'antd';
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { describeProblem, formPathOf, problemOf } from '../lib/errors';
import { formatMoney, formatWan } from '../lib/format';

export function Money({
  value,
  wan = false,
}: {
  value: { amount: string; currency: string } | null | undefined;
  wan?: boolean;
}) {
  const { locale } = useI18n();
  if (!value) return <>—</>;
  if (!wan) return <span className="money">{formatMoney(value.amount, value.currency)}</span>;
  return (
    <Tooltip title={formatMoney(value.amount, value.currency)}>
      <span className="money">{formatWan(value.amount, locale, value.currency)}</span>
    </Tooltip>
  );
}

const COLOURS: Record<string, string> = {
  ACTIVE: 'green',
  INVITED: 'blue',
  SUSPENDED: 'orange',
  DECLINED: 'default',
  REMOVED: 'default',
  PLACED: 'blue',
  CONFIRMED: 'cyan',
  SHIPPED: 'geekblue',
  DELIVERED: 'green',
  INVOICED: 'purple',
  CANCELLED: 'default',
  REGISTERED: 'gold',
  DISPUTED: 'red',
  SPLIT: 'default',
  OVERDUE: 'red',
  SETTLED: 'green',
  REQUESTED: 'gold',
  APPROVED: 'cyan',
  DISBURSED: 'green',
  REPAID: 'default',
  RELEASED: 'default',
  REJECTED: 'red',
  GOODS_CONFIRMED: 'cyan',
  CLOSED: 'default',
  NONE: 'green',
  BELOW_CONTROL_LINE: 'orange',
  MARGIN_CALL: 'volcano',
  LIQUIDATION: 'red',
  REVOKED: 'default',
  EXPIRED: 'default',
};

/** A coloured tag for an enum value, labelled from the catalogue (`prefix.VALUE`). */
export function StatusTag({ prefix, value }: { prefix: string; value: string }) {
  const { tk } = useI18n();
  return (
    <Tag color={COLOURS[value] ?? 'default'} data-status={value}>
      {tk(prefix, value)}
    </Tag>
  );
}

/** The catalogue message for any error. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) => {
    const { key, vars } = describeProblem(problemOf(error));
    return t(key, vars);
  };
}

export function ErrorAlert({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useI18n();
  const text = useErrorText();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={text(error)}
      action={
        retry ? (
          <Button size="small" onClick={retry}>
            {t('app.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

/** Loading, error and empty states around a query's content. */
export function QueryState({
  loading,
  error,
  empty,
  retry,
  children,
}: {
  loading: boolean;
  error?: unknown;
  empty?: boolean;
  retry?: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  if (error) return <ErrorAlert error={error} retry={retry} />;
  if (loading && empty)
    return (
      <div className="state-box">
        <Spin description={t('app.loading')}>
          <div style={{ minHeight: 60 }} />
        </Spin>
      </div>
    );
  if (empty) return <Empty description={t('app.empty')} />;
  return <>{children}</>;
}

/**
 * Runs a write and tells the person what happened: the success message, or the catalogue
 * message for the error; with a form, the server's field error is shown next to that field.
 */
export function useAction() {
  const { message } = App.useApp();
  const text = useErrorText();
  return async function act<T>(
    run: () => Promise<T>,
    options: {
      /** Already translated; or a function of the result. */
      success?: string | ((value: T) => string);
      form?: FormInstance;
      onDone?: (value: T) => void;
    } = {},
  ): Promise<T | undefined> {
    try {
      const value = await run();
      if (options.success)
        void message.success(
          typeof options.success === 'function' ? options.success(value) : options.success,
        );
      options.onDone?.(value);
      return value;
    } catch (error) {
      const problem = problemOf(error);
      const form = options.form;
      const path = form && formPathOf(problem, form.getFieldsValue());
      if (form && path) {
        form.setFields([{ name: path, errors: [text(error)] }]);
        form.scrollToField(path);
      } else {
        void message.error(text(error));
      }
      return undefined;
    }
  };
}

/** A lazily loaded part of a page, with the loading state while its chunk arrives. */
export function LazyPart({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <QueryState loading empty>
          {null}
        </QueryState>
      }
    >
      {children}
    </Suspense>
  );
}

const Chart = lazy(() => import('./Chart'));

/** An AntV chart, loaded on first use (its own chunk). */
export function LazyChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense fallback={<div style={{ height: props.height ?? 220 }} />}>
      <Chart {...props} />
    </Suspense>
  );
}

/** A decimal amount as a number, for drawing a chart only (never for arithmetic or display). */
export const plotAmount = (amount: string) => Number(amount);
