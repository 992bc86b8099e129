import { createContext, useContext, useEffect } from 'react';

/**
 * Tells the stay drawer a dialog is open over it. Mantine closes every open modal and drawer on
 * the same Esc (each listens on the window); the drawer stands aside while a dialog is open, so
 * Esc closes the dialog only.
 */
export const DialogOpenContext = createContext<(delta: 1 | -1) => void>(() => undefined);

export function useDialogOpen(opened: boolean) {
  const report = useContext(DialogOpenContext);
  useEffect(() => {
    if (!opened) return;
    report(1);
    return () => report(-1);
  }, [opened, report]);
}
