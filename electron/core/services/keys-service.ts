import {
  AppFailure,
  CERT_MAX_BYTES,
  type CertificateFacts,
  type EdsKeyView,
  type KeyWarning,
} from '../../../shared/contract';
import { keysOutlook, outlookOf } from '../../../shared/keys/key-expiry';
import { kzDateOf } from '../../../shared/rules';
import type { KeyRow, StoredCertificate } from '../db/repos/key-repo';
import { readCertificate } from '../files/certificate';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';
import { invalid } from './filing-service';

type KeyMethods =
  'keys.list' | 'keys.readCertificate' | 'keys.add' | 'keys.update' | 'keys.remove' | 'keys.status';

const view = (k: KeyRow, today: string): EdsKeyView => {
  const o = outlookOf(k, today);
  return { ...k, daysLeft: o.daysLeft, stage: o.stage };
};

const warning = (k: KeyRow, today: string): KeyWarning => {
  const o = outlookOf(k, today);
  return {
    id: k.id,
    holder: k.holder,
    purpose: k.purpose,
    expiresOn: k.expiresOn,
    daysLeft: o.daysLeft,
    stage: o.stage,
  };
};

/**
 * The host's EDS keys (issue 23): the owner records each one, with its certificate if they have
 * it, so the desk is warned before a key stops working. Without a working key nobody can sign in
 * to e-Qonaq or sign a notice on VMP, and the three working days run on regardless (domain.md
 * §5). Never the private key nor its password: readCertificate refuses any file holding one.
 */
export function keysHandlers(deps: ServiceDeps): HandlersFor<KeyMethods> {
  const { repos } = deps;
  const today = (now: Date) => kzDateOf(now);

  const certificateOf = (
    fileId: string,
  ): { facts: CertificateFacts; stored: StoredCertificate } => {
    const meta = deps.files.get(fileId);
    // Refused before its bytes are read: a large upload may lie on disk (file-store.ts).
    if (meta.size > CERT_MAX_BYTES) {
      throw new AppFailure('file.certificate_too_large', {
        params: { max: CERT_MAX_BYTES / 1024 },
      });
    }
    const { facts, der } = readCertificate(deps.files.bytes(fileId), meta.name);
    return {
      facts,
      stored: {
        subject: facts.subject,
        issuer: facts.issuer,
        serial: facts.serial,
        notAfter: facts.notAfter,
        sha256: facts.sha256,
        der,
      },
    };
  };

  return {
    'keys.list': (_input, ctx) => repos.keys.all().map((k) => view(k, today(ctx.now()))),

    'keys.readCertificate': ({ fileId }) => certificateOf(fileId).facts,

    'keys.add': (input, ctx) => {
      const cert = input.fileId ? certificateOf(input.fileId) : null;
      const expiresOn = cert?.facts.expiresOn ?? input.expiresOn;
      if (!expiresOn) throw invalid('expiresOn', 'required');
      const at = ctx.now().toISOString();
      const id = repos.keys.insert({
        holder: input.holder,
        purpose: input.purpose,
        expiresOn,
        at,
        staffId: ctx.staff.id,
      });
      if (cert) repos.keys.setCertificate(id, cert.stored);
      ctx.audit('keys.add', 'eds_key', id, {
        holder: input.holder,
        purpose: input.purpose,
        expiresOn,
        certificateSha256: cert?.facts.sha256 ?? null,
      });
      if (input.fileId) deps.files.delete(input.fileId);
      return view(repos.keys.get(id)!, today(ctx.now()));
    },

    'keys.update': (input, ctx) => {
      const before = repos.keys.get(input.id);
      if (!before) throw new AppFailure('not_found');
      const cert = input.fileId ? certificateOf(input.fileId) : null;
      const keeps = !cert && !input.removeCertificate && before.certificate !== null;
      // With a certificate, its end is the expiry: a typed date cannot contradict it.
      const expiresOn = cert?.facts.expiresOn ?? (keeps ? before.expiresOn : input.expiresOn);
      if (!expiresOn) throw invalid('expiresOn', 'required');
      repos.keys.update({
        id: input.id,
        holder: input.holder,
        purpose: input.purpose,
        expiresOn,
        at: ctx.now().toISOString(),
        staffId: ctx.staff.id,
      });
      if (cert) repos.keys.setCertificate(input.id, cert.stored);
      else if (input.removeCertificate) repos.keys.setCertificate(input.id, null);
      ctx.audit('keys.update', 'eds_key', input.id, {
        before: {
          holder: before.holder,
          purpose: before.purpose,
          expiresOn: before.expiresOn,
          certificateSha256: before.certificate?.sha256 ?? null,
        },
        holder: input.holder,
        purpose: input.purpose,
        expiresOn,
        certificateSha256: cert
          ? cert.facts.sha256
          : keeps
            ? (before.certificate?.sha256 ?? null)
            : null,
      });
      if (input.fileId) deps.files.delete(input.fileId);
      return view(repos.keys.get(input.id)!, today(ctx.now()));
    },

    'keys.remove': ({ id }, ctx) => {
      const before = repos.keys.get(id);
      if (!before || !repos.keys.remove(id)) throw new AppFailure('not_found');
      ctx.audit('keys.remove', 'eds_key', id, {
        holder: before.holder,
        purpose: before.purpose,
        expiresOn: before.expiresOn,
        certificateSha256: before.certificate?.sha256 ?? null,
      });
      return { removed: id };
    },

    'keys.status': (_input, ctx) => {
      const d = today(ctx.now());
      const keys = repos.keys.all();
      const { soonest } = keysOutlook(keys, d);
      return {
        today: d,
        soonest: soonest ? warning(soonest.key, d) : null,
        warnings: keys
          .map((k) => warning(k, d))
          .filter((w) => w.stage !== null)
          .sort((a, b) => a.daysLeft - b.daysLeft || a.id - b.id),
      };
    },
  };
}
