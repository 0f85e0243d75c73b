"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLayout = createLayout;
const panels_1 = require("./panels");
function createLayout() {
    let x = 0;
    let y = 0;
    let lineHeight = 0;
    const newline = () => {
        if (x > 0) {
            y += lineHeight;
            x = 0;
            lineHeight = 0;
        }
    };
    return {
        place(w, h) {
            if (x + w > 24)
                newline();
            const pos = { x, y, w, h };
            x += w;
            lineHeight = Math.max(lineHeight, h);
            return pos;
        },
        row(title) {
            newline();
            const header = (0, panels_1.row)(title, y);
            y += 1;
            return header;
        },
    };
}
//# sourceMappingURL=layout.js.map