/**
 * Measurements the layout tests take inside the page: the header's text boxes (inside the panel, not
 * overlapping, cut text carrying a tooltip, figures never cut), and the text contrast of cards from
 * their computed colours (WCAG 2.x relative luminance, alpha composited over the backgrounds below).
 */
import type { Page } from 'playwright-core';

export interface HeaderReport {
  /** Texts with a box outside the panel, or overlapping another text. */
  problems: string[];
  /** Texts of the header seen, for the test to check that it looked at something. */
  texts: string[];
}

/**
 * Every visible piece of header text (an element with a text node of its own, or an input): inside the
 * panel, overlapping no other, cut only with a tooltip (`title`), and impact figures never cut.
 */
export function headerReport(page: Page): Promise<HeaderReport> {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-testid="cascade-panel"]')!.getBoundingClientRect();
    const header = document.querySelector('[data-testid="panel-header"]')!;
    const problems: string[] = [];
    const ownText = (el: Element) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.clip !== 'rect(0px, 0px, 0px, 0px)';
    };
    const items = [...header.querySelectorAll('*')].filter((el) => (ownText(el) || el.matches('input')) && visible(el));
    const name = (el: Element) => (el as HTMLElement).innerText || el.getAttribute('aria-label') || el.tagName;
    const boxes = items.map((el) => ({ el, r: el.getBoundingClientRect(), text: name(el) }));
    for (const { el, r, text } of boxes) {
      if (
        r.left < panel.left - 0.5 ||
        r.right > panel.right + 0.5 ||
        r.top < panel.top - 0.5 ||
        r.bottom > panel.bottom + 0.5
      ) {
        problems.push(`"${text}" lies outside the panel`);
      }
      const cut = (el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 1;
      if (cut && !el.closest('[title]')) {
        problems.push(`"${text}" is cut without a tooltip`);
      }
      if (cut && el.closest('[data-testid="impact-total"]') && /\d/.test(text) && !/[a-z]{3}/i.test(text)) {
        problems.push(`figure "${text}" is cut`);
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) {
          continue;
        }
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 0.5 && h > 0.5) {
          problems.push(`"${a.text}" overlaps "${b.text}"`);
        }
      }
    }
    return { problems, texts: boxes.map((b) => b.text) };
  });
}

/** Each card text below `min`:1 contrast, as "node: text ratio"; and how many texts were measured. */
export function cardContrast(page: Page, min: number): Promise<{ low: string[]; measured: number; dimmed: number }> {
  return page.evaluate((minimum) => {
    const parse = (c: string): number[] => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) {
        return [0, 0, 0, 0];
      }
      const p = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top: number[], below: number[]) => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i] * a + below[i] * (1 - a)).concat(1);
    };
    // The opaque colour behind an element: its and its ancestors' backgrounds composited, page white last.
    const background = (el: Element | null): number[] => {
      const layers: number[][] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) {
          layers.push(c);
          if (c[3] >= 1) {
            break;
          }
        }
      }
      return layers.reverse().reduce((acc, c) => over(c, acc), [255, 255, 255, 1]);
    };
    const opacity = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) {
        o *= Number(getComputedStyle(e).opacity);
      }
      return o;
    };
    const lum = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const low: string[] = [];
    let measured = 0;
    const cards = [...document.querySelectorAll('[data-node-id]')];
    for (const card of cards) {
      for (const el of [card, ...card.querySelectorAll('*')]) {
        const text = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim();
        const r = el.getBoundingClientRect();
        if (!text || r.width <= 1 || r.height <= 1) {
          continue;
        }
        const bg = background(el);
        const fg = parse(getComputedStyle(el).color);
        const shown = over([fg[0], fg[1], fg[2], fg[3] * opacity(el)], bg);
        const [hi, lo] = [lum(shown), lum(bg)].sort((a, b) => b - a);
        const ratio = (hi + 0.05) / (lo + 0.05);
        measured += 1;
        if (ratio < minimum) {
          low.push(`${card.getAttribute('data-node-id')}: "${text}" ${ratio.toFixed(2)}`);
        }
      }
    }
    return { low, measured, dimmed: document.querySelectorAll('[data-dimmed="true"]').length };
  }, min);
}

/**
 * axe-core's violations (every impact) on the page, as "impact id: targets". The rules about the page
 * as a whole (a level-one heading, landmarks holding all content) are Grafana's page's business, not a
 * panel's: the harness page is a bare host, so they are off unless `pageRules` asks for them.
 */
export async function axeViolations(page: Page, axeSource: string, pageRules = false): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axeSource });
  }
  return page.evaluate(async (withPageRules) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }).axe;
    const off = { 'page-has-heading-one': { enabled: false }, region: { enabled: false } };
    const result = await axe.run(document, { resultTypes: ['violations'], ...(withPageRules ? {} : { rules: off }) });
    return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, pageRules);
}

interface AxeResult {
  violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
}
