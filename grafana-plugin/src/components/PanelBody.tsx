/**
 * The panel's body row: the cascade graph, and the selected node's details pane docked beside it or
 * overlaid on it, as `panelLayout` decided.
 */
import React from 'react';
import { css } from '@emotion/css';
import { DataFrame, GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import type { PanelLayout } from '../model/panelLayout';
import { CascadeGraph } from './CascadeGraph';
import { nodeLinks } from './dataLinks';
import { DetailsPane } from './DetailsPane';
import { TimeStateBar } from './TimeStateBar';
import type { CascadeView } from './useCascadeView';

interface Props {
  cascade: CascadeView;
  box: PanelLayout;
  /** The query results, where the selected node's data links come from. */
  series: DataFrame[];
  timeZone: TimeZone;
}

/** Graph and details pane at the body's height. */
export function PanelBody({ cascade: c, box, series, timeZone }: Props) {
  const styles = useStyles2(getStyles);
  const { options, view, selected } = c;
  return (
    <div className={styles.body} style={{ height: box.bodyHeight }}>
      <CascadeGraph
        model={c.model}
        layout={c.layout}
        width={box.graph.width}
        height={box.graph.height}
        options={options}
        focusPath={view.state.focusPath}
        selectedId={view.state.selectedId}
        activeId={view.state.activeId}
        from={c.from}
        to={c.to}
        annotations={c.annotations}
        cursor={c.at === c.to ? null : c.at}
        pinnedTime={view.state.cursor}
        onActivate={view.activate}
        onActiveChange={view.setActive}
        onBack={view.back}
        onHoverTime={options.hoverPreview ? view.setHover : undefined}
        timeZone={timeZone}
        filter={view.state.filter}
        onFilter={view.setFilter}
        onToggleGroup={view.toggleGroup}
      />
      <TimeStateBar
        at={c.at}
        to={c.to}
        preview={view.state.hover !== null}
        timeZone={timeZone}
        onLive={() => view.setCursor(null)}
      />
      {selected && box.details && (
        <div className={box.details.docked ? styles.docked : styles.overlay} style={{ width: box.details.width }}>
          <DetailsPane
            node={selected}
            model={c.model}
            options={options}
            timeZone={timeZone}
            links={nodeLinks(series, selected.linkSource)}
            onSelect={view.activate}
            onClose={() => view.select(null)}
          />
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  body: css({ position: 'relative', display: 'flex', flex: '0 0 auto' }),
  docked: css({ height: '100%', flex: '0 0 auto' }),
  overlay: css({ position: 'absolute', right: 0, top: 0, height: '100%', zIndex: 3, boxShadow: theme.shadows.z3 }),
});
