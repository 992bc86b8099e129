import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat, type Language } from '../../../shared/contract';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Range } from './range';
import { saveDownload } from './save-download';

/** XLSX, CSV and PDF of the register, made in the core in the user's language. */
export function ExportButtons({ range }: { range: Range }) {
  const { t, i18n } = useTranslation('reports');
  const lang = i18n.language as Language;
  const exporting = useMutation({
    mutationFn: (format: ExportFormat) =>
      call('reports.export', { ...range, format, language: lang }),
    onSuccess: saveDownload,
  });
  const busy = exporting.isPending ? exporting.variables : null;
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
          ? t('register.exporting', { format: busy.toUpperCase() })
          : exporting.data
            ? t('register.exported', { name: exporting.data.name, count: exporting.data.rows })
            : ''}
      </Text>
      {exporting.error && <ErrorAlert error={exporting.error} />}
    </div>
  );
}
