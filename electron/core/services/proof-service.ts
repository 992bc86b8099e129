import crypto from 'node:crypto';
import { AppFailure, type AttachProofResult } from '../../../shared/contract';
import {
  documentNumbersIn,
  expectedLabel,
  latinNamePairs,
  matchProof,
  type ProofExpectation,
} from '../../../shared/filing/proof-match';
import type { HandlersFor } from '../handlers';
import { looksLikePdf, pdfText } from '../files/pdf-text';
import type { ServiceDeps } from './deps';
import { invalid } from './filing-service';
import { noticeView } from './notices';

/**
 * The name a proof is stored and handed out under. Never the user's file's name: the portals
 * name their PDFs after the guest's document (vmp-U10063352.pdf), and a stored name reaches the
 * audit trail and every copy of the file (issue 19).
 */
export const proofFileName = (notificationId: number): string => `notice-${notificationId}.pdf`;

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

  return {
    'notifications.attachProof': async ({ notificationId, fileId, confirmMismatch }, ctx) => {
      const file = { ...deps.files.get(fileId), bytes: deps.files.bytes(fileId) };
      if (!looksLikePdf(file.bytes)) throw new AppFailure('file.not_pdf');
      const facts = repos.board.get(notificationId);
      if (!facts) throw new AppFailure('not_found');
      const filing = repos.filings.live(notificationId);
      if (!filing || filing.outcome !== 'filed')
        throw invalid('notificationId', 'filing.not_filed');
      if (repos.proofs.ofFiling(filing.id)) throw invalid('notificationId', 'filing.has_proof');
      ctx.progress(0, 2);
      const text = await pdfText(file.bytes, deps.pdf);
      ctx.progress(1, 2);
      const expected: ProofExpectation = {
        surname: facts.surname,
        givenNames: facts.givenNames,
        documentNumber: facts.document?.number ?? null,
      };
      const match = matchProof(text, expected);
      const sha256 = crypto.createHash('sha256').update(file.bytes).digest('hex');
      ctx.note({ notificationId, sha256, matched: match.matched, by: match.by });
      if (!match.matched && !confirmMismatch) {
        ctx.note({ outcome: 'mismatch_refused' });
        return {
          attached: false,
          expected: expectedLabel(expected),
          found: match.noText ? null : whoIsNamed(text, expected),
          noText: match.noText,
        } satisfies AttachProofResult;
      }
      const proof = ctx.transaction((audit) => {
        // Checked again inside the write: the filing may have been undone while the PDF was read.
        const still = repos.filings.live(notificationId);
        if (!still || still.id !== filing.id) throw invalid('notificationId', 'filing.not_filed');
        if (repos.proofs.ofFiling(filing.id)) throw invalid('notificationId', 'filing.has_proof');
        const at = ctx.now().toISOString();
        const proofId = repos.proofs.insert({
          filingId: filing.id,
          name: proofFileName(notificationId),
          sha256,
          bytes: file.bytes,
          matched: match.matched,
          confirmedMismatch: !match.matched,
          at,
          staffId: ctx.staff.id,
        });
        repos.board.setFilingState(notificationId, 'proven', at);
        audit('notification.proof_attached', 'notification', notificationId, {
          filingId: filing.id,
          proofId,
          // Kept beside the chain (PERSONAL_KEYS): erased with the guest.
          fileName: file.name,
          sha256,
          matched: match.matched,
          confirmedMismatch: !match.matched,
        });
        return repos.proofs.ofFiling(filing.id)!;
      });
      ctx.progress(2, 2);
      deps.files.delete(fileId);
      const { filingId: _f, ...view } = proof;
      return {
        attached: true,
        notice: noticeView(
          repos.notifications.get(notificationId)!,
          deps.calendar.get(),
          ctx.now(),
        ),
        proof: view,
      } satisfies AttachProofResult;
    },
  };
}
