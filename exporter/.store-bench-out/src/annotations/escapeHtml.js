"use strict";
/**
 * Annotation text is text. Grafana renders annotation text as (sanitised) HTML in its tooltips and
 * annotation list, so whatever we hand to it has `&`, `<` and `>` escaped: a `<script>` typed by a user
 * shows as those characters and never becomes markup.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeHtml = escapeHtml;
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * Escapes the three characters that start markup or an entity. `&` first, so nothing is escaped twice.
 * O(length). Throws nothing.
 *
 * @example escapeHtml('<script>alert(1)</script> & co') // '&lt;script&gt;alert(1)&lt;/script&gt; &amp; co'
 */
function escapeHtml(text) {
    return text.replace(/[&<>]/g, (c) => ENTITIES[c]);
}
//# sourceMappingURL=escapeHtml.js.map