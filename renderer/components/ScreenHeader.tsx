import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function ScreenHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Group justify="space-between" mb="md" wrap="nowrap">
      <Title order={1} size="h3" fw={600}>
        {title}
      </Title>
      {children}
    </Group>
  );
}
