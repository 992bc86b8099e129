import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { useHasRole } from '../auth/use-session';
import { useCalendarText } from '../settings/calendar/calendar-text';

/**
 * The board's footer while provisional days of the working calendar have passed unconfirmed:
 * deadlines that counted them are still marked provisional until the owner confirms them.
 */
export function CalendarFooter() {
  const { td, date } = useCalendarText();
  const owner = useHasRole(['owner']);
  const past = useApiQuery('calendar.pastProvisional', {});
  const dates = past.data?.dates ?? [];
  if (dates.length === 0) return null;
  return (
    <Text component="footer" size="sm" c="orange.9" mt="md">
      {td('calendar:pastDays.footer', {
        count: dates.length,
        dates: dates.map(date).join(', '),
      })}{' '}
      {owner ? (
        <Anchor component={Link} to="/settings/calendar" size="sm">
          {td('calendar:pastDays.footerOwner')}
        </Anchor>
      ) : (
        td('calendar:pastDays.footerStaff')
      )}
    </Text>
  );
}
