import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Sparkline } from './Sparkline';

const props = {
  times: [0, 60_000, 120_000],
  values: [0.9, 0.6, 0.3],
  from: 0,
  to: 120_000,
  width: 120,
  height: 18,
  color: '#3FDFD0',
  muted: '#444',
  annotationColor: '#00f',
  annotations: [],
  cursor: null,
  cursorColor: '#fff',
  timeZone: 'utc',
};

describe('Sparkline', () => {
  it('draws the threshold lines where they fall in the domain', () => {
    const { container } = render(<Sparkline {...props} thresholds={{ warning: 0.75, critical: 0.5 }} />);
    const lines = [...container.querySelectorAll('[data-threshold]')];
    expect(lines.map((l) => [l.getAttribute('data-threshold'), l.getAttribute('y1')])).toEqual([
      ['warning', String(1 + 0.25 * 16)],
      ['critical', String(1 + 0.5 * 16)],
    ]);
  });

  it('shows the hovered sample’s value and time, and hides it on leaving', () => {
    const onHover = jest.fn();
    const { container } = render(
      <Sparkline {...props} onHover={onHover} formatValue={(v) => `score ${v.toFixed(2)}`} />
    );
    const svg = container.querySelector('svg')!;
    fireEvent.mouseMove(svg, { clientX: 0 });
    expect(screen.getByTestId('sparkline-tooltip')).toHaveTextContent('score 0.90 · 00:00:00');
    expect(onHover).toHaveBeenLastCalledWith(0);
    fireEvent.mouseLeave(svg);
    expect(screen.queryByTestId('sparkline-tooltip')).toBeNull();
    expect(onHover).toHaveBeenLastCalledWith(null);
  });

  it('marks the pinned time', () => {
    const { container } = render(<Sparkline {...props} pinnedTime={60_000} />);
    expect(container.querySelector('[data-pinned-time]')).toHaveAttribute('x1', '60');
  });
});
