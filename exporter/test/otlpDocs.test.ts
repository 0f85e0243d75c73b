/**
 * docs/integrations/opentelemetry.md stays true: its Collector configuration is valid YAML whose
 * pipelines name only components it defines and send to mlhealth's `/v1/logs`, and its example
 * request decodes and maps to the event it claims.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { decodeJsonLogs } from '../src/ingest/otlp/decodeJson';
import { eventOf, modelOf } from '../src/ingest/otlp/mapRecords';
import { DEFAULT_INGEST_LIMITS } from '../src/ingest/types';

const DOC = readFileSync(join(__dirname, '../../docs/integrations/opentelemetry.md'), 'utf8');

function blocks(language: string): string[] {
  return [...DOC.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

interface CollectorConfig {
  receivers: Record<string, unknown>;
  processors: Record<string, { send_batch_max_size?: number }>;
  exporters: Record<string, { logs_endpoint?: string; encoding?: string; headers?: Record<string, string> }>;
  service: { pipelines: Record<string, { receivers: string[]; processors: string[]; exporters: string[] }> };
}

describe('docs/integrations/opentelemetry.md', () => {
  it('has one Collector configuration, valid YAML, every pipeline naming defined components', () => {
    const [text, ...more] = blocks('yaml');
    expect(more).toHaveLength(0);
    const doc = parseDocument(text, { uniqueKeys: true });
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    const config = doc.toJS() as CollectorConfig;
    const pipelines = Object.values(config.service.pipelines);
    expect(pipelines.length).toBe(2);
    for (const p of pipelines) {
      for (const r of p.receivers) expect(Object.keys(config.receivers)).toContain(r);
      for (const r of p.processors) expect(Object.keys(config.processors)).toContain(r);
      for (const r of p.exporters) expect(Object.keys(config.exporters)).toContain(r);
    }
    const exporter = config.exporters['otlphttp/mlhealth'];
    expect(exporter.logs_endpoint).toMatch(/^http:\/\/[^/]+:9853\/v1\/logs$/);
    expect(['proto', 'json']).toContain(exporter.encoding);
    expect(exporter.headers?.Authorization).toBe('Bearer ${env:MLHEALTH_INGEST_TOKEN}');
    expect(config.processors.batch.send_batch_max_size).toBeLessThanOrEqual(
      DEFAULT_INGEST_LIMITS.maxEventsPerBatch,
    );
  });

  it('shows a request that decodes and maps to the event it describes', () => {
    const [json] = blocks('json');
    const decoded = decodeJsonLogs(json);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const [record] = decoded.records;
    expect(modelOf(record)?.model).toBe('fraud');
    expect(JSON.parse(JSON.stringify(eventOf(record).event))).toEqual({
      features: { amount: 42.5, country: 'US' },
      prediction: 'legit',
      confidence: 0.93,
      id: 'tx-1',
      timestamp: 1_700_000_000,
    });
  });
});
