import { Kbd, Modal, Table } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SWITCH_STAFF_KEYS } from '../features/auth/SwitchStaff';
// Plain constants in leaf modules: the first chunk takes none of those screens' code.
import { BOARD_LIST_KEY, boardListState } from '../features/notifications/board-keys';

/** Keys typed into a field are the desk's text, not shortcuts. */
const editable = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export const CHECK_IN_KEY = 'F2';

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.altKey && !e.metaKey;

/**
 * The keys that work everywhere: F2 opens Check-in, F3 the board's list (the desktop menu shows
 * both), `?` lists every shortcut, those of the screens included.
 */
export function Shortcuts() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === CHECK_IN_KEY && plain(e)) {
        e.preventDefault();
        setOpen(false);
        void navigate('/check-in');
      } else if (e.key === BOARD_LIST_KEY && plain(e)) {
        // Chromium's own F3 (find next) is kept from the page; an open notice stays open.
        e.preventDefault();
        setOpen(false);
        const onBoard = location.pathname.startsWith('/notifications');
        void navigate(
          { pathname: '/notifications', search: onBoard ? location.search : '' },
          { state: boardListState() },
        );
      } else if (e.key === '?' && !editable(e.target) && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, location]);
  // Every key the app answers to, in the order of a night's work; README's table is the same.
  const rows: Array<[string[], string]> = [
    [[CHECK_IN_KEY], t('shortcuts.checkIn')],
    [['Enter'], t('shortcuts.next')],
    [['Ctrl', 'Enter'], t('shortcuts.save')],
    [['Alt', 'N'], t('shortcuts.addMember')],
    [[BOARD_LIST_KEY], t('shortcuts.board')],
    [['↑ ↓'], t('shortcuts.listMove')],
    [['Enter'], t('shortcuts.listOpen')],
    [['Alt', 'C'], t('shortcuts.copyNext')],
    [['Ctrl', 'Enter'], t('shortcuts.markFiled')],
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
              <Table.Td w={140}>
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
