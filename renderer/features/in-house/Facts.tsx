import type { ReactNode } from 'react';
import classes from './in-house.module.css';

/** Label–value pairs as a description list. */
export function Facts({ items }: { items: Array<[string, ReactNode] | false | null> }) {
  return (
    <dl className={classes.facts}>
      {items
        .filter((i): i is [string, ReactNode] => Array.isArray(i))
        .map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value === '' || value === null ? '—' : value}</dd>
          </div>
        ))}
    </dl>
  );
}
