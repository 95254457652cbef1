/**
 * Lambda's Marker / MaxItems paging (API_ListFunctions.html: "MaxItems: 1–10,000 … 50 by default";
 * ListLayerVersions caps it at 50). A marker is the key of the first item of the next page, so a page
 * never repeats or skips an item that stays.
 */
export interface Page<T> {
  items: T[];
  nextMarker?: string;
}

export function pageOf<T>(all: T[], key: (item: T) => string, marker: string | undefined, maxItems: number | undefined, cap = 10000): Page<T> {
  const max = Math.min(maxItems ?? 50, cap);
  const start =
    marker === undefined
      ? 0
      : Math.max(
          0,
          all.findIndex((x) => key(x) === marker),
        );
  const next = all[start + max];
  return { items: all.slice(start, start + max), ...(next === undefined ? {} : { nextMarker: key(next) }) };
}
