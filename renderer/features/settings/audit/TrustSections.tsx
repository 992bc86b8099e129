import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditTrail } from './AuditTrail';
import { BackupsPanel } from './BackupsPanel';
import { PrivacyPanel } from '../privacy/PrivacyPanel';

/** The Settings tabs of issue 11 (kept here so SettingsScreen gains two lines, not a section). */
export function TrustTabs() {
  const { t } = useTranslation(['trust', 'privacy']);
  return (
    <>
      <Tabs.Tab value="audit">{t('tab')}</Tabs.Tab>
      <Tabs.Tab value="backups">{t('backup.title')}</Tabs.Tab>
      <Tabs.Tab value="privacy">{t('privacy:tab')}</Tabs.Tab>
    </>
  );
}

export function TrustPanels() {
  return (
    <>
      <Tabs.Panel value="audit" px="lg">
        <AuditTrail />
      </Tabs.Panel>
      <Tabs.Panel value="backups" px="lg">
        <BackupsPanel />
      </Tabs.Panel>
      <Tabs.Panel value="privacy" px="lg">
        <PrivacyPanel />
      </Tabs.Panel>
    </>
  );
}
