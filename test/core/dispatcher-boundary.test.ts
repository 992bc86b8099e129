import { afterEach, describe, expect, it } from 'vitest';
import { contract, type Result } from '../../shared/contract';
import { RulesError } from '../../shared/rules';
import type { Core } from '../../electron/core/core';
import type { WriteContext } from '../../electron/core/context';
import { createDispatcher, type Dispatch } from '../../electron/core/dispatcher';
import type { Handlers } from '../../electron/core/handlers';
import { memoryCore } from '../helpers/core';

type Handler = (input: unknown, ctx: WriteContext) => unknown;

/**
 * A dispatcher over a real database whose `settings.setLanguage` (a write) and `hotel.get`
 * (a read) are the given handlers, to prove what the dispatcher does around any handler.
 */
function harness(write: Handler, read: Handler = () => null) {
  const core = memoryCore();
  const internal: Array<{ method: string; err: unknown }> = [];
  const committed: string[] = [];
  let listener: (domain: string) => void = (domain) => void committed.push(domain);
  const dispatch: Dispatch = createDispatcher({
    db: core.db,
    audit: core.repos.audit,
    handlers: { 'settings.setLanguage': write, 'hotel.get': read } as unknown as Handlers,
    onCommitted: (domain) => listener(domain),
    onInternalError: (method, err) => void internal.push({ method, err }),
  });
  return {
    core,
    internal,
    committed,
    setListener: (l: (domain: string) => void) => (listener = l),
    write: () => dispatch('settings.setLanguage', { language: 'kk' }, core.context()),
    dispatch: (method: unknown, input: unknown) =>
      dispatch(method as string, input, core.context()),
    saved: () => core.repos.settings.get<string>('probe'),
  };
}

const probe = (core: Core) => core.repos.settings.put('probe', 'written');

describe('the dispatcher around a write', () => {
  let h: ReturnType<typeof harness>;
  afterEach(() => h?.core.close());

  it('commits a synchronous, audited write and tells listeners its domain', async () => {
    h = harness((_input, ctx) => {
      probe(h.core);
      ctx.audit('probe', 'settings', 'probe');
      return 'done';
    });
    expect(await h.write()).toEqual({ ok: true, value: 'done' });
    expect(h.saved()).toBe('written');
    expect(h.committed).toEqual(['settings']);
    expect(h.internal).toEqual([]);
  });

  it('refuses and rolls back a write that recorded no audit entry', async () => {
    h = harness(() => {
      probe(h.core);
      return 'done';
    });
    expect(await h.write()).toEqual({ ok: false, error: { code: 'internal' } });
    expect(h.saved()).toBeNull();
    expect(h.committed).toEqual([]);
    expect(String(h.internal[0]?.err)).toMatch(/recorded no audit entry/);
  });

  it('refuses and rolls back an async write handler, whatever it awaited', async () => {
    h = harness(async (_input, ctx) => {
      probe(h.core);
      ctx.audit('probe', 'settings', 'probe');
      await Promise.resolve();
      return 'done';
    });
    expect(await h.write()).toEqual({ ok: false, error: { code: 'internal' } });
    expect(h.saved()).toBeNull();
    expect(h.committed).toEqual([]);
    expect(String(h.internal[0]?.err)).toMatch(/must not be async/);
  });

  it('reports a committed write as saved even when a listener throws, and logs the throw', async () => {
    h = harness((_input, ctx) => {
      probe(h.core);
      ctx.audit('probe', 'settings', 'probe');
      return 'done';
    });
    const boom = new Error('listener failed');
    h.setListener(() => {
      throw boom;
    });
    expect(await h.write()).toEqual({ ok: true, value: 'done' });
    expect(h.saved()).toBe('written');
    expect(h.internal).toEqual([{ method: 'settings.setLanguage', err: boom }]);
  });

  it('tells listeners only once the write has committed', async () => {
    let seenInListener: unknown = 'not called';
    h = harness((_input, ctx) => {
      probe(h.core);
      ctx.audit('probe', 'settings', 'probe');
      return 'done';
    });
    h.setListener(() => {
      seenInListener = h.core.db.inTransaction;
    });
    await h.write();
    expect(seenInListener).toBe(false);
  });
});

