import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat, type Language } from '../../../shared/contract';
import { call, onEvent } from '../../api/client';
import { downloadFile } from '../../api/files';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Range } from './range';

/** XLSX, CSV and PDF of the register, made in the core (a job) in the user's language. */
export function ExportButtons({ range }: { range: Range }) {
  const { t, i18n } = useTranslation('reports');
  const lang = i18n.language as Language;
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const exporting = useMutation({
    mutationFn: async (format: ExportFormat) => {
      setProgress(null);
      const result = await call('reports.export', { ...range, format, language: lang });
      await downloadFile(result.file);
      return result;
    },
  });
  const busy = exporting.isPending ? exporting.variables : null;
  useEffect(() => {
    if (!busy) return;
    return onEvent((m) => {
      if (m.event === 'job.progress' && m.payload.method === 'reports.export') {
        setProgress({ done: m.payload.done, total: m.payload.total });
      }
    });
  }, [busy]);
  return (
    <div>
      <Group gap="xs" role="group" aria-label={t('register.export')}>
        {EXPORT_FORMATS.map((f) => (
          <Button
            key={f}
            size="xs"
            variant={f === 'xlsx' ? 'filled' : 'default'}
            loading={busy === f}
            disabled={busy !== null && busy !== f}
            aria-label={t('register.exportAs', { format: f.toUpperCase() })}
            onClick={() => exporting.mutate(f)}
          >
            {f.toUpperCase()}
          </Button>
        ))}
      </Group>
      <Text size="xs" c="dark.5" role="status" mt={4} mih={18}>
        {busy
          ? `${t('register.exporting', { format: busy.toUpperCase() })}${
              progress && progress.total > 0 ? ` ${progress.done}/${progress.total}` : ''
            }`
          : exporting.data
            ? t('register.exported', { name: exporting.data.file.name, count: exporting.data.rows })
            : ''}
      </Text>
      {exporting.error && <ErrorAlert error={exporting.error} />}
    </div>
  );
}
