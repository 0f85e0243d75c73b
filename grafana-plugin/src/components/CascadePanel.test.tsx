import React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FieldType, toDataFrame } from '@grafana/data';
import { CascadePanel } from './CascadePanel';
import { demoPanelProps } from '../testing/panelProps';
import { demoFrames } from '../testing/demoFrames';

const card = (id: string) => document.querySelector<HTMLElement>(`[data-node-id="${id}"]`)!;

describe('CascadePanel', () => {
  it('shows every status with its colour stripe, icon shape and text', () => {
    render(<CascadePanel {...demoPanelProps()} />);
    for (const [id, status, text] of [
      ['revenue_assurance', 'critical', 'Critical'],
      ['customer_impact', 'warning', 'Warning'],
      ['compliance_exposure', 'ok', 'OK'],
      ['partner_sla', 'unknown', 'Unknown'],
    ]) {
      const c = card(id);
      expect(c).toHaveAttribute('data-status', status);
      expect(c.querySelector(`[data-status-icon="${status}"]`)).not.toBeNull();
      expect(within(c).getByText(text)).toBeInTheDocument();
      expect(c).toHaveAccessibleName(expect.stringContaining(`tier, ${text} score`));
    }
  });

  it('shows score, value in its unit and money at risk', () => {
    render(<CascadePanel {...demoPanelProps()} />);
    expect(within(card('fraud.dq.missing_ratio')).getByText('3.40%')).toBeInTheDocument();
    fireEvent.click(card('group:fraud.serving'));
    expect(within(card('fraud.serving.latency_p99')).getByText('180 ms')).toBeInTheDocument();
    expect(within(card('revenue_assurance')).getByText('$23.4K/h at risk')).toBeInTheDocument();
    expect(within(card('partner_sla')).getByText('impact unknown')).toBeInTheDocument();
    expect(screen.getByTestId('impact-total')).toHaveTextContent('≥ $27.4K/h');
  });

  it('drills down on click: focuses the subtree, grows the breadcrumb, opens the details', () => {
    render(<CascadePanel {...demoPanelProps()} />);
    fireEvent.click(card('revenue_assurance'));
    expect(card('customer_impact')).toBeNull();
    expect(card('fraud.drift.amount')).not.toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Cascade focus' });
    expect(within(nav).getByText('Revenue assurance')).toHaveAttribute('aria-current', 'page');
    const details = screen.getByTestId('details-pane');
    expect(within(details).getByText('Why is this critical?')).toBeInTheDocument();
    // The details line says the rate's period in words; cards and the header total use a suffix.
    expect(details).toHaveTextContent(/\$23\.4K of \$120\.0K per hour/);
    expect(
      within(details).getByRole('button', { name: /Fraud · input drift ?, Critical, share of the deficit 57%/ })
    ).toBeInTheDocument();
    fireEvent.click(within(nav).getByText('All nodes'));
    expect(card('customer_impact')).not.toBeNull();
  });

  it('follows only http(s) playbook links; a javascript: runbook stays text', () => {
    const frames = demoFrames().map((f) => {
      if (f.refId !== 'D') {
        return f;
      }
      const runbook = f.fields.find((x) => x.name === 'runbook_url')!;
      const node = f.fields.find((x) => x.name === 'node')!;
      const values = runbook.values.map((v: string, i: number) =>
        node.values[i] === 'fraud.drift.amount' ? 'javascript:alert(1)' : v
      );
      return { ...f, fields: f.fields.map((x) => (x === runbook ? { ...x, values } : x)) };
    });
    render(<CascadePanel {...demoPanelProps({}, frames)} />);
    fireEvent.click(card('fraud.drift.amount'));
    const details = screen.getByTestId('details-pane');
    expect(within(details).getByText('javascript:alert(1) (not followed)')).toBeInTheDocument();
    expect(details.querySelector('a[href^="javascript"]')).toBeNull();
    fireEvent.change(screen.getByRole('searchbox', { name: /Filter nodes/ }), { target: { value: 'latency' } });
    fireEvent.click(card('fraud.serving.latency_p99'));
    expect(
      within(screen.getByTestId('details-pane')).getByRole('link', { name: /runbooks\.example\.com/ })
    ).toHaveAttribute('href', 'https://runbooks.example.com/mlhealth/fraud.serving.latency_p99');
  });

  it('moves between cards with the arrow keys and opens one with Enter', () => {
    render(<CascadePanel {...demoPanelProps()} />);
    act(() => card('partner_sla').focus());
    fireEvent.keyDown(card('partner_sla'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(card('revenue_assurance'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(card('fraud.drift'));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(screen.getByTestId('details-pane')).toHaveAccessibleName('Details of Fraud · input drift');
    // Enter drilled to Revenue assurance › Fraud · input drift; Escape climbs one level at a time.
    fireEvent.keyDown(card('fraud.drift'), { key: 'Escape' });
    expect(card('customer_impact')).toBeNull();
    fireEvent.keyDown(card('fraud.drift'), { key: 'Escape' });
    expect(card('customer_impact')).not.toBeNull();
  });

  it('shows the executive view (business and component tiers only)', () => {
    render(<CascadePanel {...demoPanelProps({ tiers: ['business', 'component'] })} />);
    expect(card('fraud.drift')).not.toBeNull();
    expect(card('fraud.drift.amount')).toBeNull();
  });

  it('opens on the root node option and draws sparklines only when asked', () => {
    const { container } = render(
      <CascadePanel {...demoPanelProps({ rootNode: 'fraud.serving', showSparklines: false })} />
    );
    expect(card('revenue_assurance')).toBeNull();
    expect(card('fraud.serving.error_ratio')).not.toBeNull();
    // Without sparklines a card holds one drawing: its status icon.
    const drawings = [...container.querySelectorAll('[data-node-id]')].map((c) => c.querySelectorAll('svg').length);
    expect(drawings).toEqual([1, 1, 1]);
  });

  it('uses the colour-vision-safe palette by default and Grafana’s named colours when asked', () => {
    const { unmount } = render(<CascadePanel {...demoPanelProps()} />);
    const stripe = () => card('revenue_assurance').firstElementChild as HTMLElement;
    expect(stripe().style.background).toBe('rgb(206, 38, 6)');
    unmount();
    render(<CascadePanel {...demoPanelProps({ colorMode: 'grafana' })} />);
    expect(stripe().style.background).toBe('rgb(242, 73, 92)');
  });

  it('shows the cascade as it was when the time cursor moves back', () => {
    render(<CascadePanel {...demoPanelProps()} />);
    expect(screen.getByRole('slider', { name: 'Cascade time: live, 02:13:20' })).toBeInTheDocument();
    expect(screen.queryByTestId('time-state-bar')).toBeNull();
    fireEvent.change(screen.getByRole('slider', { name: /^Cascade time/ }), { target: { value: '5' } });
    expect(card('revenue_assurance')).toHaveAttribute('data-status', 'ok');
    expect(screen.getByTestId('cursor-time')).toHaveTextContent('01:19:20');
    expect(screen.getByRole('slider', { name: 'Cascade time: 01:19:20' })).toHaveAttribute(
      'aria-valuetext',
      '01:19:20'
    );
    expect(screen.getByTestId('time-state-bar')).toHaveTextContent('Showing 01:19:20 · Back to live');
    fireEvent.click(within(screen.getByTestId('time-state-bar')).getByRole('button', { name: 'Back to live' }));
    expect(card('revenue_assurance')).toHaveAttribute('data-status', 'critical');
    expect(screen.queryByTestId('time-state-bar')).toBeNull();
  });

  it('steps back 1 min, 5 min and 1 h from the moment shown, and never past the first sample', () => {
    render(<CascadePanel {...demoPanelProps()} />);
    fireEvent.click(screen.getByRole('button', { name: /show 5 minutes earlier/i }));
    expect(screen.getByTestId('cursor-time')).toHaveTextContent('02:08:20');
    fireEvent.click(screen.getByRole('button', { name: /show 1 minute earlier/i }));
    expect(screen.getByTestId('cursor-time')).toHaveTextContent('02:07:20');
    fireEvent.click(screen.getByRole('button', { name: /show 1 hour earlier/i }));
    expect(screen.getByRole('button', { name: /show 1 hour earlier/i })).toBeDisabled();
    expect(screen.getByTestId('time-state-bar')).toHaveTextContent(/^Showing 01:1\d:\d\d/);
  });

  it('collapses ok base signals into per-parent summaries that expand, and filters by feature', () => {
    render(<CascadePanel {...demoPanelProps()} />);
    const summary = card('group:fraud.serving');
    expect(summary).toHaveTextContent(/\d+ ok/);
    expect(summary).toHaveAttribute('aria-expanded', 'false');
    expect(card('fraud.serving.latency_p99')).toBeNull();
    fireEvent.click(summary);
    expect(card('fraud.serving.latency_p99')).not.toBeNull();
    expect(card('group:fraud.serving')).toHaveAttribute('aria-expanded', 'true');
    fireEvent.change(screen.getByRole('searchbox', { name: /Filter nodes/ }), {
      target: { value: 'merchant_category' },
    });
    expect(card('fraud.drift.merchant_category')).not.toBeNull();
    expect(card('fraud.drift.amount')).toBeNull();
    expect(card('revenue_assurance')).not.toBeNull();
    // A filter matching nothing keeps its box, to change or clear it.
    fireEvent.change(screen.getByRole('searchbox', { name: /Filter nodes/ }), { target: { value: 'zzz' } });
    expect(screen.getByText('No node matches “zzz”.')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('searchbox', { name: /Filter nodes/ }), { target: { value: '' } });
    expect(card('customer_impact')).not.toBeNull();
  });

  it('renders node titles as text, never as markup', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'Time', type: FieldType.time, values: [Date.UTC(2025, 10, 13, 2, 13, 20)] },
        {
          name: 'Value',
          type: FieldType.number,
          values: [1],
          labels: {
            __name__: 'mlhealth_node_info',
            node: 'x',
            tier: 'business',
            title: '<img src=x onerror=alert(1)>',
          },
        },
      ],
    });
    const { container } = render(<CascadePanel {...demoPanelProps({}, [frame])} />);
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it('says what to query when there is no mlhealth data', () => {
    render(<CascadePanel {...demoPanelProps({}, [])} />);
    expect(screen.getByRole('status')).toHaveTextContent('No mlhealth_* series in the query results.');
  });

  it('renders only the visible part of a 1,000-node cascade', () => {
    const { scaledCascade } = jest.requireActual('../testing/scaledCascade');
    const { cascadeQueries } = jest.requireActual('../testing/syntheticCascade');
    const { promQueriesToFrames } = jest.requireActual('../testing/prometheusFrames');
    const { DEMO_WINDOW } = jest.requireActual('../testing/demoFrames');
    const frames = promQueriesToFrames(cascadeQueries(scaledCascade(1000), DEMO_WINDOW));
    const { container } = render(<CascadePanel {...demoPanelProps({}, frames)} />);
    const cards = container.querySelectorAll('[data-node-id]').length;
    expect(cards).toBeGreaterThan(20);
    expect(cards).toBeLessThan(120);
    expect(screen.getByTestId('cascade-graph')).toHaveAccessibleName(/Cascade of 1000 nodes/);
  });

  it('gives spare width to lanes of the base tier, each row holding one parent’s group, no two cards on one spot', () => {
    const { scaledCascade } = jest.requireActual('../testing/scaledCascade');
    const { cascadeQueries } = jest.requireActual('../testing/syntheticCascade');
    const { promQueriesToFrames } = jest.requireActual('../testing/prometheusFrames');
    const { DEMO_WINDOW } = jest.requireActual('../testing/demoFrames');
    const frames = promQueriesToFrames(cascadeQueries(scaledCascade(1000), DEMO_WINDOW));
    const { container } = render(<CascadePanel {...demoPanelProps({}, frames, { width: 2000, height: 900 })} />);
    const cards = [...container.querySelectorAll<HTMLElement>('[data-node-id]')];
    const spots = cards.map((c) => `${c.style.left},${c.style.top}`);
    expect(new Set(spots).size).toBe(spots.length);
    const base = cards.filter((c) => /signal|group:/.test(c.getAttribute('data-node-id')!));
    const lefts = new Set(base.map((c) => c.style.left));
    expect(lefts.size).toBeGreaterThan(1);
    // A summary card opens its row: it sits in the first lane.
    const firstLane = Math.min(...base.map((c) => parseFloat(c.style.left)));
    for (const c of base.filter((x) => x.hasAttribute('data-summary'))) {
      expect(parseFloat(c.style.left)).toBe(firstLane);
    }
  });
});
