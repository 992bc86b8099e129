import { Stack, Text, Title } from '@mantine/core';

export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <Stack align="center" gap={4} py={64} c="dimmed">
      <Title order={2} size="h3" fw={500} c="dark.4">
        {title}
      </Title>
      {hint && (
        <Text size="sm" maw={460} ta="center">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
