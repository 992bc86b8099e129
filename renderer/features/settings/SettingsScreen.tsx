import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ScreenHeader } from '../../components/ScreenHeader';
import { AboutSettings } from './AboutSettings';
import { CalendarSettings } from './calendar/CalendarSettings';
import { HotelSettings } from './HotelSettings';
import { RulesSettings } from './rules/RulesSettings';
import { StaffSettings } from './staff/StaffSettings';
import { KeysSettings } from './keys/KeysSettings';
import { DesksSettings } from './desks/DesksSettings';
import classes from './settings.module.css';
import { TrustPanels, TrustTabs } from './audit/TrustSections';

const SECTIONS = ['hotel', 'calendar', 'rules', 'about'] as const;
const STAFF_SECTION = 'staff';
// Issue 23's section takes its label from the keys namespace.
const KEYS_SECTION = 'keys';
// Issue 22's section takes its label from the desks namespace.
const DESKS_SECTION = 'desks';
// Issue 11's sections take their labels from the trust namespace.
const TRUST = ['audit', 'backups', 'privacy'] as const;
type Section =
  | (typeof SECTIONS)[number]
  | (typeof TRUST)[number]
  | typeof STAFF_SECTION
  | typeof KEYS_SECTION
  | typeof DESKS_SECTION;

export function SettingsScreen() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('auth');
  const { t: tk } = useTranslation('keys');
  const { t: tdesk } = useTranslation('desks');
  const location = useLocation();
  const navigate = useNavigate();
  const current = ([...SECTIONS, ...TRUST, STAFF_SECTION, KEYS_SECTION, DESKS_SECTION].find((s) =>
    location.pathname.endsWith(`/${s}`),
  ) ?? 'hotel') as Section;
  return (
    <>
      <ScreenHeader title={t('screen.settings.title')} />
      <Tabs
        value={current}
        onChange={(v) => v && void navigate(`/settings/${v}`)}
        orientation="vertical"
        keepMounted={false}
        styles={{ tabLabel: { textAlign: 'left' } }}
        classNames={{ tab: classes.tab }}
      >
        <Tabs.List aria-label={t('settings.sections.label')} miw={220}>
          {SECTIONS.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`settings.sections.${s}`)}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value={STAFF_SECTION}>{ta('staff.section')}</Tabs.Tab>
          <Tabs.Tab value={KEYS_SECTION}>{tk('tab')}</Tabs.Tab>
          <Tabs.Tab value={DESKS_SECTION}>{tdesk('section')}</Tabs.Tab>
          <TrustTabs />
        </Tabs.List>
        <Tabs.Panel value="hotel" px="lg">
          <HotelSettings />
        </Tabs.Panel>
        <Tabs.Panel value="calendar" px="lg">
          <CalendarSettings />
        </Tabs.Panel>
        <Tabs.Panel value="rules" px="lg">
          <RulesSettings />
        </Tabs.Panel>
        <Tabs.Panel value="about" px="lg">
          <AboutSettings />
        </Tabs.Panel>
        <Tabs.Panel value={STAFF_SECTION} px="lg">
          <StaffSettings />
        </Tabs.Panel>
        <Tabs.Panel value={KEYS_SECTION} px="lg">
          <KeysSettings />
        </Tabs.Panel>
        <Tabs.Panel value={DESKS_SECTION} px="lg">
          <DesksSettings />
        </Tabs.Panel>
        <TrustPanels />
      </Tabs>
    </>
  );
}