describe('the dispatcher turning failures into values', () => {
  let h: ReturnType<typeof harness>;
  afterEach(() => h?.core.close());

  it('maps a rules error to `invalid` with the field, code and parameters of the rule', async () => {
    h = harness(() => {
      throw new RulesError('date.out_of_range', {
        field: 'arrival',
        params: { value: '2041-01-02', min: '2012-01-01', max: '2040-12-31' },
      });
    });
    expect(await h.write()).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        issues: [
          {
            field: 'arrival',
            code: 'date.out_of_range',
            params: { value: '2041-01-02', min: '2012-01-01', max: '2040-12-31' },
          },
        ],
      },
    });
    expect(h.internal).toEqual([]);
  });

  it('maps a rules error without field or parameters to an issue on no field', async () => {
    h = harness(
      () => null,
      () => {
        throw new RulesError('citizenship.unknown');
      },
    );
    expect(await h.dispatch('hotel.get', {})).toEqual({
      ok: false,
      error: { code: 'invalid', issues: [{ field: '', code: 'citizenship.unknown' }] },
    });
  });

  it('reports anything else thrown, even null, as internal and logs it', async () => {
    h = harness(() => {
      throw null;
    });
    expect(await h.write()).toEqual({ ok: false, error: { code: 'internal' } });
    expect(h.internal).toEqual([{ method: 'settings.setLanguage', err: null }]);
  });

  it('still answers `internal` when the error logger itself throws', async () => {
    const core = memoryCore();
    const dispatch = createDispatcher({
      db: core.db,
      audit: core.repos.audit,
      handlers: {
        'hotel.get': () => {
          throw new TypeError('bug');
        },
      } as unknown as Handlers,
      onInternalError: () => {
        throw new Error('log disk full');
      },
    });
    expect(await dispatch('hotel.get', {}, core.context())).toEqual({
      ok: false,
      error: { code: 'internal' },
    });
    core.close();
  });
});

describe('the dispatcher facing hostile input', () => {
  let h: ReturnType<typeof harness>;
  afterEach(() => h?.core.close());
  const settle = (p: Promise<Result<unknown>>) =>
    p.then(
      (r) => r,
      (err: unknown) => ({ threw: String(err) }),
    );

  it('refuses a method name that is not a string, even one that cannot be printed', async () => {
    h = harness(() => 'done');
    for (const method of [Object.create(null), { toString: 1 }, Symbol('x'), null, 42]) {
      expect(await settle(h.dispatch(method, {}))).toMatchObject({
        ok: false,
        error: { code: 'api.unknown_method' },
      });
    }
  });

  it('refuses an input whose reading throws as invalid input', async () => {
    h = harness(() => 'done');
    const trap = {
      get language(): string {
        throw new Error('getter');
      },
    };
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('proxy');
        },
        get: () => {
          throw new Error('proxy');
        },
      },
    );
    for (const input of [trap, proxy]) {
      expect(await settle(h.dispatch('settings.setLanguage', input))).toMatchObject({
        ok: false,
        error: { code: 'api.invalid_input' },
      });
    }
    expect(h.saved()).toBeNull();
  });

  it('refuses a 20,000-deep array in a field of every method as invalid input', async () => {
    const core = memoryCore();
    let deep: unknown = 'x';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const answers = new Set<string>();
    for (const [method, spec] of Object.entries(contract)) {
      const shape = (spec.input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      for (const field of Object.keys(shape).length ? Object.keys(shape) : ['x']) {
        const r = await settle(core.call(method, { [field]: deep }));
        answers.add('ok' in r && !r.ok ? r.error.code : JSON.stringify(r).slice(0, 80));
      }
      const raw = await settle(core.call(method, deep));
      answers.add('ok' in raw && !raw.ok ? raw.error.code : JSON.stringify(raw).slice(0, 80));
    }
    core.close();
    expect([...answers]).toEqual(['api.invalid_input']);
  });
});
