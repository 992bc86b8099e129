import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInResult } from '../../../shared/contract';
import { ScreenHeader } from '../../components/ScreenHeader';
import { CheckInDone } from './CheckInDone';
import { CheckInForm } from './CheckInForm';
import { CheckInQueued } from './CheckInQueued';

type Step =
  | { kind: 'form'; run: number; mrz?: string }
  | { kind: 'done'; result: CheckInResult; run: number };

/** The desk's check-in: scan, complete, save; then the deadlines, and the next guest. */
export function CheckInScreen() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'form', run: 0 });
  const next = useCallback(
    (mrz?: string) => setStep((s) => ({ kind: 'form', run: s.run + 1, ...(mrz ? { mrz } : {}) })),
    [],
  );
  return (
    <>
      <ScreenHeader title={t('nav.checkIn')} />
      {step.kind === 'form' ? (
        <CheckInForm
          // A fresh form for each check-in: nothing of the last guest is carried over by mistake.
          key={step.run}
          initialMrz={step.mrz}
          onSaved={(result) => setStep((s) => ({ kind: 'done', result, run: s.run }))}
        />
      ) : step.result.queued ? (
        <CheckInQueued entry={step.result.queued} onNext={() => next()} />
      ) : (
        <CheckInDone result={step.result} onNext={next} />
      )}
    </>
  );
}
