// The board's global key, in a module of its own: the shell's first chunk imports it, not the
// board's screen.

/** From any screen: the Notifications board, with the cursor in its list. */
export const BOARD_LIST_KEY = 'F3';

/** Navigation state asking the board to put the cursor in its list; a new one each press. */
export interface BoardListState {
  focusList: number;
}

export const boardListState = (): BoardListState => ({ focusList: Date.now() });

export const isBoardListState = (s: unknown): s is BoardListState =>
  typeof s === 'object' && s !== null && typeof (s as BoardListState).focusList === 'number';
