/** An API key. */
import type { Tags } from './tags.js';
export interface ApiKey {
    id: string;
    value: string;
    name?: string;
    customerId?: string;
    description?: string;
    enabled: boolean;
    createdDate: number;
    lastUpdatedDate: number;
    /** `restApiId/stageName`, as AWS renders them. */
    stageKeys: string[];
    tags: Tags;
}
export declare const altFor: (region: string, value: string) => string;
