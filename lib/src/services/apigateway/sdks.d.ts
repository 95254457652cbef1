import type { Handlers } from './context.js';
export interface SdkType {
    id: string;
    friendlyName: string;
    description: string;
    configurationProperties: {
        name: string;
        friendlyName?: string;
        description?: string;
        required: boolean;
        defaultValue?: string;
    }[];
}
export declare const SDK_TYPES: readonly SdkType[];
/** `attachment; filename="javascript_2016-02-22_23-52Z.zip"` (AWS CLI example). */
export declare function sdkFilename(type: string, at: Date): string;
export declare const sdkHandlers: Handlers;
