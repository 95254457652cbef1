/** API keys (GetApiKeys), usage plans (GetUsagePlans), and one plan with its keys (GetUsagePlanKeys) and a usage chart per key (GetUsage). */
import { items, seg } from '../api.js';
import { barChart, type Bar } from '../chart.js';
import type { Ctx } from '../context.js';
import { facts, h, link, section, table, when } from '../dom.js';

interface ApiKey {
  id: string;
  name?: string;
  enabled?: boolean;
  createdDate?: number;
  stageKeys?: string[];
  description?: string;
}

interface UsagePlan {
  id: string;
  name: string;
  description?: string;
  throttle?: { burstLimit?: number; rateLimit?: number };
  quota?: { limit?: number; period?: string; offset?: number };
  apiStages?: { apiId: string; stage: string; throttle?: Record<string, unknown> }[];
}

const throttleText = (t: UsagePlan['throttle']): string => (t ? `${t.rateLimit ?? '–'} req/s, burst ${t.burstLimit ?? '–'}` : 'none');
const quotaText = (q: UsagePlan['quota']): string => (q ? `${q.limit} per ${q.period?.toLowerCase()}${q.offset ? ` (offset ${q.offset})` : ''}` : 'none');

export async function keysView(ctx: Ctx): Promise<Node> {
  const [keys, plans] = await Promise.all([items<ApiKey>(ctx.api, '/apikeys'), items<UsagePlan>(ctx.api, '/usageplans')]);
  return h(
    'div',
    {},
    h('h1', {}, 'API keys & usage plans'),
    section(
      'Usage plans',
      table(
        'Usage plans',
        ['Name', 'ID', 'Throttle', 'Quota', 'Stages'],
        plans.map((p) => [
          link(`#/plans/${p.id}`, p.name),
          h('code', {}, p.id),
          throttleText(p.throttle),
          quotaText(p.quota),
          (p.apiStages ?? []).map((s) => `${s.apiId}/${s.stage}`).join(', '),
        ]),
      ),
    ),
    section(
      'API keys',
      table(
        'API keys',
        ['Name', 'ID', 'Enabled', 'Created', 'Description'],
        keys.map((k) => [k.name, h('code', {}, k.id), k.enabled ? 'yes' : 'no', when(k.createdDate), k.description]),
      ),
    ),
  );
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** GetUsage's `values`: per key, one [used, remaining] pair a day from startDate. */
function bars(start: Date, days: number, series: number[][] | undefined): Bar[] {
  return Array.from({ length: days }, (_, i) => ({ label: day(new Date(start.getTime() + i * 86_400_000)), value: series?.[i]?.[0] ?? 0 }));
}

export async function planView(ctx: Ctx, planId: string): Promise<Node> {
  const DAYS = 14;
  const end = new Date();
  const start = new Date(end.getTime() - (DAYS - 1) * 86_400_000);
  const base = `/usageplans/${seg(planId)}`;
  const [plan, keys, usage] = await Promise.all([
    ctx.api.get<UsagePlan>(base),
    items<{ id: string; name?: string; type?: string }>(ctx.api, `${base}/keys`),
    ctx.api.get<{ values?: Record<string, number[][]> }>(`${base}/usage`, { startDate: day(start), endDate: day(end) }),
  ]);
  const charts = keys.map((k) =>
    barChart(`Requests of key ${k.name ?? k.id} (${k.id}), ${day(start)} to ${day(end)}`, bars(start, DAYS, usage.values?.[k.id])),
  );
  return h(
    'div',
    {},
    h('p', { class: 'crumbs' }, link('#/keys', 'API keys & usage plans'), ' / ', plan.name),
    h('h1', {}, `Usage plan ${plan.name}`),
    facts([
      ['ID', h('code', {}, plan.id)],
      ['Description', plan.description],
      ['Throttle', throttleText(plan.throttle)],
      ['Quota', quotaText(plan.quota)],
    ]),
    section(
      'API stages',
      table(
        'API stages',
        ['API', 'Stage', 'Method throttles'],
        (plan.apiStages ?? []).map((s) => [link(`#/apis/${s.apiId}`, s.apiId), s.stage, s.throttle ? JSON.stringify(s.throttle) : '']),
      ),
    ),
    section('Usage', charts.length ? charts : h('p', { class: 'empty' }, 'Usage: no key in this plan.')),
  );
}
