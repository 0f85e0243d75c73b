import React from 'react';
import { render, screen } from '@testing-library/react';
import { cascadeAt, indexFrames } from '../model/buildModel';
import { DEMO_END_MS, DEMO_WINDOW, demoFrames } from '../testing/demoFrames';
import { DriftHeatmap } from './DriftHeatmap';

const live = cascadeAt(indexFrames(demoFrames()), { at: DEMO_END_MS });
const from = DEMO_END_MS - (DEMO_WINDOW.points - 1) * DEMO_WINDOW.stepSeconds * 1000;

function heatmap(extra: Partial<React.ComponentProps<typeof DriftHeatmap>> = {}) {
  return render(
    <DriftHeatmap
      drift={live.drift}
      from={from}
      to={DEMO_END_MS}
      width={640}
      height={320}
      timeZone="utc"
      preferredModel="fraud"
      {...extra}
    />
  );
}

const rows = () => [...document.querySelectorAll('[data-drift-row]')].map((g) => g.getAttribute('data-drift-row'));

describe('DriftHeatmap', () => {
  it('has one row per feature, whatever its methods', () => {
    heatmap();
    const features = [...new Set(live.drift.filter((d) => d.model === 'fraud').map((d) => d.feature))].sort();
    expect(rows()).toEqual(features.map((f) => `fraud/${f}`));
  });

  it('puts the method and value in each cell’s tooltip, |z| for z-tests', () => {
    heatmap();
    const titles = [...document.querySelectorAll('[data-drift-row="fraud/card_present"] rect title')].map(
      (t) => t.textContent
    );
    expect(titles.length).toBeGreaterThan(1);
    expect(
      titles.every((t) => /^card_present · \d{4}-\d\d-\d\d \d\d:\d\d:\d\d · (\|z\| \d+\.\d+|no data)$/.test(t!))
    ).toBe(true);
    const amount = document.querySelector('[data-drift-row="fraud/amount"] rect title')!.textContent;
    expect(amount).toMatch(/ · (psi|ks) \d+\.\d{3}$/);
  });

  it('gives a cut label its whole name as tooltip', () => {
    heatmap();
    const label = document.querySelector('[data-drift-row="fraud/days_since_last_chargeback"] text')!;
    expect(label).toHaveAttribute('data-truncated', 'true');
    expect(label.textContent).toMatch(/…/);
    expect(label.querySelector('title')!.textContent).toBe('days_since_last_chargeback');
  });

  it('has a time axis and a numeric legend per method', () => {
    heatmap();
    const ticks = [...screen.getByTestId('drift-time-axis').querySelectorAll('text')].map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    ticks.forEach((t) => expect(t).toMatch(/^\d\d:\d\d$/));
    const legend = [...screen.getByTestId('drift-legend').querySelectorAll('[data-legend-method]')];
    expect(legend.map((g) => g.getAttribute('data-legend-method'))).toEqual(['ks', 'psi', 'z']);
    expect(legend.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent)[0])).toEqual([
      'ks',
      'psi',
      '|z|',
    ]);
    legend.forEach((g) => expect([...g.querySelectorAll('text')].pop()!.textContent).toMatch(/^\d+\.\d+$/));
  });

  it('opens on a selected node’s model, outlines its row, and marks the pinned time', () => {
    heatmap({ preferredModel: 'fraud', focus: { model: 'recs', feature: 'category' }, pinnedTime: from + 60_000 * 30 });
    expect(rows()[0]).toMatch(/^recs\//);
    expect(document.querySelector('[data-focused="true"]')).toHaveAttribute('data-drift-row', 'recs/category');
    expect(screen.getByTestId('drift-pinned-time').querySelector('title')!.textContent).toBe(
      'Pinned at 2025-11-13 01:44:20'
    );
  });
});
