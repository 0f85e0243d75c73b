"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.request = request;
exports.errorOf = errorOf;
exports.sampleValue = sampleValue;
async function request(base, method, path, body, contentType = 'application/json') {
    const init = { method };
    if (body !== undefined)
        init.body = body;
    if (body !== undefined)
        init.headers = { 'content-type': contentType };
    const res = await fetch(base + path, init);
    const text = await res.text();
    const type = res.headers.get('content-type');
    let json;
    if (type?.includes('application/json') === true)
        json = JSON.parse(text);
    return { status: res.status, contentType: type, text, json };
}
/** The `{error, details}` body of an error answer. */
function errorOf(a) {
    return a.json;
}
/** The value of one exposition line `name{labels} value`, or undefined when absent. */
function sampleValue(text, series) {
    const line = text.split('\n').find((l) => l.startsWith(series + ' '));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
//# sourceMappingURL=http.js.map