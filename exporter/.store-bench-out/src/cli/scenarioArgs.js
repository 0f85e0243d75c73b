"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setChange = setChange;
exports.failFeatureChange = failFeatureChange;
exports.ageModelChange = ageModelChange;
exports.scenarioFlags = scenarioFlags;
exports.flagForPath = flagForPath;
/**
 * The change flags of `mlhealth scenario`, read in command-line order into a `ScenarioRequest`, with
 * the flag text behind each change so errors point at what the user typed.
 */
const duration_1 = require("../spec/duration");
const io_1 = require("./io");
const offlineInputs_1 = require("./offlineInputs");
const STATUS_WORDS = ['ok', 'warning', 'critical', 'unknown'];
/** `--set NODE=VALUE`: a number or duration (`100d`), `score:0.4` or `status:critical`. */
function setChange(text) {
    const [node, value] = (0, offlineInputs_1.keyValue)('set', text);
    if (value.startsWith('score:')) {
        const score = Number(value.slice(6));
        if (value.slice(6).trim() === '' || !(score >= 0 && score <= 1))
            throw new io_1.UsageError(`--set '${text}': score must be a number in [0, 1]`);
        return { node, score };
    }
    if (value.startsWith('status:')) {
        const status = value.slice(7);
        const found = STATUS_WORDS.find((s) => s === status);
        if (found === undefined)
            throw new io_1.UsageError(`--set '${text}': status must be one of ${STATUS_WORDS.join(', ')}`);
        return { node, status: found };
    }
    const number = value.trim() === '' ? Number.NaN : Number(value);
    if (Number.isFinite(number))
        return { node, value: number };
    try {
        return { node, value: (0, duration_1.parseDuration)(value) };
    }
    catch {
        throw new io_1.UsageError(`--set '${text}': '${value}' is not a number, a duration (100d), score:N or status:WORD`);
    }
}
/** `--fail-feature MODEL.FEATURE`, matched against the spec's models (the longest model id wins). */
function failFeatureChange(spec, text) {
    const models = spec.models.filter((m) => text.startsWith(`${m.id}.`) && text.length > m.id.length + 1);
    models.sort((a, b) => b.id.length - a.id.length);
    const model = models[0];
    if (model === undefined) {
        throw new io_1.UsageError(`--fail-feature '${text}' is not MODEL.FEATURE for a model of the spec (models: ${spec.models.map((m) => m.id).join(', ') || 'none'})`);
    }
    return { fail_feature: { model: model.id, feature: text.slice(model.id.length + 1) } };
}
/** `--age-model MODEL=30d` (a duration, or a bare number of days). */
function ageModelChange(text) {
    const [model, age] = (0, offlineInputs_1.keyValue)('age-model', text);
    if (/^\d+(\.\d+)?$/.test(age))
        return { age_model: { model, days: Number(age) } };
    try {
        return { age_model: { model, days: (0, duration_1.parseDuration)(age) / 86400 } };
    }
    catch {
        throw new io_1.UsageError(`--age-model '${text}': '${age}' is not a number of days or a duration such as 30d`);
    }
}
/**
 * The request from the option tokens: changes in the order given; `--set-exposure` and a bare
 * `--scale-exposure F` are market conditions (applied last), `--scale-exposure NODE=F` is a change.
 */
function scenarioFlags(spec, tokens, failure, named) {
    const changes = [];
    const flagOf = [];
    const market = {};
    const exposures = [];
    const push = (change, token) => {
        changes.push(change);
        flagOf.push(`--${token.name} ${token.value}`);
    };
    for (const t of tokens) {
        if (t.name === 'set')
            push(setChange(t.value), t);
        else if (t.name === 'fail-source')
            push({ fail_source: t.value }, t);
        else if (t.name === 'fail-feature')
            push(failFeatureChange(spec, t.value), t);
        else if (t.name === 'age-model')
            push(ageModelChange(t.value), t);
        else if (t.name === 'set-exposure') {
            const [node, value] = (0, offlineInputs_1.keyValue)('set-exposure', t.value);
            exposures.push([node, (0, offlineInputs_1.amountOf)('set-exposure', t.value, value)]);
        }
        else if (t.name === 'scale-exposure') {
            if (!t.value.includes('='))
                market.scale_exposure = (0, offlineInputs_1.amountOf)('scale-exposure', t.value, t.value);
            else {
                const [node, factor] = (0, offlineInputs_1.keyValue)('scale-exposure', t.value);
                push({ scale_exposure: { node, factor: (0, offlineInputs_1.amountOf)('scale-exposure', t.value, factor) } }, t);
            }
        }
    }
    if (exposures.length > 0)
        market.exposures = Object.fromEntries(exposures);
    const request = { changes, failure, market };
    if (named !== undefined)
        request.named = named;
    return { request, flagOf };
}
/** A request problem's path (`changes[2].node`, `market.exposures.x`, `named`) as the flag the user typed. */
function flagForPath(flags, path) {
    const change = /^changes\[(\d+)\]/.exec(path);
    if (change !== null)
        return flags.flagOf[Number(change[1])] ?? path;
    if (path.startsWith('market.exposures.'))
        return `--set-exposure ${path.slice('market.exposures.'.length)}=…`;
    if (path === 'named')
        return `--named ${flags.request.named ?? ''}`;
    return path;
}
//# sourceMappingURL=scenarioArgs.js.map