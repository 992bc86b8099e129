// Every Mantine style: the first start is not the sign-in, whose few styles are all main.tsx has.
import '@mantine/core/styles.css';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, useNavigate } from 'react-router';
import { BUSINESS_SIZES, type HotelInput, type Portal } from '../../../shared/contract';
import { KZ_REGIONS } from '../../../shared/regions';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { signedIn } from '../auth/session-store';
import { NewSecretFields } from '../auth/NewSecretFields';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldErrors } from '../../components/use-field-errors';
import { StartChoice } from './JoinHost';

const EMPTY: HotelInput = { name: '', bin: '', address: '', region: '', businessSize: 'small' };

/**
 * A new database's first start: what the rest of the app needs (the host's details for the
 * notices, the business size for the fines, the owner's name for the history, the usual portal),
 * on one short screen that can be skipped and filled in later in Settings. While no owner has
 * a PIN (a new database, or the first start after the upgrade that brought sign-in) it also asks
 * the owner's PIN twice and signs them in; an upgraded database is asked for that alone.
 */
/** The first start before anyone has signed in: with a router of its own, as the shell has. */
export function FirstStart() {
  return (
    <BrowserRouter>
      <StartChoice newHotel={<WelcomeScreen />} />
    </BrowserRouter>
  );
}

export function WelcomeScreen() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('auth');
  const navigate = useNavigate();
  const finish = useApiMutation('setup.finish');
  const setup = useApiQuery('setup.get', {});
  const [hotel, setHotel] = useState<HotelInput>(EMPTY);
  const [ownerName, setOwnerName] = useState('');
  const [portal, setPortal] = useState<Portal>('eqonaq');
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  // Each failed save moves the focus to the first field in error, top to bottom (issue 20).
  const [failures, setFailures] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (failures > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failures]);
  const failed = () => setFailures((n) => n + 1);
  const secretNeeded = setup.data?.secretNeeded ?? false;
  // An upgraded database has its hotel already: only the owner's PIN is asked.
  const upgrade = secretNeeded && setup.data?.needed === false;
  const { fieldError, unplaced } = useFieldErrors(
    finish.error,
    mismatch ? [{ field: 'secretRepeat', code: 'secret.mismatch' }] : [],
  );
  const set = <K extends keyof HotelInput>(key: K, value: HotelInput[K]) =>
    setHotel((h) => ({ ...h, [key]: value }));
  const done = (state: { ownerId: number | null }) => {
    if (secretNeeded && state.ownerId !== null) {
      // The owner just chose the PIN: signed in with it at once (in the language picked here).
      void call('auth.signIn', { staffId: state.ownerId, secret }).then(signedIn, () => undefined);
    }
    void navigate('/in-house', { replace: true });
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (secretNeeded && secret !== repeat) {
      setMismatch(true);
      return failed();
    }
    setMismatch(false);
    // Without a hotel name the details wait for Settings; the rest is kept.
    const given = hotel.name.trim() && !upgrade ? hotel : null;
    const withSecret = secretNeeded ? { secret } : {};
    // Its promise, not mutate's callbacks: those are dropped once this screen unmounts, and the
    // saved setup (refetched as every query is after a write) swaps it for the sign-in screen
    // before they would run, which left the owner signed out after choosing a PIN.
    finish
      .mutateAsync({ hotel: given, ownerName, portal: upgrade ? null : portal, ...withSecret })
      .then(done, failed);
  };
  const skip = () => {
    finish.mutateAsync({ hotel: null, ownerName: '', portal: null }).then(done, () => undefined);
  };

  return (
    <Paper withBorder p="lg" maw={760} component="form" onSubmit={save} noValidate ref={form}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={1} size="h3">
            {upgrade ? ta('setup.upgradeTitle') : t('welcome.title')}
          </Title>
          <LanguageSwitch />
        </Group>
        <Text size="sm">{upgrade ? ta('setup.upgradeIntro') : t('welcome.intro')}</Text>
        {!upgrade && (
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('settings.hotel.name')}
              value={hotel.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={fieldError('hotel.name')}
              maxLength={200}
              data-autofocus
              autoFocus
            />
            <TextInput
              label={t('settings.hotel.bin')}
              description={t('settings.hotel.binHint')}
              value={hotel.bin}
              inputMode="numeric"
              onChange={(e) => set('bin', e.currentTarget.value)}
              error={fieldError('hotel.bin')}
              maxLength={12}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
            />
            <Select
              label={t('settings.hotel.region')}
              placeholder={t('settings.hotel.regionPlaceholder')}
              data={KZ_REGIONS.map((code) => ({ value: code, label: t(`region.${code}`) }))}
              value={hotel.region || null}
              onChange={(v) => set('region', v ?? '')}
              searchable
            />
            <TextInput
              label={t('settings.hotel.address')}
              value={hotel.address}
              onChange={(e) => set('address', e.currentTarget.value)}
              error={fieldError('hotel.address')}
              maxLength={300}
            />
            <Select
              label={t('settings.hotel.businessSize')}
              description={t('settings.hotel.businessSizeHint')}
              data={BUSINESS_SIZES.map((s) => ({ value: s, label: t(`settings.hotel.size.${s}`) }))}
              value={hotel.businessSize}
              onChange={(v) => v && set('businessSize', v as HotelInput['businessSize'])}
              allowDeselect={false}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
            />
            <TextInput
              label={t('welcome.ownerName')}
              description={t('welcome.ownerNameHint')}
              value={ownerName}
              onChange={(e) => setOwnerName(e.currentTarget.value)}
              error={fieldError('ownerName')}
              maxLength={100}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
            />
          </SimpleGrid>
        )}
        {secretNeeded && (
          <SimpleGrid cols={2} spacing="sm">
            <NewSecretFields
              label={ta('setup.secret')}
              secret={secret}
              repeat={repeat}
              onSecret={setSecret}
              onRepeat={setRepeat}
              secretError={fieldError('secret')}
              repeatError={fieldError('secretRepeat')}
            />
          </SimpleGrid>
        )}
        {!upgrade && (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="welcome-portal">
              {t('welcome.portal')}
            </Text>
            <SegmentedControl
              aria-labelledby="welcome-portal"
              value={portal}
              onChange={(v) => setPortal(v as Portal)}
              data={[
                { value: 'eqonaq', label: 'e-Qonaq' },
                { value: 'vmp', label: 'vmp.gov.kz' },
              ]}
              w={320}
            />
          </Stack>
        )}
        {unplaced ? <ErrorAlert error={unplaced} /> : null}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('welcome.later')}
          </Text>
          <Group gap="sm">
            {!secretNeeded && (
              <Button variant="default" onClick={skip} disabled={finish.isPending}>
                {t('welcome.skip')}
              </Button>
            )}
            <Button type="submit" loading={finish.isPending}>
              {secretNeeded ? ta('setup.save') : t('welcome.start')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
