// One desk of the `lan` bench figure (issue 22), run as its own process as a desk is its own PC:
// proves its pairing code, signs in, and checks guests in one after another until its time is
// up, each with a document number of its own. Prints one JSON line: what the host acknowledged.
import { joinHost } from '../../electron/web/lan/desk-bridge';
import { DEVICE_HEADER } from '../../electron/web/lan/lan-server';
import { pinnedRequest } from '../../electron/web/lan/pinned-client';
import { SESSION_HEADER } from '../../electron/web/server';

const [url, fingerprint, code, from, staffId, pin, seconds, desk] = process.argv.slice(2);
const pairing = await joinHost({
  url: url!,
  fingerprint: fingerprint!,
  code: code!,
  localAddress: from,
});
const call = async (method: string, input: unknown, session?: string) => {
  const r = await pinnedRequest({
    url: url!,
    fingerprint: fingerprint!,
    method: 'POST',
    path: '/api/call',
    headers: { [DEVICE_HEADER]: pairing.token, ...(session ? { [SESSION_HEADER]: session } : {}) },
    body: JSON.stringify({ method, input }),
    localAddress: from,
  });
  return JSON.parse(r.body) as {
    ok: boolean;
    value?: { token?: string };
    error?: { code: string };
  };
};
const signed = await call('auth.signIn', { staffId: Number(staffId), secret: pin });
if (!signed.ok || !signed.value?.token)
  throw new Error(`sign-in refused: ${JSON.stringify(signed)}`);
const session = signed.value.token;
const until = Date.now() + Number(seconds) * 1000;
const acknowledged: string[] = [];
const refused: string[] = [];
for (let i = 0; Date.now() < until; i += 1) {
  const number = `L${desk}${String(i).padStart(6, '0')}`;
  const r = await call(
    'stays.checkIn',
    {
      room: `${Number(desk) + 1}${String(i % 100).padStart(2, '0')}`,
      checkInAt: '2026-03-20T09:30:00+05:00',
      plannedCheckOut: '2026-03-28',
      purposeCode: '11',
      guests: [
        {
          guestId: null,
          person: {
            surname: `LANBENCH${desk}`,
            givenNames: `GUEST ${i}`,
            patronymic: '',
            citizenship: 'DEU',
            birthDate: '1985-04-12',
            sex: 'F',
            phone: '',
            email: '',
          },
          document: {
            typeCode: '1',
            number,
            series: '',
            issuingState: 'DEU',
            issueDate: '2020-01-15',
            expiryDate: '2030-01-14',
          },
          onDocumentOf: null,
          visaNumber: '',
          visaValidUntil: null,
          entryDate: null,
          consent: true,
        },
      ],
    },
    session,
  );
  (r.ok ? acknowledged : refused).push(r.ok ? number : `${number}: ${r.error?.code}`);
}
console.log(
  JSON.stringify({
    desk: Number(desk),
    acknowledged,
    refused: refused.slice(0, 5),
    refusedCount: refused.length,
  }),
);
