import { Kbd, Modal, Table } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SWITCH_STAFF_KEYS } from '../features/auth/SwitchStaff';

/** Keys typed into a field are the desk's text, not shortcuts. */
const editable = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export const CHECK_IN_KEY = 'F2';

/**
 * The keys that work everywhere: F2 opens Check-in (the desktop menu shows it too), `?` lists
 * every shortcut.
 */
export function Shortcuts() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === CHECK_IN_KEY && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        setOpen(false);
        void navigate('/check-in');
      } else if (e.key === '?' && !editable(e.target) && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
  const rows: Array<[string[], string]> = [
    [[CHECK_IN_KEY], t('shortcuts.checkIn')],
    [['Enter'], t('shortcuts.next')],
    [['Ctrl', 'Enter'], t('shortcuts.save')],
    [['Alt', 'N'], t('shortcuts.addMember')],
    [['Esc'], t('shortcuts.close')],
    [[...SWITCH_STAFF_KEYS], t('shortcuts.switchStaff')],
    [['?'], t('shortcuts.help')],
  ];
  return (
    <Modal opened={open} onClose={() => setOpen(false)} title={t('shortcuts.title')} size="md">
      <Table>
        <Table.Tbody>
          {rows.map(([keys, what]) => (
            <Table.Tr key={what}>
              <Table.Td w={120}>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && '+'}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
