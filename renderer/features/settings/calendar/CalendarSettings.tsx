import { Alert, Button, CloseButton, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CalendarChangeResult } from '../../../../shared/contract';
import { FIRST_YEAR, LAST_YEAR, kzDateOf, yearOf } from '../../../../shared/rules';
import { useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCalendarText } from './calendar-text';
import { DaysOffTable } from './DaysOffTable';
import { MovesSummary } from './MovesTable';
import { OverrideDialog } from './OverrideDialog';
import { OverridesTable } from './OverridesTable';
import { PastDays } from './PastDays';
import { YearGrid } from './YearGrid';
import { YearPicker } from './YearPicker';
import { YearStatus } from './YearStatus';

interface Done {
  kind: 'saved' | 'removed';
  date: string;
  result: CalendarChangeResult;
}

/** Settings → Working calendar: the year, its status and sources, and the owner's changes. */
export function CalendarSettings() {
  const { td, date } = useCalendarText();
  const [params, setParams] = useSearchParams();
  // The current year in Kazakhstan (UTC+5), whatever this PC's zone (domain.md §2).
  const asked = Number(params.get('year'));
  const year =
    Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= LAST_YEAR
      ? asked
      : yearOf(kzDateOf(new Date()));
  const view = useApiQuery('calendar.year', { year }, { placeholderData: keepPreviousData });
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<Done | null>(null);

  const setYear = (y: number) => {
    setDone(null);
    setParams({ year: String(y) }, { replace: true });
  };
  const finished = (kind: Done['kind']) => (result: CalendarChangeResult, day: string) => {
    setAdding(false);
    setDone({ kind, date: day, result });
    if (yearOf(day) !== year) setParams({ year: String(yearOf(day)) }, { replace: true });
  };

  return (
    <Stack gap="md" maw={980}>
      <Group justify="space-between">
        <YearPicker year={year} onChange={setYear} />
        <Button onClick={() => setAdding(true)}>{td('calendar:overrides.add')}</Button>
      </Group>
      <PastDays />
      {done && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          title={td(done.kind === 'saved' ? 'calendar:result.saved' : 'calendar:result.removed', {
            date: date(done.date),
          })}
        >
          <Group align="flex-start" wrap="nowrap" justify="space-between">
            <Stack gap={6} style={{ flex: 1 }}>
              <MovesSummary moved={done.result.moved} done />
            </Stack>
            <CloseButton aria-label={td('common:action.close')} onClick={() => setDone(null)} />
          </Group>
        </Alert>
      )}
      {view.error && <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />}
      {view.isPending && <Text size="sm">{td('common:state.loading')}</Text>}
      {view.data && (
        <>
          <YearStatus key={view.data.year} view={view.data} />
          <OverridesTable view={view.data} onRemoved={finished('removed')} />
          <YearGrid view={view.data} />
          <DaysOffTable view={view.data} />
        </>
      )}
      <OverrideDialog
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={finished('saved')}
      />
    </Stack>
  );
}
