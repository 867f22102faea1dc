/** Pieces the forms share: a button that opens a form in a dialog, an amount in yuan, and rules. */
import { Button, InputNumber, Modal, type FormInstance, type InputNumberProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { isPositiveYuan } from '../lib/money-input';

/** The catalogue's rules: a required field, and a positive amount in yuan with at most two decimals. */
export function useRules() {
  const { t } = useI18n();
  return {
    required: { required: true, message: t('form.required') },
    yuan: {
      validator: (_: unknown, v: string | undefined | null) =>
        v === undefined || v === null || v === '' || isPositiveYuan(v)
          ? Promise.resolve()
          : Promise.reject(new Error(t('form.positiveYuan'))),
    },
  };
}

/** An amount in yuan, kept as a string (never a float), two decimals. */
export function YuanInput(props: Omit<InputNumberProps<string>, 'stringMode'>) {
  return (
    <InputNumber<string>
      min="0.01"
      precision={2}
      prefix="¥"
      style={{ width: '100%' }}
      {...props}
      stringMode
    />
  );
}

/**
 * A primary button that opens a dialog with a form; OK submits the form (its onFinish runs the
 * mutation and calls close() when done).
 */
export function FormDialog({
  form,
  label,
  title,
  okText,
  loading,
  width = 820,
  disabled = false,
  onOpen,
  children,
}: {
  form: FormInstance;
  label: string;
  title: string;
  okText?: string;
  loading: boolean;
  width?: number;
  disabled?: boolean;
  onOpen?(): void;
  children(close: () => void): ReactNode;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="primary"
        disabled={disabled}
        onClick={() => {
          onOpen?.();
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <Modal
        open={open}
        title={title}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={okText ?? t('app.submit')}
        cancelText={t('app.cancel')}
        confirmLoading={loading}
        width={width}
        forceRender
      >
        {children(() => setOpen(false))}
      </Modal>
    </>
  );
}
