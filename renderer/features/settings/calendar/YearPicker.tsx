import { ActionIcon, Group, Select } from '@mantine/core';
import { FIRST_YEAR, LAST_YEAR } from '../../../../shared/rules';
import { useCalendarText } from './calendar-text';

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i));

/** Previous / next buttons around a select of every year the calendar answers for. */
export function YearPicker({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  const { td } = useCalendarText();
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={td('calendar:year.previous')}
        title={td('calendar:year.previous')}
        disabled={year <= FIRST_YEAR}
        onClick={() => onChange(year - 1)}
      >
        <span aria-hidden="true">‹</span>
      </ActionIcon>
      <Select
        aria-label={td('calendar:year.label')}
        data={YEARS}
        value={String(year)}
        onChange={(v) => v && onChange(Number(v))}
        allowDeselect={false}
        w={96}
        maxDropdownHeight={280}
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={td('calendar:year.next')}
        title={td('calendar:year.next')}
        disabled={year >= LAST_YEAR}
        onClick={() => onChange(year + 1)}
      >
        <span aria-hidden="true">›</span>
      </ActionIcon>
    </Group>
  );
}
