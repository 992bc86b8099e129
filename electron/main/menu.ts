import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/contract';
import { translate } from '../../shared/locales';

/** The application menu in the acting staff member's language. */
export function buildMenu(lang: Language): Menu {
  const t = (key: string) => translate(lang, `menu.${key}`);
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('file'),
      submenu: [
        {
          // The renderer owns the shortcut (renderer/app/Shortcuts.tsx); the menu shows it and
          // hands the key on, since an accelerator keeps the key from the page.
          label: t('checkIn'),
          accelerator: 'F2',
          click: () =>
            void BrowserWindow.getFocusedWindow()?.webContents.executeJavaScript(
              "window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F2' }))",
            ),
        },
        {
          label: t('board'),
          accelerator: 'F3',
          click: () =>
            void BrowserWindow.getFocusedWindow()?.webContents.executeJavaScript(
              "window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F3' }))",
            ),
        },
        { type: 'separator' },
        { role: 'quit', label: t('quit') },
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { role: 'reload', label: t('reload') },
        { type: 'separator' },
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { role: 'resetZoom', label: t('resetZoom') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('fullscreen') },
      ],
    },
    { label: t('window'), submenu: [{ role: 'minimize', label: t('minimize') }] },
    { label: t('help'), submenu: [{ role: 'about', label: t('about') }] },
  ];
  return Menu.buildFromTemplate(template);
}
