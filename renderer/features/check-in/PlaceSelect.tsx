import { Grid, NativeSelect } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { rememberDeskPlace } from './desk-place';

/**
 * The stay's place of stay (domain.md §10, "Per place": the notice names the place where the
 * guest actually stays). Shown only when the host has two or more places: with one there is
 * nothing to choose and the form looks as it always did. A native select: arrow keys choose
 * without opening a list, and Enter moves on as in every other field.
 */
export function PlaceSelect({
  value,
  onChange,
  error,
  remember = false,
}: {
  value: number | null;
  onChange: (placeId: number | null) => void;
  error?: string;
  /** At check-in the choice becomes this desk's place; an edit corrects one stay only. */
  remember?: boolean;
}) {
  const { t } = useTranslation('places');
  const places = useApiQuery('places.list', {});
  const list = places.data ?? [];
  const valid = list.some((p) => p.id === value);
  const first = places.data?.[0]?.id ?? null;
  const loaded = places.data !== undefined;
  const count = places.data?.length ?? 0;
  useEffect(() => {
    if (!loaded) return;
    // A remembered place that was removed, or none yet: the first place, or the server's default.
    if (count > 1 && !valid && first !== null) onChange(first);
    if (count <= 1 && value !== null) onChange(null);
  }, [loaded, first, count, valid, value, onChange]);
  if (list.length < 2) return null;
  return (
    <Grid.Col span={{ base: 12, md: 6 }}>
      <NativeSelect
        label={t('select')}
        description={remember ? t('selectHint') : undefined}
        required
        data-path="placeId"
        value={valid ? String(value) : String(list[0]!.id)}
        onChange={(e) => {
          const id = Number(e.currentTarget.value);
          if (remember) rememberDeskPlace(id);
          onChange(id);
        }}
        data={list.map((p) => ({ value: String(p.id), label: p.name }))}
        error={error}
      />
    </Grid.Col>
  );
}
