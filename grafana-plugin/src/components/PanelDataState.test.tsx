import React from 'react';
import { render, screen } from '@testing-library/react';
import { LoadingState, type DataQueryError } from '@grafana/data';
import { CascadePanel } from './CascadePanel';
import { demoPanelProps } from '../testing/panelProps';

function withData(state: LoadingState, errors: DataQueryError[], empty: boolean) {
  const props = demoPanelProps({}, empty ? [] : undefined);
  return { ...props, data: { ...props.data, state, errors } };
}

describe('CascadePanel before it has a cascade (Grafana’s data states)', () => {
  it('shows a loading placeholder while the first answer is on its way', () => {
    render(<CascadePanel {...withData(LoadingState.Loading, [], true)} />);
    expect(screen.getByTestId('panel-data-state')).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('status')).toHaveTextContent('Loading mlhealth series…');
  });

  it('keeps the cascade on screen while a refresh loads', () => {
    render(<CascadePanel {...withData(LoadingState.Loading, [], false)} />);
    expect(screen.queryByTestId('panel-data-state')).toBeNull();
    expect(screen.getByTestId('cascade-panel')).toBeInTheDocument();
  });

  it('shows failed queries in the data error view, naming each one', () => {
    render(
      <CascadePanel {...withData(LoadingState.Error, [{ refId: 'A', message: 'bad_data: parse error' }], true)} />
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Query failed: A: bad_data: parse error');
  });

  it('draws what arrived, with a warning, when only some queries failed', () => {
    render(<CascadePanel {...withData(LoadingState.Done, [{ refId: 'K', message: 'timeout' }], false)} />);
    expect(screen.getByTestId('cascade-panel')).toBeInTheDocument();
    expect(screen.getByText(/Some queries failed \(K: timeout\)/)).toBeInTheDocument();
  });
});
