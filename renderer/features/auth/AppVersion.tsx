import { Text } from '@mantine/core';
import { useApiQuery } from '../../api/hooks';

/**
 * The version in a corner of the sign-in and first-start screens, for a support call before
 * anyone can sign in. `app.info` is public for this; signed out it gives the version only. It is
 * also the call the packaged app's `--smoke` waits for (electron/main/smoke.ts).
 */
export function AppVersion() {
  const info = useApiQuery('app.info', {});
  if (!info.data) return null;
  return (
    // Clicks pass through: it never covers a control of the screen under it.
    <Text size="xs" c="dimmed" pos="fixed" bottom={8} right={12} style={{ pointerEvents: 'none' }}>
      Tirkeu {info.data.version}
    </Text>
  );
}
