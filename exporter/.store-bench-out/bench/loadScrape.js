"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Scraper = void 0;
exports.sumSeries = sumSeries;
/** The sum of every sample of `name` (with or without labels) in an exposition; 0 when absent. */
function sumSeries(text, name) {
    let sum = 0;
    for (const line of text.split('\n')) {
        if (!line.startsWith(name))
            continue;
        const rest = line.slice(name.length);
        if (rest[0] !== ' ' && rest[0] !== '{')
            continue;
        sum += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
    return sum;
}
class Scraper {
    url;
    samples = [];
    started = performance.now();
    timer = null;
    inFlight = null;
    constructor(url) {
        this.url = url;
    }
    /** One scrape now. A failed request is a sample with status 0. */
    async sample() {
        const begin = performance.now();
        let status = 0;
        let text = '';
        try {
            const res = await fetch(`${this.url}/metrics`, { signal: AbortSignal.timeout(10_000) });
            status = res.status;
            text = await res.text();
        }
        catch {
            status = 0;
        }
        const end = performance.now();
        return {
            at: (end - this.started) / 1000,
            status,
            ms: end - begin,
            rss: sumSeries(text, 'process_resident_memory_bytes'),
            heap: sumSeries(text, 'nodejs_heap_size_used_bytes'),
            accepted: sumSeries(text, 'mlhealth_ingest_events_total'),
            rejected: sumSeries(text, 'mlhealth_ingest_rejected_events_total'),
        };
    }
    /** Scrapes every `periodMs` until `stop()`, skipping a tick while the previous scrape runs. */
    start(periodMs) {
        this.timer = setInterval(() => {
            if (this.inFlight !== null)
                return;
            this.inFlight = this.sample().then((s) => {
                this.samples.push(s);
                this.inFlight = null;
            });
        }, periodMs);
    }
    stop() {
        if (this.timer !== null)
            clearInterval(this.timer);
        this.timer = null;
    }
    /** Waits for a scrape in flight. */
    async settled() {
        await this.inFlight;
    }
}
exports.Scraper = Scraper;
//# sourceMappingURL=loadScrape.js.map