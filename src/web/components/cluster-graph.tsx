import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { ClusterView } from '../api.js';
import { navigate } from '../router.js';

/**
 * Cytoscape injects a `<style>` element (`position: relative` for its container) unless an element
 * with this id exists; our CSP (style-src 'self') blocks inline styles, so a placeholder stands in
 * and styles.css gives `.cluster-graph` that position.
 */
const cytoscapeStylesheetId = '__________cytoscape_stylesheet';
function preventInlineStylesheet(): void {
  if (document.getElementById(cytoscapeStylesheetId)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = cytoscapeStylesheetId;
  document.head.append(placeholder);
}

const levelColour: Record<string, string> = { red: '#b3261e', yellow: '#b58100', green: '#2e7d32' };

/**
 * The cluster as a graph (cytoscape, drawn on canvas: labels are painted as text, never parsed as
 * markup). Ads outside the cluster that a link points to are drawn hollow. Clicking an ad opens it.
 */
export function ClusterGraph({ cluster, label }: { cluster: ClusterView; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    preventInlineStylesheet();
    const inside = new Set(cluster.ads.map((a) => a.key));
    const outside = new Set(cluster.edges.map((e) => e.to).filter((k) => !inside.has(k)));
    const pairs = new Map<string, { source: string; target: string; indicators: string[] }>();
    for (const e of cluster.edges) {
      const id = [e.from, e.to].sort().join('|');
      const pair = pairs.get(id) ?? { source: e.from, target: e.to, indicators: [] };
      if (!pair.indicators.includes(e.indicator)) pair.indicators.push(e.indicator);
      pairs.set(id, pair);
    }
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...cluster.ads.map((a) => ({
          data: {
            id: a.key,
            adId: a.id,
            label: `${a.name ?? a.key} · ${a.city ?? '–'}`,
            colour: a.level ? levelColour[a.level] : '#666',
          },
        })),
        ...[...outside].map((key) => ({ data: { id: key, label: key, colour: '#999' }, classes: 'outside' })),
        ...[...pairs].map(([id, p]) => ({
          data: { id: `e:${id}`, source: p.source, target: p.target, label: p.indicators.join(', ') },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
          },
        },
        { selector: 'node.outside', style: { 'background-opacity': 0.2, 'border-width': 1 } },
        {
          selector: 'edge',
          style: {
            width: 2,
            'line-color': '#888',
            label: 'data(label)',
            'font-size': 9,
            'text-rotation': 'autorotate',
          },
        },
      ],
      layout: { name: cluster.ads.length + outside.size > 12 ? 'cose' : 'circle', animate: false },
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (event) => {
      const adId = (event.target as cytoscape.NodeSingular).data('adId') as unknown;
      if (typeof adId === 'number') navigate(`/ads/${adId}`);
    });
    return () => {
      cy.destroy();
    };
  }, [cluster]);
  return <div ref={container} className="cluster-graph" role="img" aria-label={label} />;
}
