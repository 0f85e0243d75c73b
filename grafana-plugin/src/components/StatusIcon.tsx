import React from 'react';
import type { Status } from '../model/status';

interface Props {
  status: Status;
  color: string;
  /** Glyph colour, contrasting with `color`. */
  glyph: string;
  /** Pixels; never below `MIN_ICON_SIZE`. */
  size?: number;
}

/** The smallest icon drawn: below 14 px the four shapes stop being told apart at a glance. */
export const MIN_ICON_SIZE = 14;

/**
 * A status badge whose shape differs per status (circle ✓, triangle !, octagon ✕, dashed circle ?), so
 * the status reads without colour. Decorative: the status is also written out in text next to it.
 */
export function StatusIcon({ status, color, glyph, size = 16 }: Props) {
  const px = Math.max(MIN_ICON_SIZE, size);
  return (
    <svg width={px} height={px} viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-status-icon={status}>
      {status === 'ok' && (
        <>
          <circle cx="8" cy="8" r="7.5" fill={color} />
          <path
            d="M4.5 8.2l2.3 2.3 4.7-4.9"
            fill="none"
            stroke={glyph}
            strokeWidth="1.9"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
      {status === 'warning' && (
        <>
          <path d="M8 0.8l7.4 13.6H0.6z" fill={color} strokeLinejoin="round" />
          <path d="M8 5.6v4.2" stroke={glyph} strokeWidth="1.9" strokeLinecap="round" />
          <circle cx="8" cy="12.2" r="1.05" fill={glyph} />
        </>
      )}
      {status === 'critical' && (
        <>
          <path d="M5 0.5h6l4.5 4.5v6L11 15.5H5L0.5 11V5z" fill={color} />
          <path d="M5.4 5.4l5.2 5.2M10.6 5.4l-5.2 5.2" stroke={glyph} strokeWidth="1.9" strokeLinecap="round" />
        </>
      )}
      {status === 'unknown' && (
        <>
          <circle cx="8" cy="8" r="6.8" fill="none" stroke={color} strokeWidth="1.5" strokeDasharray="2.6 1.8" />
          <path
            d="M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4"
            fill="none"
            stroke={color}
            strokeWidth="1.5"
            strokeLinecap="round"
          />
          <circle cx="8" cy="11.7" r=".95" fill={color} />
        </>
      )}
    </svg>
  );
}
