import { Image } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pairingQrText, type PairingQr } from '../../../../shared/desks/pairing-qr';

/**
 * The code, the host's address and the fingerprint in one QR code for a tablet (issue 22):
 * drawn here as an SVG (the `qrcode` package, loaded when first needed), nothing fetched.
 */
export function PairingQrCode(props: PairingQr) {
  const { t } = useTranslation('desks');
  const [src, setSrc] = useState<string | null>(null);
  const text = pairingQrText(props);
  useEffect(() => {
    let live = true;
    void import('qrcode')
      .then((qr) => qr.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then((svg) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      });
    return () => {
      live = false;
    };
  }, [text]);
  if (!src) return null;
  return (
    <Image
      src={src}
      w={224}
      h={224}
      alt={t('add.qr', { url: props.url })}
      data-qr-text={text}
      style={{ imageRendering: 'pixelated', background: 'white' }}
    />
  );
}
