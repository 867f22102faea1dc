/**
 * "Take my data away": a company ADMIN downloads everything about its company as one archive
 * (GET /takeaway/archive — JSON per entity, CSV per table, a manifest with counts and SHA-256).
 * The server audits the export; errors show their catalogue message by code.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useAuth } from '../../lib/auth';
import { describeProblem, problemOf } from '../../lib/errors';

export const TAKEAWAY_PATH = '/takeaway/archive';

/** The file name the server gives in content-disposition, else a plain one. */
const fileNameOf = (disposition: string | null) =>
  /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'chainlift-archive.zip';

export function TakeawayButton() {
  const { t } = useI18n();
  const { token } = useAuth();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const response = await fetch(TAKEAWAY_PATH, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as {
          error?: { code?: string; message?: string };
        };
        const { key, vars } = describeProblem(
          problemOf({
            errors: [
              {
                message: body.error?.message ?? '',
                extensions: { code: body.error?.code ?? 'UNKNOWN' },
              },
            ],
          }),
        );
        void message.error(t(key, vars));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response.headers.get('content-disposition'));
      link.click();
      URL.revokeObjectURL(url);
      void message.success(t('takeaway.done'));
    } catch (error) {
      const { key, vars } = describeProblem(problemOf(error));
      void message.error(t(key, vars));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      loading={busy}
      title={t('takeaway.hint')}
      onClick={() => void download()}
      data-testid="takeaway"
    >
      {t('takeaway.button')}
    </Button>
  );
}
