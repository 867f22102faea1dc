/**
 * 导出 Excel: downloads a table as .xlsx, built on the server with every row the given filters
 * select (all pages), with the login token; a refusal shows its catalogue message.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useAuth } from '../lib/auth';
import { describeProblem, problemOf } from '../lib/errors';
import {
  exportFileName,
  exportProblem,
  exportUrl,
  type ExportFilters,
  type ExportTable,
} from '../lib/exports';

export function ExportButton({
  table,
  filters = {},
  disabled = false,
}: {
  table: ExportTable;
  filters?: ExportFilters;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const { token } = useAuth();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const fail = (problem: ReturnType<typeof problemOf>) => {
    const { key, vars } = describeProblem(problem);
    void message.error(t(key, vars));
  };
  const run = async () => {
    setBusy(true);
    try {
      const response = await fetch(exportUrl(table, filters), {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) {
        fail(exportProblem(response.status, await response.json().catch(() => null)));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName(response.headers.get('content-disposition'), table);
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      fail(problemOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      loading={busy}
      disabled={disabled}
      onClick={() => void run()}
      data-testid={`export-${table}`}
    >
      {t('app.exportExcel')}
    </Button>
  );
}
