export declare const str: (v: unknown) => string | undefined;
export declare const strList: (v: unknown) => string[] | undefined;
/** How Java prints a JSON value in AWS's warnings ("but got 'true'"). */
export declare const javaText: (v: unknown) => string;
export declare function stringMap(v: unknown): Record<string, string>;
