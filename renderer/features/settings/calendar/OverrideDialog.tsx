import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type {
  CalendarChangeResult,
  FieldIssue,
  MovedNotice,
  OverrideInput,
} from '../../../../shared/contract';
import { ApiError, call } from '../../../api/client';
import { useApiMutation } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { maskDayText, parseDayText, useCalendarText } from './calendar-text';
import { MovesSummary } from './MovesTable';

interface Props {
  opened: boolean;
  onClose: () => void;
  onSaved: (result: CalendarChangeResult, date: string) => void;
}

interface Draft {
  date: string;
  working: 'off' | 'working';
  source: string;
  note: string;
}

const EMPTY: Draft = { date: '', working: 'off', source: '', note: '' };

/**
 * Add a day off or make a day working, with its source. Before saving it shows which open
 * deadlines the change moves and asks to confirm (domain.md §3, Tirkeu's reading).
 */
export function OverrideDialog({ opened, onClose, onSaved }: Props) {
  const { td } = useCalendarText();
  return (
    <Modal opened={opened} onClose={onClose} title={td('calendar:form.title')} size="xl">
      {opened && <OverrideForm onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function OverrideForm({ onClose, onSaved }: Omit<Props, 'opened'>) {
  const { td, date: fmt, weekday, issue } = useCalendarText();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [localIssues, setLocalIssues] = useState<FieldIssue[]>([]);
  const [step, setStep] = useState<'form' | 'preview'>('form');
  const preview = useMutation<MovedNotice[], Error, OverrideInput>({
    mutationFn: (input) => call('calendar.previewOverride', input),
    onSuccess: () => setStep('preview'),
  });
  const save = useApiMutation('calendar.saveOverride');

  const iso = parseDayText(draft.date);
  const toInput = (d: Draft): OverrideInput => ({
    date: parseDayText(d.date) ?? '',
    working: d.working === 'working',
    source: d.source,
    note: d.note,
  });
  const failed = save.error ?? preview.error;
  const serverIssues = failed instanceof ApiError ? (failed.error.issues ?? []) : [];
  const issues = localIssues.length ? localIssues : serverIssues;
  const fieldError = (field: string) => {
    const found = issues.find((i) => i.field === field);
    return found ? issue(found, draft.working === 'working') : undefined;
  };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setLocalIssues([]);
    preview.reset();
    save.reset();
  };

  const check = (e: FormEvent) => {
    e.preventDefault();
    const local: FieldIssue[] = [];
    if (!iso) local.push({ field: 'date', code: draft.date ? 'date.invalid' : 'required' });
    if (!draft.source.trim()) local.push({ field: 'source', code: 'required' });
    setLocalIssues(local);
    if (local.length === 0) preview.mutate(toInput(draft));
  };
  const confirm = () =>
    save.mutate(toInput(draft), { onSuccess: (result) => onSaved(result, iso!) });

  if (step === 'preview' && preview.data && iso) {
    return (
      <Stack gap="sm">
        <Text size="sm">
          <strong>{`${weekday(iso)} ${fmt(iso)}`}</strong>
          {' — '}
          {td(draft.working === 'working' ? 'calendar:kind.working' : 'calendar:kind.off')}
          {'. '}
          {td('calendar:overrides.source')}: {draft.source.trim()}
        </Text>
        <MovesSummary moved={preview.data} />
        {save.error && <ErrorAlert error={save.error} />}
        {serverIssues.map((i) => (
          <Text key={i.field + i.code} size="sm" c="red.8" role="alert">
            {issue(i, draft.working === 'working')}
          </Text>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setStep('form')}>
            {td('calendar:form.back')}
          </Button>
          {/* The preview replaced the form: focus goes to the one action left to take. */}
          <Button onClick={confirm} loading={save.isPending} autoFocus>
            {td('calendar:form.save')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={check} noValidate>
      <Stack gap="sm">
        <Group align="flex-start" grow>
          <TextInput
            label={td('calendar:form.date')}
            description={td('calendar:form.dateHint')}
            placeholder={td('calendar:form.dateHint')}
            required
            value={draft.date}
            onChange={(e) => set('date', maskDayText(e.currentTarget.value))}
            error={fieldError('date')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            data-autofocus
          />
          <Radio.Group
            label={td('calendar:form.becomes')}
            value={draft.working}
            onChange={(v) => set('working', v as Draft['working'])}
            error={fieldError('working')}
          >
            <Group gap="lg" mt={8}>
              <Radio value="off" label={td('calendar:form.off')} />
              <Radio value="working" label={td('calendar:form.working')} />
            </Group>
          </Radio.Group>
        </Group>
        <TextInput
          label={td('calendar:form.source')}
          description={td('calendar:form.sourceHint')}
          required
          value={draft.source}
          onChange={(e) => set('source', e.currentTarget.value)}
          error={fieldError('source')}
          maxLength={300}
        />
        <TextInput
          label={td('calendar:form.note')}
          description={td('calendar:form.noteHint')}
          value={draft.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          error={fieldError('note')}
          maxLength={500}
        />
        {preview.error && !serverIssues.length && <ErrorAlert error={preview.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {td('common:action.cancel')}
          </Button>
          <Button type="submit" loading={preview.isPending}>
            {td('calendar:form.check')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
