import React, { memo, useState } from 'react';
import { css, cx } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import type { AnnotationMark } from '../model/annotations';
import type { CascadeNode } from '../model/types';
import { NodeCardFigures } from './NodeCardFigures';
import { statusColor } from './palette';
import { Sparkline } from './Sparkline';
import { nodeSparkProps } from './sparkProps';
import { StatusIcon } from './StatusIcon';
import type { ColorMode } from '../types';
import type { TimeZone } from '@grafana/schema';

export interface NodeCardProps {
  node: CascadeNode;
  x: number;
  y: number;
  width: number;
  height: number;
  colorMode: ColorMode;
  selected: boolean;
  /** The card that takes Tab focus (roving tabindex). */
  tabbable: boolean;
  /** Not lit by the selection: quieter border and background, the text still at full contrast. */
  dimmed: boolean;
  /** Held in view while the graph scrolls (a parent on the selected path): floats over the others. */
  pinned?: boolean;
  sparkline: {
    from: number;
    to: number;
    annotations: readonly AnnotationMark[];
    cursor: number | null;
    /** The moment pinned by the time control (the cursor when not live), marked solid; null when live. */
    pinnedTime: number | null;
    timeZone: TimeZone;
  } | null;
  impactUnit: string | null;
  onActivate: (id: string) => void;
  onFocusCard: (id: string) => void;
  /** Hovering the sparkline previews the whole cascade; absent, the card alone shows the hovered moment. */
  onHoverTime?: (time: number | null) => void;
}

// The card's accessible name is its own text (WCAG 2.5.3, label in name), completed by words only a
// screen reader needs: the tier, and what the numbers are.

function NodeCardView(p: NodeCardProps) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const { node } = p;
  const color = statusColor(theme, node.status, p.colorMode);
  const [hovered, setHovered] = useState<number | null>(null);
  const preview =
    hovered !== null && p.sparkline ? { time: hovered, to: p.sparkline.to, timeZone: p.sparkline.timeZone } : null;
  return (
    <div
      role="button"
      tabIndex={p.tabbable ? 0 : -1}
      aria-current={p.selected ? 'true' : undefined}
      data-node-id={node.id}
      data-status={node.status}
      data-dimmed={p.dimmed ? 'true' : undefined}
      data-pinned={p.pinned ? 'true' : undefined}
      className={cx(styles.card, p.selected && styles.selected, p.dimmed && styles.dimmed, p.pinned && styles.pinned)}
      style={{ left: p.x, top: p.y, width: p.width, height: p.height }}
      onClick={() => p.onActivate(node.id)}
      onFocus={() => p.onFocusCard(node.id)}
    >
      <div
        className={cx(styles.stripe, node.status === 'unknown' && styles.hatch)}
        style={{ background: node.status === 'unknown' ? undefined : color }}
      />
      <div className={styles.body}>
        <div className={styles.titleRow}>
          <StatusIcon status={node.status} color={color} glyph={theme.colors.getContrastText(color)} />
          <span className={styles.title} title={node.title} data-card-title="true">
            {node.title}
          </span>
          <span className={styles.srOnly}>, {node.tier} tier,</span>
        </div>
        <NodeCardFigures node={node} impactUnit={p.impactUnit} preview={preview} />
        {p.sparkline && (
          <Sparkline
            {...nodeSparkProps(node, theme, p.colorMode)}
            from={p.sparkline.from}
            to={p.sparkline.to}
            width={p.width - 22}
            height={18}
            color={color}
            muted={theme.colors.border.weak}
            annotationColor={theme.colors.primary.main}
            annotations={p.sparkline.annotations}
            cursor={p.sparkline.cursor}
            cursorColor={theme.colors.text.primary}
            pinnedTime={p.sparkline.pinnedTime}
            onHover={p.onHoverTime ?? setHovered}
          />
        )}
      </div>
    </div>
  );
}

/** One node of the cascade: status colour, icon and text, score, value in its unit, impact, sparkline. */
export const NodeCard = memo(NodeCardView);

const getStyles = (theme: GrafanaTheme2) => ({
  card: css({
    position: 'absolute',
    display: 'flex',
    overflow: 'hidden',
    cursor: 'pointer',
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    boxShadow: theme.shadows.z1,
    color: theme.colors.text.primary,
    fontSize: theme.typography.bodySmall.fontSize,
    textAlign: 'left',
    '&:hover': { borderColor: theme.colors.border.strong, background: theme.colors.action.hover },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}`, outlineOffset: 2 },
  }),
  selected: css({ borderColor: theme.colors.primary.border, boxShadow: `0 0 0 1px ${theme.colors.primary.border}` }),
  // De-emphasis without opacity: a quieter frame and stripe, the title in the secondary text colour,
  // which keeps text contrast at or above 4.5:1 (the harness measures it).
  dimmed: css({
    background: theme.colors.background.canvas,
    borderColor: theme.colors.border.weak,
    boxShadow: 'none',
    '& > div:first-child': { opacity: 0.4 },
    '& [data-card-title]': { color: theme.colors.text.secondary, fontWeight: theme.typography.fontWeightRegular },
  }),
  pinned: css({ zIndex: 1, boxShadow: theme.shadows.z3 }),
  srOnly: css({
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  }),
  stripe: css({ width: 4, flex: '0 0 4px' }),
  hatch: css({
    background: `repeating-linear-gradient(45deg, ${theme.colors.text.secondary} 0 3px, transparent 3px 6px)`,
  }),
  body: css({
    flex: 1,
    minWidth: 0,
    padding: theme.spacing(0.75, 1),
    display: 'flex',
    flexDirection: 'column',
    gap: 3,
  }),
  titleRow: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(0.75), minWidth: 0 }),
  title: css({
    fontWeight: theme.typography.fontWeightMedium,
    fontSize: theme.typography.body.fontSize,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  }),
});
