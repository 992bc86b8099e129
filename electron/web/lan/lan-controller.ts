import type { Core } from '../../core/core';
import { sharingSettings } from '../../core/desks/desk-service';
import { readTls, tlsDirFor } from '../../core/desks/tls-files';
import { startLanServer, type LanServer } from './lan-server';

export interface LanController {
  /** The listener running now, or null while sharing is off (or could not start). */
  current: () => LanServer | null;
  /** Settled once the listener matches the settings saved last. */
  settled: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Keeps the LAN listener in step with Settings › Desks: started when sharing is on and a
 * certificate is kept beside the data, moved when the address or port changes, stopped when
 * sharing is switched off. It follows the core's own change events (the `desks` root, or every
 * root after a restore), so the shell does nothing but start it.
 */
export function startLanController(options: {
  core: Core;
  onInternalError?: (where: string, err: unknown) => void;
  /** Told each time a listener starts (the shells print or show where). */
  onListening?: (server: LanServer) => void;
}): LanController {
  const { core } = options;
  let running: { key: string; server: LanServer } | null = null;
  let queue: Promise<void> = Promise.resolve();
  let closed = false;

  const wanted = () => {
    const s = sharingSettings(core.deps);
    const tls = s.enabled && s.address ? readTls(tlsDirFor(core.deps.dbPath)) : null;
    return tls ? { key: `${s.address}|${s.port}|${tls.fingerprint}`, s, tls } : null;
  };

  const reconcile = () => {
    queue = queue.then(async () => {
      const want = closed ? null : wanted();
      if (running && running.key === want?.key) return;
      if (running) {
        await running.server.close();
        running = null;
      }
      if (!want) return;
      try {
        const server = await startLanServer({
          core,
          host: want.s.address,
          port: want.s.port,
          tls: want.tls,
          onInternalError: options.onInternalError,
        });
        running = { key: want.key, server };
        options.onListening?.(server);
      } catch (err) {
        // The address left this PC, or the port is taken: sharing stays off until it changes.
        options.onInternalError?.('lan.listen', err);
      }
    });
    return queue;
  };

  const unsubscribe = core.subscribe((event, payload) => {
    if (event === 'data.changed' && (payload as { roots: string[] }).roots.includes('desks'))
      void reconcile();
  });
  void reconcile();
  return {
    current: () => running?.server ?? null,
    settled: () => queue,
    close: () => {
      closed = true;
      unsubscribe();
      return reconcile();
    },
  };
}
