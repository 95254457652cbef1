/**
 * Lambda's Marker / MaxItems paging (API_ListFunctions.html: "MaxItems: 1–10,000 … 50 by default";
 * ListLayerVersions caps it at 50). A marker is the key of the first item of the next page, so a page
 * never repeats or skips an item that stays.
 */
export interface Page<T> {
    items: T[];
    nextMarker?: string;
}
export declare function pageOf<T>(all: T[], key: (item: T) => string, marker: string | undefined, maxItems: number | undefined, cap?: number): Page<T>;
