import type { StoreReader } from '../../store/store.js';
import type { Handlers } from './context.js';
import { accountThrottle, type AccountSettings, type ThrottleSettings } from '../../domain/account.js';
export { accountThrottle, type AccountSettings, type ThrottleSettings };
export declare const USAGE_PLANS = "UsagePlans";
export declare function getAccountSettings(reader: StoreReader, region: string): Promise<AccountSettings>;
export declare const accountHandlers: Handlers;
