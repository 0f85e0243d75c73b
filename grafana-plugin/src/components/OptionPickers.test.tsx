import React from 'react';
import { render, screen } from '@testing-library/react';
import type { StandardEditorsRegistryItem } from '@grafana/data';
import { DriftModelEditor, RootNodeEditor } from './OptionPickers';
import { demoFrames } from '../testing/demoFrames';
import { demoPanelProps } from '../testing/panelProps';
import { CascadePanel } from './CascadePanel';

const item = { id: 'rootNode', name: 'Root node' } as StandardEditorsRegistryItem<string>;

// Grafana's Combobox measures its options' text on a canvas, which jsdom lacks (the scaffold stubs
// getContext to return nothing): a 7 px-per-character stand-in.
const realGetContext = HTMLCanvasElement.prototype.getContext;
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => ({
    measureText: (t: string) => ({ width: 7 * t.length }),
  })) as unknown as typeof realGetContext;
});
afterAll(() => {
  HTMLCanvasElement.prototype.getContext = realGetContext;
});

describe('the option pickers', () => {
  it('show a saved node by its title from the data', () => {
    const onChange = jest.fn();
    render(
      <RootNodeEditor value="revenue_assurance" onChange={onChange} item={item} context={{ data: demoFrames() }} />
    );
    expect(screen.getByRole('combobox')).toHaveValue('Revenue assurance');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('say when the saved root node matches no node in the data', () => {
    render(
      <RootNodeEditor value="revenue_assurence" onChange={jest.fn()} item={item} context={{ data: demoFrames() }} />
    );
    expect(screen.getByText('“revenue_assurence” matches no node in the query results.')).toBeInTheDocument();
  });

  it('are silent for a saved value the data has', () => {
    render(
      <RootNodeEditor value="revenue_assurance" onChange={jest.fn()} item={item} context={{ data: demoFrames() }} />
    );
    expect(screen.queryByText(/matches no node/)).toBeNull();
  });

  it('offer the drift models and flag one without drift series', () => {
    render(<DriftModelEditor value="frud" onChange={jest.fn()} item={item} context={{ data: demoFrames() }} />);
    expect(screen.getByText('“frud” matches no model with drift series in the query results.')).toBeInTheDocument();
  });
});

describe('the panel with a saved root node the data lacks', () => {
  it('shows the whole cascade and says why, instead of ignoring the option silently', () => {
    render(<CascadePanel {...demoPanelProps({ rootNode: 'revenue_assurence' })} />);
    expect(screen.getByText(/Root node “revenue_assurence” matches no node in the data/)).toBeInTheDocument();
    expect(document.querySelector('[data-node-id="customer_impact"]')).not.toBeNull();
  });
});
