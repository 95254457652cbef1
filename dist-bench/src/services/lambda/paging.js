export function pageOf(all, key, marker, maxItems, cap = 10000) {
    const max = Math.min(maxItems ?? 50, cap);
    const start = marker === undefined
        ? 0
        : Math.max(0, all.findIndex((x) => key(x) === marker));
    const next = all[start + max];
    return { items: all.slice(start, start + max), ...(next === undefined ? {} : { nextMarker: key(next) }) };
}
//# sourceMappingURL=paging.js.map