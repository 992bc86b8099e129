import { Badge, VisuallyHidden, type BadgeProps } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, NoticeView } from '../../../shared/contract';
import type { DynamicT } from '../use-error-text';
import { noticeLabel, type NoticeTone } from './deadline-format';

// Colour repeats the words, never replaces them (product.md). Filled for what needs action
// today, light for the rest.
const LOOK: Record<NoticeTone, Pick<BadgeProps, 'color' | 'variant'>> = {
  overdue: { color: 'red.8', variant: 'filled' },
  today: { color: 'orange.8', variant: 'filled' },
  soon: { color: 'yellow', variant: 'light' },
  later: { color: 'blue', variant: 'light' },
  filed: { color: 'teal', variant: 'light' },
  none: { color: 'gray', variant: 'outline' },
};

interface Props extends Omit<BadgeProps, 'color' | 'variant' | 'children' | 'style'> {
  style?: CSSProperties;
  /** A notice, or null where none is owed (a citizen of Kazakhstan). */
  notice: NoticeView | null;
}

/** "Overdue 1 working day", "Due today", "Due Wed 26 Mar", "Filed ✓", "Not required". */
export function NoticeBadge({ notice, style, ...rest }: Props) {
  const { t: tt, i18n } = useTranslation();
  const t = tt as unknown as DynamicT;
  const label = noticeLabel(t, notice, i18n.language as Language);
  const look = LOOK[label.tone];
  return (
    <Badge
      {...look}
      c={label.tone === 'soon' ? 'yellow.9' : undefined}
      tt="none"
      fw={600}
      radius="sm"
      size="md"
      title={label.provisional ? t('rules:calendar.deadline_provisional') : undefined}
      {...rest}
      style={{ ...(label.provisional ? { borderStyle: 'dashed', borderWidth: 1 } : {}), ...style }}
    >
      {label.text}
      {label.provisional && (
        <>
          <span aria-hidden="true"> *</span>
          <VisuallyHidden>, {t('stays:notice.provisional')}</VisuallyHidden>
        </>
      )}
    </Badge>
  );
}
