import crypto from 'node:crypto';
import { AppFailure, type AttachProofResult } from '../../../shared/contract';
import {
  documentNumbersIn,
  expectedLabel,
  latinNamePairs,
  matchProof,
  type ProofExpectation,
} from '../../../shared/filing/proof-match';
import type { JobContext } from '../context';
import type { HandlersFor } from '../handlers';
import { screenshotType } from './attempt-service';
import { looksLikePdf, pdfText } from '../files/pdf-text';
import type { ServiceDeps } from './deps';
import { invalid } from './filing-service';
import { noticeView } from './notices';

/**
 * The name a proof is stored and handed out under. Never the user's file's name: the portals
 * name their PDFs after the guest's document (vmp-U10063352.pdf), and a stored name reaches the
 * audit trail and every copy of the file (issue 19).
 */
export const proofFileName = (notificationId: number, type = 'application/pdf'): string =>
  `notice-${notificationId}.${EXTENSIONS[type] ?? 'pdf'}`;

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** Attaching the portal's notice PDF: read outside any transaction, kept in a short one. */
export function proofJobs(deps: ServiceDeps): HandlersFor<'notifications.attachProof'> {
  const { repos } = deps;

  // Whom the PDF names instead, best effort: a known document number, else a known name.
  const whoIsNamed = (text: string, self: ProofExpectation): string | null => {
    for (const number of documentNumbersIn(text)) {
      if (number === self.documentNumber) continue;
      const who = repos.proofs.guestWithDocument(number);
      if (who) return who;
    }
    for (const [a, b] of latinNamePairs(text)) {
      const who = repos.proofs.guestNamed(a, b);
      if (who) return who;
    }
    return null;
  };

  // Kept in a short transaction of its own, checked again there: the filing may have been undone
  // while the file was read.
  const keep = (
    notificationId: number,
    filingId: number,
    file: { fileId: string; name: string; bytes: Uint8Array },
    type: string,
    ctx: JobContext,
    matched: boolean,
  ): AttachProofResult => {
    const sha256 = crypto.createHash('sha256').update(file.bytes).digest('hex');
    ctx.note({ notificationId, sha256, type });
    const paper = repos.filings.live(notificationId)?.portal === 'paper';
    const proof = ctx.transaction((audit) => {
      const still = repos.filings.live(notificationId);
      if (!still || still.id !== filingId) throw invalid('notificationId', 'filing.not_filed');
      if (repos.proofs.ofFiling(filingId)) throw invalid('notificationId', 'filing.has_proof');
      const at = ctx.now().toISOString();
      const proofId = repos.proofs.insert({
        filingId,
        name: proofFileName(notificationId, type),
        type,
        sha256,
        bytes: file.bytes,
        matched,
        // A stamped paper copy is not matched by its text: nothing was confirmed against it.
        confirmedMismatch: !matched && !paper,
        at,
        staffId: ctx.staff.id,
      });
      repos.board.setFilingState(notificationId, 'proven', at);
      audit('notification.proof_attached', 'notification', notificationId, {
        filingId,
        proofId,
        // Kept beside the chain (PERSONAL_KEYS): erased with the guest.
        fileName: file.name,
        sha256,
        type,
        matched,
        confirmedMismatch: !matched && !paper,
      });
      return repos.proofs.ofFiling(filingId)!;
    });
    ctx.progress(2, 2);
    deps.files.delete(file.fileId);
    const { filingId: _f, ...view } = proof;
    return {
      attached: true,
      notice: noticeView(repos.notifications.get(notificationId)!, deps.calendar.get(), ctx.now()),
      proof: view,
    };
  };

  return {
    'notifications.attachProof': async ({ notificationId, fileId, confirmMismatch }, ctx) => {
      const file = { ...deps.files.get(fileId), bytes: deps.files.bytes(fileId) };
      const facts = repos.board.get(notificationId);
      if (!facts) throw new AppFailure('not_found');
      const filing = repos.filings.live(notificationId);
      if (!filing || filing.outcome !== 'filed')
        throw invalid('notificationId', 'filing.not_filed');
      // Filed on paper (domain.md §10): the proof is a scan or a photo of the stamped copy. An
      // image is kept as it is; a PDF is read only for its pages (a scan has no text to match).
      const paper = filing.portal === 'paper';
      const image = paper ? screenshotType(file.bytes) : null;
      if (!image && !looksLikePdf(file.bytes))
        throw new AppFailure(paper ? 'file.not_scan' : 'file.not_pdf');
      if (repos.proofs.ofFiling(filing.id)) throw invalid('notificationId', 'filing.has_proof');
      ctx.progress(0, 2);
      const text = image ? '' : await pdfText(file.bytes, deps.pdf);
      ctx.progress(1, 2);
      if (paper) {
        return keep(notificationId, filing.id, file, image ?? 'application/pdf', ctx, false);
      }
      const expected: ProofExpectation = {
        surname: facts.surname,
        givenNames: facts.givenNames,
        documentNumber: facts.document?.number ?? null,
      };
      const match = matchProof(text, expected);
      ctx.note({
        notificationId,
        sha256: crypto.createHash('sha256').update(file.bytes).digest('hex'),
        matched: match.matched,
        by: match.by,
      });
      if (!match.matched && !confirmMismatch) {
        ctx.note({ outcome: 'mismatch_refused' });
        return {
          attached: false,
          expected: expectedLabel(expected),
          found: match.noText ? null : whoIsNamed(text, expected),
          noText: match.noText,
        } satisfies AttachProofResult;
      }
      return keep(notificationId, filing.id, file, 'application/pdf', ctx, match.matched);
    },
  };
}
