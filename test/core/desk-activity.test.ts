import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeskActivity } from '../../electron/core/desk-activity';

/** Whether `p` has settled once what a timer that just fired queued has run (a ms later). */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(1);
  return done;
}

describe('the desk’s activity, which start-up work gives way to', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());
  const desk = () => createDeskActivity({ now: () => Date.now(), quietMs: 400, maxWaitMs: 1000 });
  const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

  it('gives a turn at once when nothing has been asked', async () => {
    expect(await settled(desk().turn())).toBe(true);
  });

  it('holds the turn while requests keep coming, and gives it once they stop', async () => {
    const d = desk();
    d.touch();
    const turn = d.turn();
    expect(await settled(turn)).toBe(false);
    await advance(300);
    d.touch();
    await advance(300);
    expect(await settled(turn)).toBe(false);
    await advance(100);
    expect(await settled(turn)).toBe(true);
  });

  it('gives the turn after the longest wait even when the desk never goes quiet', async () => {
    const d = desk();
    d.touch();
    const turn = d.turn();
    for (let i = 0; i < 9; i += 1) {
      await advance(99);
      d.touch();
      expect(await settled(turn)).toBe(false);
    }
    await advance(100);
    expect(await settled(turn)).toBe(true);
  });
});
