import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppFailure, contract, type Result } from '../../shared/contract';
import { RulesError } from '../../shared/rules';
import type { Core } from '../../electron/core/core';
import type { WriteContext } from '../../electron/core/context';
import { createDispatcher, type Dispatch } from '../../electron/core/dispatcher';
import type { Handlers } from '../../electron/core/handlers';
import { checkInInput, guestEntry } from '../helpers/check-in';
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
      ctx.audit('hotel.save', 'settings', 'probe');
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
      ctx.audit('hotel.save', 'settings', 'probe');
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
      ctx.audit('hotel.save', 'settings', 'probe');
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

  it('tells listeners nothing about a read', async () => {
    h = harness(
      () => 'done',
      () => 'read',
    );
    expect(await h.dispatch('hotel.get', {})).toEqual({ ok: true, value: 'read' });
    expect(h.committed).toEqual([]);
  });

  it('commits and answers without any listener or logger', async () => {
    const core = memoryCore();
    const dispatch = createDispatcher({
      db: core.db,
      audit: core.repos.audit,
      handlers: {
        'settings.setLanguage': (_i: unknown, ctx: WriteContext) => {
          probe(core);
          ctx.audit('hotel.save', 'settings', 'probe');
          return 'done';
        },
      } as unknown as Handlers,
    });
    expect(await dispatch('settings.setLanguage', { language: 'kk' }, core.context())).toEqual({
      ok: true,
      value: 'done',
    });
    core.close();
  });

  it('tells listeners only once the write has committed', async () => {
    let seenInListener: unknown = 'not called';
    h = harness((_input, ctx) => {
      probe(h.core);
      ctx.audit('hotel.save', 'settings', 'probe');
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

  it('passes a coded failure from a handler through as it is, without logging it', async () => {
    h = harness(() => {
      throw new AppFailure('not_found', { params: { id: 7 } });
    });
    expect(await h.write()).toEqual({
      ok: false,
      error: { code: 'not_found', params: { id: 7 } },
    });
    expect(h.internal).toEqual([]);
  });

  it('reports a schema failure inside a handler as invalid input on its fields', async () => {
    h = harness(() => {
      z.object({ room: z.string() }).parse({ room: 1 });
    });
    expect(await h.write()).toEqual({
      ok: false,
      error: { code: 'api.invalid_input', issues: [{ field: 'room', code: 'invalid_type' }] },
    });
  });

  it('reports a plain error as internal, not as a rule the guest broke', async () => {
    h = harness(() => {
      throw Object.assign(new Error('bug'), { code: 'date.invalid', field: 'arrival' });
    });
    expect(await h.write()).toEqual({ ok: false, error: { code: 'internal' } });
    expect(h.internal).toHaveLength(1);
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
    const names = [
      [Object.create(null), 'object'],
      [{ toString: 1 }, 'object'],
      [Symbol('x'), 'Symbol(x)'],
      [null, 'null'],
      [42, '42'],
      ['hotel.drop', 'hotel.drop'],
    ] as const;
    for (const [method, printed] of names) {
      expect(await settle(h.dispatch(method, {}))).toEqual({
        ok: false,
        error: { code: 'api.unknown_method', params: { method: printed } },
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

describe('the dispatcher naming what is wrong with an input', () => {
  let core: Core;
  let h: ReturnType<typeof harness>;
  afterEach(() => {
    core?.close();
    h?.core.close();
  });
  const hotel = { name: 'Hotel', bin: '', address: '', region: '', businessSize: 'small' };

  it('gives each issue its dotted field, a translatable code and the limit of a too-long value', async () => {
    core = memoryCore();
    const r = await core.call('hotel.save', {
      ...hotel,
      name: 'x'.repeat(201),
      address: 42,
      businessSize: '',
      extra: 1,
      other: 2,
    });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'api.invalid_input',
        issues: expect.arrayContaining([
          { field: 'name', code: 'too_long', params: { max: 200 } },
          { field: 'address', code: 'invalid_type' },
          { field: 'businessSize', code: 'invalid_value' },
          { field: 'extra,other', code: 'unknown_field' },
        ]),
      },
    });
    const empty = await core.call('hotel.save', { ...hotel, name: '' });
    expect(empty).toMatchObject({ error: { issues: [{ field: 'name', code: 'required' }] } });
    const deep = await core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'X'.repeat(300) })]),
    );
    expect(deep).toMatchObject({
      error: { issues: [{ field: 'guests.0.person.surname', code: 'too_long' }] },
    });
  });

  it('refuses an input that cannot be read with one issue on the whole input', async () => {
    h = harness(() => 'done');
    const trap = Object.defineProperty({}, 'language', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    expect(await h.dispatch('settings.setLanguage', trap)).toEqual({
      ok: false,
      error: { code: 'api.invalid_input', issues: [{ field: '', code: 'invalid_type' }] },
    });
  });
});
