/** Small fetch helpers for tests against a real listening app. */
export interface HttpAnswer {
  status: number;
  contentType: string | null;
  text: string;
  // JSON answers only; undefined otherwise.
  json: unknown;
}

export async function request(
  base: string,
  method: string,
  path: string,
  body?: string,
  contentType = 'application/json',
): Promise<HttpAnswer> {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = body;
  if (body !== undefined) init.headers = { 'content-type': contentType };
  const res = await fetch(base + path, init);
  const text = await res.text();
  const type = res.headers.get('content-type');
  let json: unknown;
  if (type?.includes('application/json') === true) json = JSON.parse(text);
  return { status: res.status, contentType: type, text, json };
}

/** The `{error, details}` body of an error answer. */
export function errorOf(a: HttpAnswer): { error: string; details: { path: string; message: string }[] } {
  return a.json as { error: string; details: { path: string; message: string }[] };
}

/** The value of one exposition line `name{labels} value`, or undefined when absent. */
export function sampleValue(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
