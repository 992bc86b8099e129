import { createCore } from './electron/core/core';
import { seedDemo } from './electron/core/demo/seed-demo';
const now = new Date('2026-03-26T07:00:00Z');
for (let i = 0; i < 2; i++) {
const core = createCore({ dbFile: ':memory:', now: () => now });
let t = performance.now();
await seedDemo(core, now);
console.log('seed ms', Math.round(performance.now() - t));
t = performance.now();
for (let j = 0; j < 10; j++) await core.call('notifications.board', {});
console.log('board ms', Math.round((performance.now() - t) / 10));
t = performance.now();
for (let j = 0; j < 10; j++) await core.call('notifications.counts', {});
console.log('counts ms', Math.round((performance.now() - t) / 10));
core.close();
}
