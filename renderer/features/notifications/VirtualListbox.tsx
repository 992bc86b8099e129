import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import classes from './notifications.module.css';

export type ListEntry<T> =
  { type: 'header'; key: string; content: ReactNode } | { type: 'option'; key: string; item: T };

interface Props<T> {
  label: string;
  entries: ListEntry<T>[];
  /** The row keyboard focus is on (the listbox's active descendant). */
  activeKey: string | null;
  onActiveChange: (key: string) => void;
  /** The row whose panel is open. */
  selectedKey: string | null;
  onOpen: (key: string) => void;
  renderOption: (item: T, state: { active: boolean; selected: boolean }) => ReactNode;
  listRef?: Ref<HTMLDivElement>;
  optionHeight: number;
  headerHeight: number;
}

const optionId = (key: string) => `lb-opt-${key}`;

/**
 * A listbox that renders only the rows in view (thousands of notices stay smooth). The listbox
 * itself keeps the focus and points at the active row with aria-activedescendant, so focus is
 * never lost when the focused row scrolls out and unmounts. Group headers are visual only: each
 * row says its own status in words, and the counts live in the summary above.
 */
export function VirtualListbox<T>(props: Props<T>) {
  const { entries, activeKey, onActiveChange, onOpen } = props;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const optionIndexes = entries.flatMap((e, i) => (e.type === 'option' ? [i] : []));
  const optionCount = optionIndexes.length;
  // Nothing here is memoized by hand, and the compiler skipping this component is what we want:
  // the virtualizer's measurements change on every scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (entries[i]?.type === 'header' ? props.headerHeight : props.optionHeight),
    overscan: 8,
    getItemKey: (i) => entries[i]?.key ?? i,
  });

  const activeIndex = entries.findIndex((e) => e.key === activeKey);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    const pos = optionIndexes.indexOf(activeIndex);
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? 400) / props.optionHeight) - 1,
    );
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = pos < 0 ? 0 : Math.min(optionCount - 1, pos + 1);
    else if (e.key === 'ArrowUp') next = pos < 0 ? 0 : Math.max(0, pos - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = optionCount - 1;
    else if (e.key === 'PageDown') next = Math.min(optionCount - 1, Math.max(0, pos) + page);
    else if (e.key === 'PageUp') next = Math.max(0, pos - page);
    else if ((e.key === 'Enter' || e.key === ' ') && activeKey) {
      e.preventDefault();
      onOpen(activeKey);
      return;
    }
    if (next === null || optionCount === 0) return;
    e.preventDefault();
    const entry = entries[optionIndexes[next]!];
    if (entry) onActiveChange(entry.key);
  };

  const setRefs = (el: HTMLDivElement | null) => {
    scrollRef.current = el;
    const r = props.listRef;
    if (typeof r === 'function') r(el);
    else if (r) r.current = el;
  };

  return (
    <div
      ref={setRefs}
      role="listbox"
      aria-label={props.label}
      tabIndex={0}
      aria-activedescendant={activeIndex >= 0 ? optionId(activeKey!) : undefined}
      className={classes.listbox}
      onKeyDown={move}
      onFocus={() => {
        // Landing on the list with nothing active starts at the open row, else the first.
        if (activeIndex < 0 && optionCount > 0) {
          const first = props.selectedKey ?? entries[optionIndexes[0]!]!.key;
          onActiveChange(first);
        }
      }}
    >
      <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const entry = entries[v.index]!;
          // Rows are measured as drawn: a row whose words wrap (a long list of what is
          // missing, a long name in Kazakh) takes the height it needs rather than being cut.
          const style = {
            position: 'absolute' as const,
            top: 0,
            left: 0,
            width: '100%',
            minHeight: entry.type === 'header' ? props.headerHeight : props.optionHeight,
            transform: `translateY(${v.start}px)`,
          };
          if (entry.type === 'header') {
            return (
              <div
                key={entry.key}
                ref={virtualizer.measureElement}
                data-index={v.index}
                aria-hidden="true"
                className={classes.groupHeader}
                style={style}
              >
                {entry.content}
              </div>
            );
          }
          const active = entry.key === activeKey;
          const selected = entry.key === props.selectedKey;
          return (
            <div
              key={entry.key}
              ref={virtualizer.measureElement}
              data-index={v.index}
              id={optionId(entry.key)}
              role="option"
              aria-selected={selected}
              aria-setsize={optionCount}
              aria-posinset={optionIndexes.indexOf(v.index) + 1}
              data-active={active || undefined}
              data-selected={selected || undefined}
              className={classes.option}
              style={style}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                scrollRef.current?.focus({ preventScroll: true });
                onActiveChange(entry.key);
                onOpen(entry.key);
              }}
            >
              {props.renderOption(entry.item, { active, selected })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
