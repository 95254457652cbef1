/**
 * Custom domain names (GetDomainNames) with their base path mappings (GetBasePathMappings), and client
 * certificates (GetClientCertificates) with their expiry. A domain name's server certificate lives in
 * ACM (certificateArn / regionalCertificateArn): GetDomainName carries only its ARN, so its expiry is ACM's
 * DescribeCertificate NotAfter (as AWS's console reads it), asked of the ARN's region and signed for `acm`.
 * A certificate uploaded with CreateDomainName (no ARN) shows its upload date only, as at AWS.
 */
import { ApiError, items, seg, type Management } from '../api.js';
import type { Ctx } from '../context.js';
import { h, link, section, table, when } from '../dom.js';

interface DomainName {
  domainName: string;
  certificateName?: string;
  certificateArn?: string;
  regionalCertificateArn?: string;
  certificateUploadDate?: number;
  domainNameStatus?: string;
  endpointConfiguration?: { types?: string[] };
  securityPolicy?: string;
}

interface Mapping {
  basePath?: string;
  restApiId: string;
  stage?: string;
}

interface ClientCertificate {
  clientCertificateId: string;
  description?: string;
  createdDate?: number;
  expirationDate?: number;
}

/** What the view shows of an ACM certificate: its NotAfter (epoch seconds), or why there is none. */
type Expiry = { notAfter: number; status?: string } | { missing: string };

const WARN_DAYS = 30;

/** DescribeCertificate for each distinct ARN, in the ARN's region; a refusal is shown, not thrown. */
async function expiries(api: Management, arns: string[]): Promise<Map<string, Expiry>> {
  const out = new Map<string, Expiry>();
  await Promise.all(
    [...new Set(arns)].map(async (arn) => {
      try {
        const r = await api.call<{ Certificate?: { NotAfter?: number; Status?: string } }>('POST', '/', {
          service: 'acm',
          target: 'CertificateManager.DescribeCertificate',
          body: { CertificateArn: arn },
          region: arn.split(':')[3] || undefined,
        });
        out.set(arn, r.Certificate?.NotAfter === undefined ? { missing: 'no NotAfter' } : { notAfter: r.Certificate.NotAfter, status: r.Certificate.Status });
      } catch (e) {
        out.set(arn, { missing: e instanceof ApiError ? `${e.type}: ${e.message}` : String(e) });
      }
    }),
  );
  return out;
}

/** The expiry cell: the date, marked when expired or within WARN_DAYS days. */
function expiryCell(e: Expiry | undefined, now: number): Node | string {
  if (!e) return '';
  if ('missing' in e) return h('span', { class: 'empty', title: e.missing }, 'not in ACM');
  const expired = e.notAfter < now;
  const soon = !expired && e.notAfter < now + WARN_DAYS * 86400;
  const days = Math.ceil((e.notAfter - now) / 86400);
  return h(
    'span',
    { class: expired || soon ? 'warn cert-expiry' : 'cert-expiry', 'data-state': expired ? 'expired' : soon ? 'soon' : 'ok' },
    when(e.notAfter),
    expired ? ' (expired)' : soon ? ` (in ${days} day${days === 1 ? '' : 's'})` : '',
  );
}

export async function domainsView(ctx: Ctx): Promise<Node> {
  const [domains, certs] = await Promise.all([items<DomainName>(ctx.api, '/domainnames'), items<ClientCertificate>(ctx.api, '/clientcertificates')]);
  const arnOf = (d: DomainName): string | undefined =>
    d.endpointConfiguration?.types?.includes('REGIONAL') ? (d.regionalCertificateArn ?? d.certificateArn) : (d.certificateArn ?? d.regionalCertificateArn);
  const [mappings, expiry] = await Promise.all([
    Promise.all(domains.map((d) => items<Mapping>(ctx.api, `/domainnames/${seg(d.domainName)}/basepathmappings`))),
    expiries(
      ctx.api,
      domains.map(arnOf).filter((a): a is string => a !== undefined),
    ),
  ]);
  const now = Date.now() / 1000;
  return h(
    'div',
    {},
    h('h1', {}, 'Domain names'),
    domains.length
      ? domains.map((d, i) =>
          section(
            d.domainName,
            table(
              `Domain ${d.domainName}`,
              ['Endpoint', 'Status', 'Certificate', 'Expires', 'Uploaded', 'TLS policy'],
              [
                [
                  d.endpointConfiguration?.types?.join(', '),
                  d.domainNameStatus,
                  h('code', {}, arnOf(d) ?? d.certificateName ?? ''),
                  expiryCell(expiry.get(arnOf(d) ?? ''), now),
                  when(d.certificateUploadDate),
                  d.securityPolicy,
                ],
              ],
            ),
            table(
              `Base path mappings of ${d.domainName}`,
              ['Base path', 'API', 'Stage'],
              mappings[i].map((m) => [h('code', {}, m.basePath ?? '(none)'), link(`#/apis/${m.restApiId}`, m.restApiId), m.stage ?? '(any)']),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'Domain names: none (CreateDomainName adds one).'),
    section(
      'Client certificates',
      table(
        'Client certificates',
        ['ID', 'Description', 'Created', 'Expires'],
        certs.map((c) => [
          h('code', {}, c.clientCertificateId),
          c.description,
          when(c.createdDate),
          h('span', { class: (c.expirationDate ?? 0) < now + 30 * 86400 ? 'warn' : '' }, when(c.expirationDate)),
        ]),
      ),
    ),
  );
}
